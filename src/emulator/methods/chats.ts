/**
 * Reading chats (getChat, members, administrators) and the chat-wide settings a bot can change:
 * default permissions, pinned messages, leaving. Invite links live in inviteLinks.ts.
 */
import { type ApiChatMember, type ApiMessage, type ChatPermissions, publicUser } from "../apiTypes.js";
import { badRequest } from "../errors.js";
import { chatMemberObject, completePermissions, isAdmin, rightsOf } from "../membership.js";
import { emitMessage, routeMemberChange, routeUserMessage, snapshot } from "../routing.js";
import type { ChatRecord } from "../state.js";
import type { Params } from "../validate.js";
import {
  botMember,
  type MethodContext,
  type MethodTable,
  requireGroup,
  requireRight,
  requireUser,
  resolveChat,
} from "./methodContext.js";

function getChat(ctx: MethodContext, params: Params): Record<string, unknown> {
  const chat = resolveChat(ctx, params.chat_id);
  const info: Record<string, unknown> = {
    ...ctx.core.state.chatView(chat),
    accent_color_id: 0,
    max_reaction_count: 11,
    accepted_gift_types: {
      unlimited_gifts: false,
      limited_gifts: false,
      unique_gifts: false,
      premium_subscription: false,
      gifts_from_channels: false,
    },
  };
  if (chat.type !== "private" && chat.type !== "channel") info.permissions = chat.permissions;
  if (chat.description) info.description = chat.description;
  const pinned = chat.pinnedMessageId !== undefined ? chat.messages.get(chat.pinnedMessageId) : undefined;
  if (pinned && !pinned.deleted) info.pinned_message = pinned.message;
  return info;
}

function getChatMember(ctx: MethodContext, params: Params): ApiChatMember {
  const chat = resolveChat(ctx, params.chat_id);
  const user = requireUser(ctx, params.user_id);
  if (chat.type === "private") {
    if (user.id !== chat.userId && user.id !== ctx.bot.id) throw badRequest("user not found");
    return { status: "member", user };
  }
  return chatMemberObject(ctx.core.state.member(chat, user.id), user, ctx.bot.id);
}

function getChatAdministrators(ctx: MethodContext, params: Params): ApiChatMember[] {
  const chat = resolveChat(ctx, params.chat_id);
  requireGroup(chat);
  return ctx.core.state
    .presentMembers(chat)
    .filter(isAdmin)
    .map((m) => chatMemberObject(m, ctx.core.state.users.get(m.userId)!, ctx.bot.id));
}

function getChatMemberCount(ctx: MethodContext, params: Params): number {
  const chat = resolveChat(ctx, params.chat_id);
  return chat.type === "private" ? 2 : ctx.core.state.presentMembers(chat).length;
}

function setChatPermissions(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  requireGroup(chat);
  requireRight(ctx, chat, "can_restrict_members", "not enough rights to change chat permissions");
  chat.permissions = completePermissions(
    params.permissions as Partial<ChatPermissions>,
    params.use_independent_chat_permissions === true,
  );
  return true;
}

function canPin(ctx: MethodContext, chat: ChatRecord): boolean {
  if (chat.type === "private") return true;
  const member = botMember(ctx, chat);
  // Channel admins pin with the right to edit posts; channels have no member permissions.
  if (chat.type === "channel") return rightsOf(member)?.can_edit_messages === true;
  return isAdmin(member) ? rightsOf(member)?.can_pin_messages === true : chat.permissions.can_pin_messages;
}

function pinChatMessage(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  if (!canPin(ctx, chat)) throw badRequest("not enough rights to manage pinned messages in the chat");
  const target = chat.messages.get(params.message_id as number);
  if (!target || target.deleted) throw badRequest("message to pin not found");
  chat.pinnedMessageId = target.message.message_id;
  const { reply_to_message: _nested, ...pinned } = target.message;
  const service = ctx.core.state.addMessage(chat, ctx.bot.user, { pinned_message: pinned as ApiMessage });
  emitMessage(ctx.core, chat, service, "message.sent");
  return true;
}

function unpinChatMessage(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  if (!canPin(ctx, chat)) throw badRequest("not enough rights to manage pinned messages in the chat");
  chat.pinnedMessageId = undefined;
  return true;
}

function leaveChat(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  requireGroup(chat);
  const before = snapshot(botMember(ctx, chat));
  const after = { userId: ctx.bot.id, status: "left" as const, untilDate: 0 };
  chat.members.set(ctx.bot.id, after);
  routeMemberChange(ctx.core, chat, ctx.bot.user, before, after, ctx.bot.user);
  if (chat.type === "channel") return true;
  const service = ctx.core.state.addMessage(chat, ctx.bot.user, {
    left_chat_member: publicUser(ctx.bot.user),
  });
  routeUserMessage(ctx.core, chat, service);
  return true;
}

function setChatTitle(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  requireGroup(chat);
  requireRight(ctx, chat, "can_change_info", "not enough rights to change chat title");
  const title = (params.title as string).trim();
  if (title.length < 1 || title.length > 128) throw badRequest("chat title is empty or too long");
  chat.title = title;
  return true;
}

function setChatDescription(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  requireGroup(chat);
  requireRight(ctx, chat, "can_change_info", "not enough rights to change chat description");
  const description = (params.description as string | undefined) ?? "";
  if (description.length > 255) throw badRequest("chat description is too long");
  chat.description = description || undefined;
  return true;
}

function getUserProfilePhotos(
  ctx: MethodContext,
  params: Params,
): { total_count: number; photos: unknown[] } {
  requireUser(ctx, params.user_id);
  return { total_count: 0, photos: [] };
}

function setMessageReaction(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  const target = chat.messages.get(params.message_id as number);
  if (!target || target.deleted) throw badRequest("message to react not found");
  return true;
}

export const chatMethods: MethodTable = {
  getChat,
  getChatMember,
  getChatAdministrators,
  getChatMemberCount,
  setChatPermissions,
  pinChatMessage,
  unpinChatMessage,
  leaveChat,
  setChatTitle,
  setChatDescription,
  getUserProfilePhotos,
  setMessageReaction,
};
