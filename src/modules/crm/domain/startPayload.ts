/**
 * `/start <payload>` deep links the crm bot answers. A Tabys platform user links their Telegram
 * account with `link_<TOKEN>` (made on the web); any other payload is answered as unknown rather
 * than ignored (the original bot swallowed them). Telegram allows 1-64 of `A-Za-z0-9_-`.
 */

const LINK = /^link_([A-Za-z0-9_-]{1,59})$/;

export type StartPayload = { kind: "link"; token: string } | { kind: "unknown" };

export function parseStartPayload(payload: string): StartPayload {
  const match = LINK.exec(payload);
  return match?.[1] ? { kind: "link", token: match[1] } : { kind: "unknown" };
}

/** True for what looks like a link token, well formed or not: crm claims every `link_…`. */
export const isLinkPayload = (payload: string): boolean => payload.startsWith("link_");
