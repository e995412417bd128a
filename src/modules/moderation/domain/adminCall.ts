/**
 * Whether a group message calls the admins: `@admin` or `@admins` as a word of its own (Rose's
 * convention), in any case. Checked on every ordinary group message the module sees, so it is one
 * regular expression over the text and nothing else: no storage, no API.
 */

/** `@admin`/`@admins` not glued to a word before (an e-mail) or after (`@administrator_bot`). */
const ADMIN_CALL = /(?:^|[^A-Za-z0-9_@.])@admins?(?![A-Za-z0-9_])/i;

/** True when `text` (a message's text or caption) calls the admins. */
export function callsAdmins(text: string | undefined): boolean {
  return text !== undefined && text.length >= 6 && ADMIN_CALL.test(text);
}
