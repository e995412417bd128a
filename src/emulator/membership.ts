/**
 * Group membership rules as Telegram applies them: who is in a chat, what a member may send, when
 * a timed restriction or ban ends, and how a member looks as a `ChatMember` object. Pure functions
 * over {@link MemberRecord}s; the state decides when to call them.
 */
import {
  type AdminRights,
  type ApiChatMember,
  type ApiUser,
  type ChatPermissions,
  type MemberStatus,
  publicUser,
} from "./apiTypes.js";

/** One user's standing in one group. */
export interface MemberRecord {
  userId: number;
  status: MemberStatus;
  /** Set for administrators (the creator implicitly has every right; theirs holds only is_anonymous). */
  rights?: AdminRights;
  customTitle?: string;
  /** A restricted member's own permissions. */
  permissions?: ChatPermissions;
  /** A restricted user may be restricted while outside the chat. */
  isMember?: boolean;
  /** Unix seconds when a restriction or ban ends; 0 = never. */
  untilDate: number;
  /** Who made this member an administrator (a bot may edit only admins it promoted). */
  promotedBy?: number;
}

const PERMISSION_KEYS: readonly (keyof ChatPermissions)[] = [
  "can_send_messages",
  "can_send_audios",
  "can_send_documents",
  "can_send_photos",
  "can_send_videos",
  "can_send_video_notes",
  "can_send_voice_notes",
  "can_send_polls",
  "can_send_other_messages",
  "can_add_web_page_previews",
  "can_react_to_messages",
  "can_edit_tag",
  "can_change_info",
  "can_invite_users",
  "can_pin_messages",
  "can_manage_topics",
];

/** Every administrator right, in the Bot API's order (also promoteChatMember's parameters). */
export const RIGHT_KEYS: readonly (keyof AdminRights)[] = [
  "is_anonymous",
  "can_manage_chat",
  "can_delete_messages",
  "can_manage_video_chats",
  "can_restrict_members",
  "can_promote_members",
  "can_change_info",
  "can_invite_users",
  "can_post_stories",
  "can_edit_stories",
  "can_delete_stories",
  "can_pin_messages",
  "can_manage_topics",
];

/** A channel administrator's rights: no pinning or topics, but posting and editing posts. */
export const CHANNEL_RIGHT_KEYS: readonly (keyof AdminRights)[] = [
  ...RIGHT_KEYS.filter((k) => k !== "can_pin_messages" && k !== "can_manage_topics"),
  "can_post_messages",
  "can_edit_messages",
];

/** The media permissions `can_send_other_messages` and `can_add_web_page_previews` imply. */
const MEDIA_KEYS: readonly (keyof ChatPermissions)[] = [
  "can_send_messages",
  "can_send_audios",
  "can_send_documents",
  "can_send_photos",
  "can_send_videos",
  "can_send_video_notes",
  "can_send_voice_notes",
];

/** A new group's permissions: members may do everything but manage topics (no forum). */
export function defaultChatPermissions(): ChatPermissions {
  const permissions = Object.fromEntries(PERMISSION_KEYS.map((k) => [k, true])) as unknown as ChatPermissions;
  permissions.can_manage_topics = false;
  return permissions;
}

/**
 * Fills a partial ChatPermissions the way Telegram reads one: absent means false, and unless
 * `independent`, the broad permissions imply the narrow ones (spec of restrictChatMember).
 */
export function completePermissions(partial: Partial<ChatPermissions>, independent = false): ChatPermissions {
  const out = Object.fromEntries(
    PERMISSION_KEYS.map((k) => [k, partial[k] === true]),
  ) as unknown as ChatPermissions;
  if (!independent) {
    if (out.can_send_other_messages || out.can_add_web_page_previews) {
      for (const key of MEDIA_KEYS) out[key] = true;
    }
    if (out.can_send_polls) out.can_send_messages = true;
  }
  return out;
}

/** True when every permission is granted: restricting with these lifts the restriction. */
export const grantsEverything = (permissions: ChatPermissions): boolean =>
  PERMISSION_KEYS.filter((k) => k !== "can_manage_topics" && k !== "can_edit_tag").every(
    (k) => permissions[k],
  );

/** The right names an administrator of `chat` has: a channel's differ from a group's. */
export const rightKeysFor = (channel: boolean): readonly (keyof AdminRights)[] =>
  channel ? CHANNEL_RIGHT_KEYS : RIGHT_KEYS;

/** Fills partial admin rights; absent means false. */
export function completeRights(partial: Partial<AdminRights> = {}, channel = false): AdminRights {
  return Object.fromEntries(
    rightKeysFor(channel).map((k) => [k, partial[k] === true]),
  ) as unknown as AdminRights;
}

/** The rights an administrator added without a list gets: the usual set an owner ticks. */
export function defaultAdminRights(channel = false): AdminRights {
  const common = {
    can_manage_chat: true,
    can_delete_messages: true,
    can_manage_video_chats: true,
    can_restrict_members: true,
    can_change_info: true,
    can_invite_users: true,
  };
  return channel
    ? completeRights({ ...common, can_post_messages: true, can_edit_messages: true }, true)
    : completeRights({ ...common, can_pin_messages: true });
}

