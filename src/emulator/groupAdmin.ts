/**
 * What people do to groups and channels from the control API: create one with its owner, members,
 * admins and bots; join and leave; add a bot; promote or demote a user as the owner would. Each
 * change is announced as Telegram announces it (my_chat_member, chat_member, and in groups service
 * messages; channels show none).
 */
import type { AdminRights, ApiUser, ChatPermissions } from "./apiTypes.js";
import { ControlError, requireBot, requireGroupChat, requireHuman } from "./controlTarget.js";
import type { EmulatorCore } from "./core.js";
import type { ChatInfo } from "./events.js";
import {
  completePermissions,
  completeRights,
  defaultAdminRights,
  isPresent,
  type MemberRecord,
} from "./membership.js";
import { routeMemberChange, routeUserMessage, snapshot } from "./routing.js";
import type { ChatRecord } from "./state.js";
import { chatInfo } from "./transcript.js";

/** How the owner makes someone an administrator. */
export interface AdminOptions {
  /** Writes as the group itself (the `is_anonymous` right), on top of `rights` or the usual set. */
  anonymous?: boolean;
  customTitle?: string;
}

export interface AdminSpec extends AdminOptions {
  userId: number;
  /**
   * Omitted: the usual set (groups: delete, restrict, pin, invite, change info, manage chat;
   * channels: post and edit instead of pin).
   */
  rights?: Partial<AdminRights>;
}

export interface GroupBotSpec {
  /** Username, "@username", id or token. */
  bot: string | number;
  /** Default: false in groups, true in channels (bots join channels only as administrators). */
  admin?: boolean;
  rights?: Partial<AdminRights>;
}

/** A group or channel to create; the owner and every member must exist already. */
export interface GroupSpec {
  id?: number;
  /** Default "supergroup" (what Telegram groups become as soon as they get moderated). */
  type?: "group" | "supergroup" | "channel";
  title: string;
  username?: string;
  ownerId: number;
  /** The owner writes anonymously, as the group. */
  ownerAnonymous?: boolean;
  /** Members (a channel's subscribers). */
  members?: number[];
  admins?: AdminSpec[];
  bots?: GroupBotSpec[];
  /** The chat's default permissions; omitted ones are granted. */
  permissions?: Partial<ChatPermissions>;
}

/** Rights for an administrator of `chat`: the given ones or the usual set, anonymity applied. */
function rightsFrom(chat: ChatRecord, rights?: Partial<AdminRights>, anonymous?: boolean): AdminRights {
  const channel = chat.type === "channel";
  const out = rights ? completeRights(rights, channel) : defaultAdminRights(channel);
  if (anonymous !== undefined) out.is_anonymous = anonymous;
  return out;
}

/** Creates a group or channel; bots added get my_chat_member updates from the owner. */
export function createGroup(core: EmulatorCore, spec: GroupSpec): ChatInfo {
  const owner = requireHuman(core, spec.ownerId);
  for (const id of spec.members ?? []) requireHuman(core, id);
  for (const admin of spec.admins ?? []) requireHuman(core, admin.userId);
  const bots = (spec.bots ?? []).map((b) => ({ ...b, record: requireBot(core, b.bot) }));
  let chat: ChatRecord;
  try {
    chat = core.state.createGroupRecord({
      id: spec.id,
      type: spec.type ?? "supergroup",
      title: spec.title,
      username: spec.username,
    });
  } catch (error) {
    throw new ControlError(409, (error as Error).message);
  }
  if (spec.permissions)
    chat.permissions = completePermissions({ ...allGranted(), ...spec.permissions }, true);
  chat.members.set(owner.id, {
    userId: owner.id,
    status: "creator",
    untilDate: 0,
    ...(spec.ownerAnonymous ? { rights: completeRights({ is_anonymous: true }) } : {}),
  });
  for (const id of spec.members ?? []) {
    if (!chat.members.has(id)) chat.members.set(id, { userId: id, status: "member", untilDate: 0 });
  }
  for (const admin of spec.admins ?? []) {
    chat.members.set(admin.userId, {
      userId: admin.userId,
      status: "administrator",
      rights: rightsFrom(chat, admin.rights, admin.anonymous),
      customTitle: admin.customTitle,
      untilDate: 0,
      promotedBy: owner.id,
    });
  }
  for (const bot of bots) addBot(core, chat, bot.record.user, bot.admin, bot.rights, owner);
  return chatInfo(core, chat);
}

const allGranted = (): Partial<ChatPermissions> =>
  Object.fromEntries(Object.keys(completePermissions({})).map((k) => [k, k !== "can_manage_topics"]));

