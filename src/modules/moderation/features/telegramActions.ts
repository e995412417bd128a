/**
 * The Telegram side of each action. `until_date` comes from the clamped duration; `/unban` always
 * passes `only_if_banned` (without it Telegram removes a member who is not banned); a kick is a
 * ban followed by that unban, which leaves the member free to rejoin. A restricted member may
 * write text only; unmute and unrestrict both lift every restriction of the member.
 */
import type { Api } from "grammy";
import type { ChatPermissions } from "grammy/types";
import { untilDate } from "../domain/duration.js";
import { NO_SENDING, SEND_RIGHTS } from "../domain/sendRights.js";

export type TelegramAction = "mute" | "unmute" | "ban" | "unban" | "kick" | "restrict" | "unrestrict";

/** Restricted: text only (no media, stickers, polls, link previews), as Rose's "restrict". */
const TEXT_ONLY: ChatPermissions = { ...NO_SENDING, can_send_messages: true };
/** Every permission: Telegram lifts the restriction (the chat's defaults still apply). */
const FREE: ChatPermissions = {
  ...Object.fromEntries(SEND_RIGHTS.map((right) => [right, true])),
  can_react_to_messages: true,
  can_change_info: true,
  can_invite_users: true,
  can_pin_messages: true,
};

/** Does `action` on Telegram; throws grammY's GrammyError when Telegram refuses. */
export async function applyOnTelegram(
  api: Api,
  chatId: number,
  userId: number,
  action: TelegramAction,
  seconds: number | undefined,
  nowMs: number,
): Promise<void> {
  const until_date = untilDate(seconds, nowMs);
  switch (action) {
    case "mute":
      await api.restrictChatMember(chatId, userId, NO_SENDING, { until_date });
      return;
    case "restrict":
      await api.restrictChatMember(chatId, userId, TEXT_ONLY, { until_date });
      return;
    case "unmute":
    case "unrestrict":
      await api.restrictChatMember(chatId, userId, FREE);
      return;
    case "ban":
      await api.banChatMember(chatId, userId, { until_date });
      return;
    case "unban":
      await api.unbanChatMember(chatId, userId, { only_if_banned: true });
      return;
    case "kick":
      await api.banChatMember(chatId, userId);
      await api.unbanChatMember(chatId, userId, { only_if_banned: true });
      return;
  }
}
