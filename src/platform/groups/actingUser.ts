import type { Context } from "grammy";

/**
 * The `from` of every message an anonymous group admin sends (@GroupAnonymousBot). Telegram
 * gives all anonymous admins of all groups this one id: it identifies nobody.
 */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;

/** Who acted, as far as a message can tell. */
export type ActingUser =
  /** A person: `id` is theirs and can be checked against the admin list. */
  | { kind: "user"; id: number }
  /**
   * An anonymous admin of `chatId`: some admin, unknown which, with unknown rights. Verify by a
   * button press (anonymousAdmin.ts), which carries the real user id.
   */
  | { kind: "anonymous_admin"; chatId: number }
  /**
   * A channel: a post forwarded automatically from the linked channel, a user writing "as" one
   * of their channels, or a post in a channel. Never an admin of a group, whoever is behind it.
   */
  | { kind: "channel"; chatId: number };

/**
 * Who is acting in this update. For a message (or edited message): an anonymous admin when it
 * was sent on behalf of the group itself, a channel when on behalf of another chat, the sender
 * otherwise. For a button press: always the presser (Telegram gives the real user even when
 * they are an anonymous admin), never the author of the message the button is on. A post in a
 * channel is the channel. `undefined` when the update has no sender at all.
 *
 * Never compare `ctx.from.id` with an admin list for a message in a group: for an anonymous
 * admin it is GroupAnonymousBot's id, for a channel Telegram's service account.
 */
export function actingUser(ctx: Context): ActingUser | undefined {
  if (ctx.callbackQuery) return { kind: "user", id: ctx.callbackQuery.from.id };
  const message = ctx.msg;
  if (!message) return ctx.from ? { kind: "user", id: ctx.from.id } : undefined;
  // A post in a channel: the channel speaks, whichever of its admins wrote it.
  if (message.chat.type === "channel") return { kind: "channel", chatId: message.chat.id };
  const senderChat = message.sender_chat;
  if (senderChat) {
    return senderChat.id === message.chat.id
      ? { kind: "anonymous_admin", chatId: message.chat.id }
      : { kind: "channel", chatId: senderChat.id };
  }
  // GroupAnonymousBot without sender_chat should not happen; still never trust it as a user.
  if (message.from?.id === GROUP_ANONYMOUS_BOT_ID)
    return { kind: "anonymous_admin", chatId: message.chat.id };
  return message.from ? { kind: "user", id: message.from.id } : undefined;
}
