/**
 * Where a person stands in a group or channel, as their Telegram app shows it around the message
 * box: free to write; restricted but still writing text; muted; banned; out of it; in a group
 * closed to members (a lockdown, night mode); or a channel only its admins post to. Pure: the
 * emulator's member record and the chat's permissions in; the page words the notice.
 */
import type { ChatPermissions, ChatType, MemberStatus } from "../emulator/index.js";
import type { MemberRecord } from "../emulator/membership.js";

/** Why a person may not write here now. */
export type Block = "banned" | "muted" | "left" | "closed" | "channel";

export interface Standing {
  status: MemberStatus;
  /** Absent when they may write. */
  block?: Block;
  /** Unix seconds when a mute, restriction or ban ends by itself; 0 when it does not. */
  until: number;
  /** Restricted without being muted: they write text, not everything (media, polls…). */
  limited: boolean;
}

export interface StandingChat {
  type: ChatType;
  /** What members may send by default (a lockdown or night mode takes `can_send_messages`). */
  permissions: Pick<ChatPermissions, "can_send_messages">;
}

/** `member` as the emulator reads it (a due restriction already lifted). */
export function standingOf(member: MemberRecord, chat: StandingChat): Standing {
  const { status } = member;
  const until = status === "restricted" || status === "kicked" ? member.untilDate : 0;
  const standing = (block: Block | undefined, limited = false): Standing => ({
    status,
    ...(block ? { block } : {}),
    until: block === "banned" || block === "muted" || limited ? until : 0,
    limited,
  });
  if (status === "kicked") return standing("banned");
  if (status === "left" || (status === "restricted" && member.isMember === false)) return standing("left");
  if (status === "creator" || status === "administrator") return standing(undefined);
  if (chat.type === "channel") return standing("channel");
  if (status === "restricted" && member.permissions?.can_send_messages !== true) return standing("muted");
  if (!chat.permissions.can_send_messages) return standing("closed");
  return standing(undefined, status === "restricted");
}
