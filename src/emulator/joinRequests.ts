/**
 * Requests to join a chat: a user opens an invite link that needs an administrator's approval
 * (`creates_join_request`), or asks to join a chat that requires it. The chat's administrator bots
 * holding can_invite_users get a `chat_join_request` update and answer with approveChatJoinRequest
 * or declineChatJoinRequest (methods/inviteLinks.ts). While a request waits, those bots may write
 * to the user first for five minutes, as Telegram allows (ChatJoinRequest.user_chat_id).
 */
import type { ApiUser, ChatInviteLink } from "./apiTypes.js";
import { ControlError, requireGroupChat, requireHuman } from "./controlTarget.js";
import type { EmulatorCore } from "./core.js";
import { isPresent, rightsOf } from "./membership.js";
import type { BotRecord, ChatRecord, EmulatorState, JoinRequest } from "./state.js";
import { chatInfo } from "./transcript.js";

/** How long after asking a user may be written to first by the chat's bots. */
const FIRST_CONTACT_SECONDS = 5 * 60;

export interface JoinRequestOptions {
  /** The invite link used (its URL, as createChatInviteLink returned it). */
  inviteLink?: string;
  /** The user's bio, which Telegram shows the admins. */
  bio?: string;
}

/** A pending request as the control API lists it. */
export interface JoinRequestInfo {
  user: ApiUser;
  date: number;
  bio?: string;
  invite_link?: string;
}

/** An invite link as Bot API answers show it, with its count of pending requests when there are any. */
export function inviteLinkView(chat: ChatRecord, url: string): ChatInviteLink | undefined {
  const link = chat.inviteLinks.get(url);
  if (!link) return undefined;
  const pending = [...chat.joinRequests.values()].filter((r) => r.inviteLink === url).length;
  return pending > 0 ? { ...link, pending_join_request_count: pending } : { ...link };
}

/** The bots that hear of join requests in `chat`: administrators holding can_invite_users. */
function approvers(core: EmulatorCore, chat: ChatRecord): BotRecord[] {
  return core.state
    .presentMembers(chat)
    .filter((m) => rightsOf(m)?.can_invite_users === true)
    .flatMap((m) => core.state.bots.get(m.userId) ?? []);
}

/**
 * `userId` asks to join group or channel `chatId`: a chat_join_request update to its approvers
 * (if their allowed_updates take it) and a `join.requested` event.
 * @throws ControlError 403 if banned, 404 for an unknown link, 400 for a link that needs no
 *   approval, 409 if already a member or already waiting
 */
export function requestToJoin(
  core: EmulatorCore,
  userId: number,
  chatId: number,
  options: JoinRequestOptions = {},
): void {
  const user = requireHuman(core, userId);
  const chat = requireGroupChat(core, chatId);
  const member = core.state.member(chat, userId);
  if (member.status === "kicked") throw new ControlError(403, `user ${userId} is banned from this chat`);
  if (isPresent(member)) throw new ControlError(409, `user ${userId} is already a member of this chat`);
  if (chat.joinRequests.has(userId)) {
    throw new ControlError(409, `user ${userId} already asked to join this chat`);
  }
  if (options.inviteLink !== undefined) {
    const link = chat.inviteLinks.get(options.inviteLink);
    if (!link) throw new ControlError(404, `no invite link ${options.inviteLink} in this chat`);
    if (link.is_revoked) throw new ControlError(400, "the invite link was revoked");
    if (!link.creates_join_request) {
      throw new ControlError(400, "this invite link admits members directly (no approval); use joinGroup");
    }
  }
  const request: JoinRequest = { userId, date: core.state.nowSeconds() };
  if (options.bio) request.bio = options.bio;
  if (options.inviteLink !== undefined) request.inviteLink = options.inviteLink;
  chat.joinRequests.set(userId, request);
  const update: Record<string, unknown> = {
    chat: core.state.chatView(chat),
    from: user,
    user_chat_id: user.id,
    date: request.date,
  };
  if (request.bio) update.bio = request.bio;
  if (request.inviteLink) update.invite_link = inviteLinkView(chat, request.inviteLink);
  for (const bot of approvers(core, chat))
    core.updates.enqueue(bot.id, "chat_join_request", update, chat.key);
  core.events.emit({
    type: "join.requested",
    chat: chatInfo(core, chat),
    user,
    invite_link: request.inviteLink,
  });
}

/** The requests waiting in a group or channel, oldest first. */
export function joinRequestsOf(core: EmulatorCore, chatId: number): JoinRequestInfo[] {
  const chat = requireGroupChat(core, chatId);
  return [...chat.joinRequests.values()].map((r) => {
    const info: JoinRequestInfo = { user: core.state.users.get(r.userId) as ApiUser, date: r.date };
    if (r.bio) info.bio = r.bio;
    if (r.inviteLink) info.invite_link = r.inviteLink;
    return info;
  });
}

/** Whether `userId` asked, in the last five minutes, to join a chat where `botId` approves requests. */
export function awaitsBot(state: EmulatorState, botId: number, userId: number): boolean {
  const now = state.nowSeconds();
  for (const chat of state.chats.values()) {
    const request = chat.joinRequests.get(userId);
    if (!request || now - request.date > FIRST_CONTACT_SECONDS) continue;
    if (rightsOf(state.member(chat, botId))?.can_invite_users) return true;
  }
  return false;
}
