/**
 * Moderation: restricting, banning, unbanning and promoting members, with Telegram's rules: the bot
 * needs the matching admin right, the owner and administrators are out of reach, `until_date`
 * under 30 s or over 366 days means forever, and every change is announced as chat_member.
 */
import type { ApiUser, ChatPermissions } from "../apiTypes.js";
import { badRequest } from "../errors.js";
import {
  completePermissions,
  completeRights,
  grantsAnyRight,
  grantsEverything,
  isPresent,
  type MemberRecord,
  missingRights,
  normalizeUntilDate,
  rightKeysFor,
  rightsOf,
} from "../membership.js";
import { routeMemberChange, routeUserMessage, snapshot } from "../routing.js";
import type { ChatRecord } from "../state.js";
import type { Params } from "../validate.js";
import {
  botMember,
  type MethodContext,
  type MethodTable,
  requireGroup,
  requireRight,
  requireSupergroup,
  requireUser,
  resolveChat,
} from "./methodContext.js";

const RESTRICT_RIGHTS = "not enough rights to restrict/unrestrict chat member";

/** Resolves the chat and target, checking the bot's right and the target's immunity. */
function moderationTarget(
  ctx: MethodContext,
  chat: ChatRecord,
  params: Params,
  selfError: string,
): { user: ApiUser; before: MemberRecord } {
  requireGroup(chat);
  requireRight(ctx, chat, "can_restrict_members", RESTRICT_RIGHTS);
  const user = requireUser(ctx, params.user_id);
  if (user.id === ctx.bot.id) throw badRequest(selfError);
  const before = snapshot(ctx.core.state.member(chat, user.id));
  if (before.status === "creator") throw badRequest("can't remove chat owner");
  if (before.status === "administrator") throw badRequest("user is an administrator of the chat");
  return { user, before };
}

/** Stores the new record and announces the change. */
function commit(
  ctx: MethodContext,
  chat: ChatRecord,
  user: ApiUser,
  before: MemberRecord,
  after: MemberRecord,
): void {
  chat.members.set(user.id, after);
  routeMemberChange(ctx.core, chat, user, before, after, ctx.bot.user);
}

function restrictChatMember(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  requireSupergroup(chat);
  const { user, before } = moderationTarget(ctx, chat, params, "can't restrict self");
  const permissions = completePermissions(
    params.permissions as Partial<ChatPermissions>,
    params.use_independent_chat_permissions === true,
  );
  const present = isPresent(before);
  let after: MemberRecord;
  if (grantsEverything(permissions)) {
    after = { userId: user.id, status: present ? "member" : "left", untilDate: 0 };
  } else {
    after = {
      userId: user.id,
      status: "restricted",
      permissions,
      isMember: present,
      untilDate: normalizeUntilDate(params.until_date as number | undefined, ctx.core.state.nowSeconds()),
    };
  }
  commit(ctx, chat, user, before, after);
  return true;
}

function banChatMember(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  const { user, before } = moderationTarget(ctx, chat, params, "can't remove self");
  // Basic groups have no timed bans: a ban there lasts until lifted.
  const untilDate =
    chat.type === "group"
      ? 0
      : normalizeUntilDate(params.until_date as number | undefined, ctx.core.state.nowSeconds());
  commit(ctx, chat, user, before, { userId: user.id, status: "kicked", untilDate });
  if (isPresent(before)) announceRemoval(ctx, chat, user);
  return true;
}

function unbanChatMember(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  const { user, before } = moderationTarget(ctx, chat, params, "can't remove self");
  if (before.status === "kicked") {
    commit(ctx, chat, user, before, { userId: user.id, status: "left", untilDate: 0 });
    return true;
  }
  // Without only_if_banned, Telegram removes a member who is not banned: the "kick" idiom.
  if (params.only_if_banned !== true && isPresent(before)) {
    commit(ctx, chat, user, before, { userId: user.id, status: "left", untilDate: 0 });
    announceRemoval(ctx, chat, user);
  }
  return true;
}

/** The "X removed Y" service message groups show (channels show none). */
function announceRemoval(ctx: MethodContext, chat: ChatRecord, user: ApiUser): void {
  if (chat.type === "channel") return;
  const service = ctx.core.state.addMessage(chat, ctx.bot.user, { left_chat_member: user });
  routeUserMessage(ctx.core, chat, service);
}

function promoteChatMember(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  requireGroup(chat);
  requireRight(ctx, chat, "can_promote_members", "not enough rights");
  const user = requireUser(ctx, params.user_id);
  if (user.id === ctx.bot.id) throw badRequest("can't promote self");
  const before = snapshot(ctx.core.state.member(chat, user.id));
  if (before.status === "creator") throw badRequest("not enough rights");
  if (before.status === "administrator" && before.promotedBy !== ctx.bot.id)
    throw badRequest("not enough rights");
  if (!isPresent(before)) throw badRequest("USER_NOT_PARTICIPANT");
  const channel = chat.type === "channel";
  const keys = rightKeysFor(channel);
  const wanted = completeRights(Object.fromEntries(keys.map((k) => [k, params[k] === true])), channel);
  const own = rightsOf(botMember(ctx, chat)) ?? completeRights();
  if (missingRights(own, wanted).length > 0) throw badRequest("RIGHT_FORBIDDEN");
  const after: MemberRecord = grantsAnyRight(wanted)
    ? { userId: user.id, status: "administrator", rights: wanted, untilDate: 0, promotedBy: ctx.bot.id }
    : { userId: user.id, status: "member", untilDate: 0 };
  if (after.status === "administrator" && before.customTitle) after.customTitle = before.customTitle;
  commit(ctx, chat, user, before, after);
  return true;
}

function setChatAdministratorCustomTitle(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id);
  requireSupergroup(chat);
  const user = requireUser(ctx, params.user_id);
  const member = ctx.core.state.member(chat, user.id);
  if (member.status !== "administrator") throw badRequest("user is not an administrator");
  if (member.promotedBy !== ctx.bot.id)
    throw badRequest("not enough rights to change custom title of the user");
  const title = params.custom_title as string;
  if (title.length > 16 || /\p{Extended_Pictographic}/u.test(title)) throw badRequest("ADMIN_RANK_INVALID");
  const before = snapshot(member);
  commit(ctx, chat, user, before, { ...member, customTitle: title || undefined });
  return true;
}

export const memberMethods: MethodTable = {
  restrictChatMember,
  banChatMember,
  unbanChatMember,
  promoteChatMember,
  setChatAdministratorCustomTitle,
};
