/**
 * Chat members as Telegram describes them, for tests of group features (this folder's and the
 * modules built on it): an owner, an administrator with chosen rights, a plain member.
 */
import type { ChatMemberAdministrator, ChatMemberMember, ChatMemberOwner, User } from "grammy/types";

const person = (user: number | Omit<User, "is_bot">): User =>
  typeof user === "number"
    ? { id: user, is_bot: false, first_name: `User ${user}` }
    : { is_bot: false, ...user };

export function owner(user: number | Omit<User, "is_bot">, isAnonymous = false): ChatMemberOwner {
  return { status: "creator", user: person(user), is_anonymous: isAnonymous };
}

/** An administrator with Telegram's usual default rights, changed by `rights`. */
export function administrator(
  user: number | Omit<User, "is_bot">,
  rights: Partial<Omit<ChatMemberAdministrator, "status" | "user">> = {},
): ChatMemberAdministrator {
  return {
    status: "administrator",
    user: person(user),
    can_be_edited: false,
    is_anonymous: false,
    can_manage_chat: true,
    can_delete_messages: true,
    can_manage_video_chats: false,
    can_restrict_members: false,
    can_promote_members: false,
    can_change_info: false,
    can_invite_users: true,
    can_post_stories: false,
    can_edit_stories: false,
    can_delete_stories: false,
    can_send_welcome_messages: false,
    ...rights,
  };
}

export function member(user: number | Omit<User, "is_bot">): ChatMemberMember {
  return { status: "member", user: person(user) };
}
