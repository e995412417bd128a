/**
 * Who hears about what. A user's message goes to the bot of a private chat, or to the bots of a
 * group that may see it (privacy mode: admins and bots with privacy off see everything, others see
 * commands, replies to them and service messages). Membership changes go out as my_chat_member to
 * the bot concerned and chat_member to the group's admin bots. Every change is also an event.
 */
import { type ApiMessage, type ApiUser, publicUser } from "./apiTypes.js";
import type { EmulatorCore } from "./core.js";
import { chatMemberObject, isAdmin, isPresent, type MemberRecord } from "./membership.js";
import type { BotRecord, ChatRecord, StoredMessage } from "./state.js";
import { chatInfo, transcriptMessage } from "./transcript.js";

/**
 * Delivers a user's new (or edited) message to the bots that would receive it, and emits the event.
 * In a channel it is a channel_post (edited_channel_post), which every administrator bot receives.
 */
export function routeUserMessage(
  core: EmulatorCore,
  chat: ChatRecord,
  stored: StoredMessage,
  kind: "message" | "edited_message" = "message",
): void {
  const edited = kind === "edited_message";
  const update = chat.type !== "channel" ? kind : edited ? "edited_channel_post" : "channel_post";
  for (const bot of recipients(core, chat, stored)) {
    core.updates.enqueue(bot.id, update, stored.message, chat.key);
  }
  emitMessage(core, chat, stored, edited ? "message.edited" : "message.sent");
}

/** Emits a message event (bot messages only need this: bots never see each other's messages). */
export function emitMessage(
  core: EmulatorCore,
  chat: ChatRecord,
  stored: StoredMessage,
  type: "message.sent" | "message.edited",
): void {
  core.events.emit({ type, chat: chatInfo(core, chat), message: transcriptMessage(core, stored) });
}

function recipients(core: EmulatorCore, chat: ChatRecord, stored: StoredMessage): BotRecord[] {
  if (chat.type === "private") {
    const bot = core.state.bots.get(chat.botId as number);
    return bot && !chat.blocked ? [bot] : [];
  }
  const out: BotRecord[] = [];
  for (const member of core.state.presentMembers(chat)) {
    const bot = core.state.bots.get(member.userId);
    if (!bot || bot.id === stored.senderId) continue;
    const sees = chat.type === "channel" ? isAdmin(member) : seesGroupMessage(bot, member, stored.message);
    if (sees) out.push(bot);
  }
  return out;
}

function seesGroupMessage(bot: BotRecord, member: MemberRecord, message: ApiMessage): boolean {
  if (isAdmin(member) || bot.user.can_read_all_group_messages) return true;
  if (message.new_chat_members || message.left_chat_member || message.pinned_message) return true;
  if (message.reply_to_message?.from?.id === bot.id) return true;
  const command = message.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!command || !message.text) return false;
  const target = message.text.slice(0, command.length).split("@")[1];
  return target === undefined || target.toLowerCase() === bot.user.username?.toLowerCase();
}

/**
 * Announces a membership change: my_chat_member to the bot whose membership changed, chat_member
 * to every bot administering the group (if its allowed_updates include it), and an event.
 * @param extra ChatMemberUpdated's `invite_link` and `via_join_request`, for approved join requests
 */
export function routeMemberChange(
  core: EmulatorCore,
  chat: ChatRecord,
  user: ApiUser,
  before: MemberRecord,
  after: MemberRecord,
  actor: ApiUser,
  extra: { invite_link?: unknown; via_join_request?: true } = {},
): void {
  if (before.status === after.status && JSON.stringify(before) === JSON.stringify(after)) return;
  const date = core.state.nowSeconds();
  const payload = (viewerId: number) => ({
    chat: core.state.chatView(chat),
    from: publicUser(actor),
    date,
    old_chat_member: chatMemberObject(before, user, viewerId),
    new_chat_member: chatMemberObject(after, user, viewerId),
    ...extra,
  });
  const subject = core.state.bots.get(user.id);
  if (subject) core.updates.enqueue(subject.id, "my_chat_member", payload(subject.id), chat.key);
  for (const member of core.state.presentMembers(chat)) {
    const bot = core.state.bots.get(member.userId);
    if (!bot || bot.id === user.id || !isAdmin(member)) continue;
    core.updates.enqueue(bot.id, "chat_member", payload(bot.id), chat.key);
  }
  core.events.emit({
    type: "member.changed",
    chat: chatInfo(core, chat),
    user,
    old_status: before.status,
    new_status: after.status,
  });
}

/** Copies a member record so a change can be announced with its before and after. */
export const snapshot = (member: MemberRecord): MemberRecord => ({
  ...member,
  rights: member.rights ? { ...member.rights } : undefined,
  permissions: member.permissions ? { ...member.permissions } : undefined,
});

/** True if the user is in the chat now (due expiries applied). */
export const presentIn = (core: EmulatorCore, chat: ChatRecord, userId: number): boolean =>
  isPresent(core.state.member(chat, userId));
