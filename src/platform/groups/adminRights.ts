import type { ChatAdministratorRights, ChatMemberAdministrator, ChatMemberOwner } from "grammy/types";

/** A chat's owner or one of its administrators, as getChatAdministrators lists them. */
export type ChatAdmin = ChatMemberOwner | ChatMemberAdministrator;

/** One administrator right, e.g. `can_restrict_members` (Telegram's own field names). */
export type AdminRight = Exclude<keyof ChatAdministratorRights, "is_anonymous">;

/**
 * Every right, in Telegram's order. Each has a `group-right-<name>` text in every language (the
 * alert naming the right an action needs). The check below fails to compile when grammY learns
 * a right this list lacks: add it here and to the locales.
 */
export const ADMIN_RIGHTS = [
  "can_manage_chat",
  "can_delete_messages",
  "can_manage_video_chats",
  "can_restrict_members",
  "can_promote_members",
  "can_change_info",
  "can_invite_users",
  "can_manage_tags",
  "can_post_stories",
  "can_edit_stories",
  "can_delete_stories",
  "can_post_messages",
  "can_edit_messages",
  "can_pin_messages",
  "can_manage_topics",
  "can_manage_direct_messages",
  "can_send_welcome_messages",
] as const satisfies readonly AdminRight[];

type Missing = Exclude<AdminRight, (typeof ADMIN_RIGHTS)[number]>;
const everyRightListed: [Missing] extends [never] ? true : Missing = true;
void everyRightListed;

/** Which rights an admin holds; every right is present (false when not granted). */
export type AdminRights = Record<AdminRight, boolean>;

/**
 * The rights of an owner or administrator. The owner (`creator`) holds every right, although
 * Telegram's ChatMemberOwner carries no `can_*` fields; an administrator's optional rights
 * (channel- or forum-only ones) that Telegram left out count as not granted.
 */
export function rightsOf(admin: ChatAdmin): AdminRights {
  const rights = {} as AdminRights;
  for (const right of ADMIN_RIGHTS) {
    rights[right] = admin.status === "creator" || admin[right] === true;
  }
  return rights;
}

/** True for an owner's or administrator's membership (what getChatAdministrators lists). */
export function isChatAdmin(member: { status: string }): member is ChatAdmin {
  return member.status === "creator" || member.status === "administrator";
}
