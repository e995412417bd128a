/**
 * The member actions of this slice, as data: what each does on Telegram is in `telegramActions.ts`,
 * what each records in API V2 is its name. All need the admin right to restrict members, from the
 * admin who runs it and from the bot.
 */
import type { AdminRight } from "../../../platform/groups/index.js";
import type { EnforcementAction } from "../apiV2Client.js";

export const MEMBER_COMMANDS = [
  "mute",
  "unmute",
  "ban",
  "unban",
  "warn",
  "kick",
  "restrict",
  "unrestrict",
] as const satisfies readonly EnforcementAction[];
export type MemberCommand = (typeof MEMBER_COMMANDS)[number];

/** The right the admin and the bot both need (Telegram's "ban users"). */
export const NEEDED_RIGHT: AdminRight = "can_restrict_members";

/** Takes a duration after the target. */
export const TIMED: ReadonlySet<MemberCommand> = new Set(["mute", "ban", "restrict"]);
/** Refused on admins and the owner: Telegram cannot restrict them, and a warning would escalate. */
export const RESTRICTING: ReadonlySet<MemberCommand> = new Set(["mute", "ban", "warn", "kick", "restrict"]);
