/**
 * What a Bot API method handler receives and the lookups most of them need: the target chat as
 * the calling bot may see it, and the bot's own rights there, each failing with Telegram's words.
 */
import type { AdminRights, ApiUser } from "../apiTypes.js";
import type { EmulatorCore } from "../core.js";
import { badRequest, forbidden } from "../errors.js";
import { awaitsBot } from "../joinRequests.js";
import { isPresent, type MemberRecord, rightsOf } from "../membership.js";
import type { BotRecord, ChatRecord } from "../state.js";
import type { Params } from "../validate.js";

export interface MethodContext {
  core: EmulatorCore;
  bot: BotRecord;
  /** Aborted when the HTTP client disconnects (ends a long poll early). */
  signal?: AbortSignal;
}

/** Handles one method; params are already validated and coerced against the spec. */
export type MethodHandler = (ctx: MethodContext, params: Params) => unknown;

/** Handlers keyed by the method's name as the spec spells it. */
export type MethodTable = Record<string, MethodHandler>;

/**
 * The chat `chatId` names, as the calling bot may reach it.
 * @throws BotApiError 400 "chat not found", 403 when the bot cannot write there (with `forSending`)
 */
export function resolveChat(ctx: MethodContext, chatId: unknown, forSending = false): ChatRecord {
  const { state } = ctx.core;
  if (typeof chatId === "string") {
    const chat = state.groupByUsername(chatId);
    if (!chat) throw badRequest("chat not found");
    return requireBotPresence(ctx, chat);
  }
  const id = Number(chatId);
  if (id > 0) {
    const user = state.users.get(id);
    if (!user || id === ctx.bot.id) throw badRequest("chat not found");
    if (user.is_bot) throw forbidden("bot can't send messages to bots");
    // A user waiting on a join request may be written to first (ChatJoinRequest.user_chat_id).
    const writable = forSending && awaitsBot(state, ctx.bot.id, id);
    const chat = state.privateChat(ctx.bot.id, id, writable);
    if (!chat) {
      if (forSending) throw forbidden("bot can't initiate conversation with a user");
      throw badRequest("chat not found");
    }
    if (chat.blocked && forSending) throw forbidden("bot was blocked by the user");
    return chat;
  }
  const chat = state.group(id);
  if (!chat) throw badRequest("chat not found");
  return requireBotPresence(ctx, chat);
}

function requireBotPresence(ctx: MethodContext, chat: ChatRecord): ChatRecord {
  const member = ctx.core.state.member(chat, ctx.bot.id);
  if (isPresent(member)) return chat;
  const kind = `${chat.type} chat`;
  if (member.status === "kicked") throw forbidden(`bot was kicked from the ${kind}`);
  throw forbidden(`bot is not a member of the ${kind}`);
}

/** @throws BotApiError 400 unless the chat is a group or supergroup */
export function requireGroup(chat: ChatRecord): void {
  if (chat.type === "private") throw badRequest("method is available for supergroup and channel chats only");
}

/** @throws BotApiError 400 "method is available only for supergroups" */
export function requireSupergroup(chat: ChatRecord): void {
  if (chat.type !== "supergroup") throw badRequest("method is available only for supergroups");
}

/** The calling bot's member record in a group. */
export const botMember = (ctx: MethodContext, chat: ChatRecord): MemberRecord =>
  ctx.core.state.member(chat, ctx.bot.id);

/**
 * @throws BotApiError 400 `failure` unless the bot is an admin holding `right`
 */
export function requireRight(
  ctx: MethodContext,
  chat: ChatRecord,
  right: keyof AdminRights,
  failure: string,
): void {
  const rights = rightsOf(botMember(ctx, chat));
  if (!rights?.[right]) throw badRequest(failure);
}

/** A known user by id. @throws BotApiError 400 "user not found" */
export function requireUser(ctx: MethodContext, userId: unknown): ApiUser {
  const user = ctx.core.state.users.get(Number(userId));
  if (!user) throw badRequest("user not found");
  return user;
}
