/**
 * Who a person's message appears to come from. Telegram hides some authors: an anonymous group
 * administrator writes as the group (`from` = GroupAnonymousBot, `sender_chat` = the group), a
 * channel's posts come from the channel (no `from`, see EmulatorState.addMessage), and a channel's
 * administrator may write in a group as the channel (`from` = Channel_Bot, `sender_chat` = it).
 * Bots must not trust these placeholder users: a button press still carries the real user.
 */
import type { ApiMessage, ApiUser } from "./apiTypes.js";
import { type ChatTarget, ControlError, resolveTarget } from "./controlTarget.js";
import type { EmulatorCore } from "./core.js";
import { isAdmin, isAnonymousAdmin, isPresent, type MemberRecord, rightsOf } from "./membership.js";
import type { ChatRecord } from "./state.js";

/** The placeholder sender of anonymous administrators' messages (core.telegram.org/bots/api#message). */
export const GROUP_ANONYMOUS_BOT: Readonly<ApiUser> = Object.freeze({
  id: 1087968824,
  is_bot: true,
  first_name: "Group",
  username: "GroupAnonymousBot",
});

/** The placeholder sender of messages written in a group on behalf of a channel. */
export const CHANNEL_BOT: Readonly<ApiUser> = Object.freeze({
  id: 136817688,
  is_bot: true,
  first_name: "Channel",
  username: "Channel_Bot",
});

/**
 * The `from`/`sender_chat` fields of a message `userId` writes into `chat`, optionally as the
 * channel `asChannel`; empty when the user appears as themselves.
 */
export function senderFields(
  core: EmulatorCore,
  chat: ChatRecord,
  userId: number,
  asChannel?: ChatRecord,
): Partial<ApiMessage> {
  const { state } = core;
  if (asChannel) return { from: { ...CHANNEL_BOT }, sender_chat: state.chatView(asChannel) };
  if (chat.type !== "group" && chat.type !== "supergroup") return {};
  const member = state.member(chat, userId);
  if (!isAnonymousAdmin(member)) return {};
  const fields: Partial<ApiMessage> = { from: { ...GROUP_ANONYMOUS_BOT }, sender_chat: state.chatView(chat) };
  if (member.customTitle) fields.author_signature = member.customTitle;
  return fields;
}

/**
 * The channel `target` names, which `userId` may write as (they own or administer it).
 * @throws ControlError 404 for an unknown chat, 400 if it is no channel, 403 if they may not
 */
export function senderChannel(core: EmulatorCore, userId: number, target: ChatTarget): ChatRecord {
  const channel = resolveTarget(core, target, userId);
  if (channel.type !== "channel") throw new ControlError(400, `chat ${channel.id} is not a channel`);
  if (!isAdmin(core.state.member(channel, userId))) {
    throw new ControlError(403, `user ${userId} is not an administrator of channel ${channel.id}`);
  }
  return channel;
}

/** Why `member` may not post in a channel, or undefined: only its owner and posting admins may. */
export function channelPostRefusal(member: MemberRecord): string | undefined {
  if (member.status === "kicked") return `user ${member.userId} is banned from this channel`;
  if (!isPresent(member)) return `user ${member.userId} is not a member of this channel`;
  if (rightsOf(member)?.can_post_messages) return undefined;
  return `user ${member.userId} may not post in this channel (only its owner and administrators with can_post_messages may)`;
}
