/**
 * A deep link into the playground, `/?bot=<username>&start=<payload>`: what a backend's page offers
 * in place of `https://t.me/<bot>?start=<payload>` (the ERP's "Open in Telegram"), so a person can
 * follow it here as they would in Telegram.
 */

/**
 * The link in a page address's query, or undefined: Telegram's own limits apply, a username of
 * 5-32 word characters and a payload of 1-64 of `[A-Za-z0-9_-]`.
 * @param {string} search `window.location.search`
 * @returns {{ bot: string, payload: string } | undefined}
 */
export function deepLinkFrom(search) {
  const query = new URLSearchParams(search);
  const bot = query.get("bot") ?? "";
  const payload = query.get("start") ?? "";
  return /^\w{5,32}$/.test(bot) && /^[\w-]{1,64}$/.test(payload) ? { bot, payload } : undefined;
}