function addBot(
  core: EmulatorCore,
  chat: ChatRecord,
  bot: ApiUser,
  admin: boolean | undefined,
  rights: Partial<AdminRights> | undefined,
  actor: ApiUser,
): void {
  const before = snapshot(core.state.member(chat, bot.id));
  const after: MemberRecord =
    (admin ?? chat.type === "channel")
      ? {
          userId: bot.id,
          status: "administrator",
          rights: rightsFrom(chat, rights),
          untilDate: 0,
          promotedBy: actor.id,
        }
      : { userId: bot.id, status: "member", untilDate: 0 };
  chat.members.set(bot.id, after);
  routeMemberChange(core, chat, bot, before, after, actor);
}

/** Adds a bot to a group (or changes its admin rights), as the group's owner. */
export function addBotToGroup(
  core: EmulatorCore,
  chatId: number,
  bot: string | number,
  options: { admin?: boolean; rights?: Partial<AdminRights> } = {},
): void {
  const chat = requireGroupChat(core, chatId);
  const owner = ownerOf(core, chat);
  addBot(core, chat, requireBot(core, bot).user, options.admin, options.rights, owner);
}

function ownerOf(core: EmulatorCore, chat: ChatRecord): ApiUser {
  for (const member of chat.members.values()) {
    if (member.status === "creator") return core.state.users.get(member.userId) as ApiUser;
  }
  throw new ControlError(400, `group ${chat.id} has no owner`);
}

/**
 * A user joins a group (by invite link) or subscribes to a channel: chat_member to admin bots and,
 * in groups, a new_chat_members message. A pending join request of theirs is dropped.
 * @throws ControlError 403 if banned, 409 if already in the group
 */
export function joinGroup(core: EmulatorCore, userId: number, chatId: number): void {
  const user = requireHuman(core, userId);
  const chat = requireGroupChat(core, chatId);
  const before = core.state.member(chat, userId);
  if (before.status === "kicked") throw new ControlError(403, `user ${userId} is banned from this chat`);
  if (isPresent(before)) throw new ControlError(409, `user ${userId} is already a member of this chat`);
  chat.joinRequests.delete(userId);
  admitMember(core, chat, user, user);
}

/**
 * Makes `user` a member (a restricted one stays restricted) and announces it; `actor` is who let
 * them in (themselves, or the admin who approved their request, with `extra` saying so).
 */
export function admitMember(
  core: EmulatorCore,
  chat: ChatRecord,
  user: ApiUser,
  actor: ApiUser,
  extra?: Parameters<typeof routeMemberChange>[6],
): void {
  const before = snapshot(core.state.member(chat, user.id));
  const after: MemberRecord =
    before.status === "restricted"
      ? { ...before, isMember: true }
      : { userId: user.id, status: "member", untilDate: 0 };
  chat.members.set(user.id, after);
  routeMemberChange(core, chat, user, before, after, actor, extra);
  if (chat.type === "channel") return;
  routeUserMessage(core, chat, core.state.addMessage(chat, user, { new_chat_members: [user] }));
}

/**
 * A user leaves a group: chat_member to admin bots and a left_chat_member message.
 * @throws ControlError 400 for the owner, 409 if not in the group
 */
export function leaveGroup(core: EmulatorCore, userId: number, chatId: number): void {
  const user = requireHuman(core, userId);
  const chat = requireGroupChat(core, chatId);
  const before = snapshot(core.state.member(chat, userId));
  if (before.status === "creator")
    throw new ControlError(400, "the owner cannot leave the group in the emulator");
  if (!isPresent(before)) throw new ControlError(409, `user ${userId} is not a member of this chat`);
  const after: MemberRecord =
    before.status === "restricted"
      ? { ...before, isMember: false }
      : { userId, status: "left", untilDate: 0 };
  chat.members.set(userId, after);
  routeMemberChange(core, chat, user, before, after, user);
  if (chat.type === "channel") return;
  routeUserMessage(core, chat, core.state.addMessage(chat, user, { left_chat_member: user }));
}

/**
 * The owner promotes a member (`rights`, or the usual set when undefined) or demotes an
 * administrator (`null`).
 */
export function setAdmin(
  core: EmulatorCore,
  chatId: number,
  userId: number,
  rights: Partial<AdminRights> | null | undefined,
  options: AdminOptions = {},
): void {
  const chat = requireGroupChat(core, chatId);
  const user = core.state.users.get(userId);
  if (!user) throw new ControlError(404, `no user with id ${userId}`);
  const owner = ownerOf(core, chat);
  const before = snapshot(core.state.member(chat, userId));
  if (before.status === "creator") throw new ControlError(400, "the owner's rights cannot change");
  if (!isPresent(before)) throw new ControlError(409, `user ${userId} is not a member of this chat`);
  const after: MemberRecord =
    rights === null
      ? { userId, status: "member", untilDate: 0 }
      : {
          userId,
          status: "administrator",
          rights: rightsFrom(chat, rights, options.anonymous),
          customTitle: options.customTitle ?? before.customTitle,
          untilDate: 0,
          promotedBy: owner.id,
        };
  chat.members.set(userId, after);
  routeMemberChange(core, chat, user, before, after, owner);
}
