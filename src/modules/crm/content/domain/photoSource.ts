/**
 * Where an item's photo comes from. The backend's own (`/media/…` on the API's origin, under its
 * base path) are fetched through the Tabys client and uploaded to Telegram; any other http(s) URL
 * is handed to Telegram to fetch, never fetched by the bot (it would be a way to make the bot
 * call arbitrary hosts). Pure.
 */

export type PhotoSource =
  /** A path for the Tabys client (relative to its base URL). */
  { kind: "own"; path: string; url: string } | { kind: "remote"; url: string };

/** The source of `value` (absolute, or relative to the API), or undefined when it is no usable URL. */
export function photoSource(value: unknown, apiUrl: string): PhotoSource | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const base = new URL(apiUrl);
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const basePath = base.pathname.replace(/\/+$/, "");
  if (url.origin === base.origin && (basePath === "" || url.pathname.startsWith(`${basePath}/`))) {
    return { kind: "own", path: `${url.pathname.slice(basePath.length)}${url.search}`, url: url.href };
  }
  return { kind: "remote", url: url.href };
}