/** True if the promotion grants any right (otherwise promoteChatMember demotes). */
export const grantsAnyRight = (rights: AdminRights): boolean =>
  (Object.keys(rights) as (keyof AdminRights)[]).some((k) => k !== "is_anonymous" && rights[k]);

/** The rights in `wanted` that `holder` does not have (a bot cannot grant more than it holds). */
export const missingRights = (holder: AdminRights, wanted: AdminRights): (keyof AdminRights)[] =>
  (Object.keys(wanted) as (keyof AdminRights)[]).filter(
    (k) => k !== "is_anonymous" && wanted[k] && !holder[k],
  );

/**
 * Telegram's until_date rule: under 30 seconds or over 366 days from now means forever (0).
 * @param untilDate requested Unix seconds (0 or absent = forever)
 */
export function normalizeUntilDate(untilDate: number | undefined, nowSeconds: number): number {
  if (!untilDate) return 0;
  const ahead = untilDate - nowSeconds;
  if (ahead < 30 || ahead > 366 * 24 * 3600) return 0;
  return untilDate;
}

/**
 * Applies expiry: a restriction or ban whose until_date has passed is lifted. Called on every read,
 * so restrictions end on time without timers.
 * @returns true if the record changed
 */
export function liftIfDue(member: MemberRecord, nowSeconds: number): boolean {
  if (member.untilDate === 0 || member.untilDate > nowSeconds) return false;
  if (member.status === "restricted") {
    member.status = member.isMember === false ? "left" : "member";
  } else if (member.status === "kicked") {
    member.status = "left";
  } else {
    return false;
  }
  member.permissions = undefined;
  member.isMember = undefined;
  member.untilDate = 0;
  return true;
}

/** Whether the user is in the chat (and so sees its messages). */
export const isPresent = (member: MemberRecord): boolean =>
  member.status === "creator" ||
  member.status === "administrator" ||
  member.status === "member" ||
  (member.status === "restricted" && member.isMember !== false);

export const isAdmin = (member: MemberRecord): boolean =>
  member.status === "creator" || member.status === "administrator";

/** The rights a member effectively holds; the creator holds all. */
export function rightsOf(member: MemberRecord): AdminRights | undefined {
  if (member.status === "creator") {
    const all = Object.fromEntries([...RIGHT_KEYS, ...CHANNEL_RIGHT_KEYS].map((k) => [k, true]));
    return { ...(all as unknown as AdminRights), is_anonymous: member.rights?.is_anonymous === true };
  }
  if (member.status === "administrator") return member.rights ?? completeRights();
  return undefined;
}

/** An owner or administrator who writes as the group itself (their `is_anonymous` right). */
export const isAnonymousAdmin = (member: MemberRecord): boolean =>
  isAdmin(member) && member.rights?.is_anonymous === true;

export type SendKind = "messages" | "photos" | "documents";

/**
 * Why `member` may not send `kind` into a chat with `chatPermissions`, or undefined if they may.
 * The text is for the control API's caller, so it names the rule that applies.
 */
export function sendRefusal(
  member: MemberRecord,
  chatPermissions: ChatPermissions,
  kind: SendKind,
  untilText: (untilDate: number) => string,
): string | undefined {
  if (member.status === "kicked")
    return `user ${member.userId} is banned in this chat ${untilText(member.untilDate)}`;
  if (!isPresent(member)) return `user ${member.userId} is not a member of this chat`;
  if (isAdmin(member)) return undefined;
  const key = `can_send_${kind}` as keyof ChatPermissions;
  if (member.status === "restricted" && member.permissions && !member.permissions[key]) {
    return `user ${member.userId} is restricted (${key} is false) ${untilText(member.untilDate)}`;
  }
  if (!chatPermissions[key])
    return `the chat's permissions do not let members send ${kind} (${key} is false)`;
  return undefined;
}

/** The `ChatMember` object getChatMember answers with. */
export function chatMemberObject(member: MemberRecord, fullUser: ApiUser, viewerId?: number): ApiChatMember {
  const user = publicUser(fullUser);
  switch (member.status) {
    case "creator": {
      const out: ApiChatMember = {
        status: "creator",
        user,
        is_anonymous: member.rights?.is_anonymous === true,
      };
      if (member.customTitle) out.custom_title = member.customTitle;
      return out;
    }
    case "administrator": {
      const out: ApiChatMember = {
        status: "administrator",
        user,
        can_be_edited: viewerId !== undefined && member.promotedBy === viewerId,
        ...(member.rights ?? completeRights()),
      };
      if (member.customTitle) out.custom_title = member.customTitle;
      return out;
    }
    case "restricted":
      return {
        status: "restricted",
        user,
        is_member: member.isMember !== false,
        ...(member.permissions ?? completePermissions({})),
        until_date: member.untilDate,
      };
    case "kicked":
      return { status: "kicked", user, until_date: member.untilDate };
    case "member":
      return { status: "member", user };
    default:
      return { status: "left", user };
  }
}
