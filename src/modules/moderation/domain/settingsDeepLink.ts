/**
 * The deep link that opens the private settings menu: `t.me/<bot>?start=settings` lists the
 * admin's groups, `…?start=settings_<chat id>` opens one group's settings (what a group's
 * `/settings` can point its admins to). Telegram allows `A-Z a-z 0-9 _ -` in the payload. Pure.
 */

const PAYLOAD = /^settings(?:_(-\d{1,16}))?$/;

/** The `/start` payload for the menu, or for one group's settings. */
export function settingsPayload(chatId?: number): string {
  return chatId === undefined ? "settings" : `settings_${chatId}`;
}

/** The group a payload names (`chatId` undefined: the list), or undefined when it is not ours. */
export function parseSettingsPayload(payload: string): { chatId?: number } | undefined {
  const match = PAYLOAD.exec(payload);
  if (!match) return undefined;
  const chatId = match[1] === undefined ? undefined : Number(match[1]);
  return chatId === undefined ? {} : { chatId };
}

/** The link that opens `chatId`'s settings in a private chat with `botUsername`. */
export function settingsLink(botUsername: string, chatId?: number): string {
  return `https://t.me/${botUsername}?start=${settingsPayload(chatId)}`;
}
