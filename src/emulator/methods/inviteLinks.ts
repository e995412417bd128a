/**
 * Invite links and the join requests they lead to: exportChatInviteLink, createChatInviteLink,
 * approveChatJoinRequest, declineChatJoinRequest. Links are kept per chat so a user can ask to
 * join through one (joinRequests.ts); the refusals are TDLib's and Telegram's own words.
 */
import { randomBytes } from "node:crypto";
import { type ChatInviteLink, publicUser } from "../apiTypes.js";
import { badRequest } from "../errors.js";
import { admitMember } from "../groupAdmin.js";
import { inviteLinkView } from "../joinRequests.js";
import { isPresent } from "../membership.js";
import type { ChatRecord } from "../state.js";
import { chatInfo } from "../transcript.js";
import type { Params } from "../validate.js";
import {
  type MethodContext,
  type MethodTable,
  requireRight,
  requireUser,
  resolveChat,
} from "./methodContext.js";

/** Links look like Telegram's private invite links: https://t.me/+<16 characters>. */
const newLinkUrl = (): string => `https://t.me/+${randomBytes(12).toString("base64url")}`;

/** The chat whose links the bot manages. @throws BotApiError 400 in private chats and without can_invite_users */
function linkChat(ctx: MethodContext, params: Params): ChatRecord {
  const chat = resolveChat(ctx, params.chat_id);
  if (chat.type === "private") throw badRequest("can't invite members to a private chat");
  requireRight(ctx, chat, "can_invite_users", "not enough rights to manage chat invite link");
  return chat;
}

/** A new primary link; the previous primary link is revoked. */
function exportChatInviteLink(ctx: MethodContext, params: Params): string {
  const chat = linkChat(ctx, params);
  for (const link of chat.inviteLinks.values()) if (link.is_primary) link.is_revoked = true;
  const link: ChatInviteLink = {
    invite_link: newLinkUrl(),
    creator: publicUser(ctx.bot.user),
    creates_join_request: false,
    is_primary: true,
    is_revoked: false,
  };
  chat.inviteLinks.set(link.invite_link, link);
  return link.invite_link;
}

function createChatInviteLink(ctx: MethodContext, params: Params): ChatInviteLink {
  const chat = linkChat(ctx, params);
  const createsJoinRequest = params.creates_join_request === true;
  if (createsJoinRequest && params.member_limit) {
    throw badRequest("member limit can't be specified for links requiring administrator approval");
  }
  const link: ChatInviteLink = {
    invite_link: newLinkUrl(),
    creator: publicUser(ctx.bot.user),
    creates_join_request: createsJoinRequest,
    is_primary: false,
    is_revoked: false,
  };
  if (params.name) link.name = params.name as string;
  if (params.expire_date) link.expire_date = params.expire_date as number;
  if (params.member_limit) link.member_limit = params.member_limit as number;
  chat.inviteLinks.set(link.invite_link, link);
  return { ...link };
}

/** The chat whose requests the bot answers. @throws BotApiError 400 as TDLib words it */
function requestChat(ctx: MethodContext, params: Params): ChatRecord {
  const chat = resolveChat(ctx, params.chat_id);
  if (chat.type === "private") throw badRequest("the chat can't have join requests");
  requireRight(ctx, chat, "can_invite_users", "not enough rights to manage chat join requests");
  return chat;
}

/** The user joins, announced as joining through the request (and its link) the bot approved. */
function approveChatJoinRequest(ctx: MethodContext, params: Params): true {
  const chat = requestChat(ctx, params);
  const user = requireUser(ctx, params.user_id);
  if (isPresent(ctx.core.state.member(chat, user.id))) {
    chat.joinRequests.delete(user.id);
    throw badRequest("USER_ALREADY_PARTICIPANT");
  }
  const request = chat.joinRequests.get(user.id);
  if (!request) throw badRequest("HIDE_REQUESTER_MISSING");
  chat.joinRequests.delete(user.id);
  const link = request.inviteLink === undefined ? undefined : inviteLinkView(chat, request.inviteLink);
  admitMember(ctx.core, chat, user, ctx.bot.user, {
    ...(link ? { invite_link: link } : {}),
    via_join_request: true,
  });
  const event = { chat: chatInfo(ctx.core, chat), user, approved: true, by: publicUser(ctx.bot.user) };
  ctx.core.events.emit({ type: "join.resolved", ...event });
  return true;
}

/** The request is dropped; the user is told nothing and no member update follows. */
function declineChatJoinRequest(ctx: MethodContext, params: Params): true {
  const chat = requestChat(ctx, params);
  const user = requireUser(ctx, params.user_id);
  if (!chat.joinRequests.delete(user.id)) throw badRequest("HIDE_REQUESTER_MISSING");
  const event = { chat: chatInfo(ctx.core, chat), user, approved: false, by: publicUser(ctx.bot.user) };
  ctx.core.events.emit({ type: "join.resolved", ...event });
  return true;
}

export const inviteLinkMethods: MethodTable = {
  exportChatInviteLink,
  createChatInviteLink,
  approveChatJoinRequest,
  declineChatJoinRequest,
};
