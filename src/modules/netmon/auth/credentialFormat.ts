/**
 * What a user may paste into /setup, checked before anything is stored or sent: the
 * `Authorization` header of the Plume client (`Basic base64(client_id:client_secret)`) and the
 * Partner ID (a 24-hex-digit id, like every Plume id: `eb0af9d0a7ab946dcb3b8ef5`).
 * Pure functions; the problems they name are the keys of the re-ask messages.
 */

export type HeaderProblem = "not_basic" | "not_base64" | "no_client_pair";

export type ParsedHeader =
  | { ok: true /** Normalised: `Basic <base64>`. */; header: string; clientId: string }
  | { ok: false; problem: HeaderProblem };

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;

/**
 * Accepts `Basic <base64>`, the same with an `Authorization:` prefix (copied from a request), or
 * the bare base64 part. The decoded text must be `client_id:client_secret`, both non-empty and
 * printable. The result is always sent as `Basic <base64>`.
 */
export function parseAuthorizationHeader(input: string): ParsedHeader {
  let text = input.trim().replace(/^authorization\s*:\s*/i, "");
  const scheme = /^(\S+)\s+(\S+)$/.exec(text);
  if (scheme) {
    if (scheme[1]!.toLowerCase() !== "basic") return { ok: false, problem: "not_basic" };
    text = scheme[2]!;
  } else if (/\s/.test(text) || text === "") {
    return { ok: false, problem: "not_basic" };
  }
  if (!BASE64.test(text) || text.length < 4) return { ok: false, problem: "not_base64" };
  const decoded = Buffer.from(text, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const clientId = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  const printable = /^[^\u0000-\u001f\u007f\ufffd]+$/;
  if (colon <= 0 || secret === "" || !printable.test(clientId) || !printable.test(secret)) {
    return { ok: false, problem: "no_client_pair" };
  }
  const padded = text.length % 4 === 0 ? text : text + "=".repeat(4 - (text.length % 4));
  return { ok: true, header: `Basic ${padded}`, clientId };
}

/** Plume ids (partners, customers, locations) are MongoDB ObjectIds: 24 hex digits. */
export const PLUME_ID = /^[0-9a-f]{24}$/i;

/** The Partner ID, trimmed and lowercased; `undefined` when it is not 24 hex digits. */
export function parsePartnerId(input: string): string | undefined {
  const text = input.trim();
  return PLUME_ID.test(text) ? text.toLowerCase() : undefined;
}
