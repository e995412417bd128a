/**
 * What is done to members, as the API takes and shows it: the enforcement actions and their body
 * (the seed's `{action_type, user_id, group_id, admin_id, duration, reason, timestamp}`), the
 * user-action-state body, the user status (the seed's fields, `has_warnings` a count), warnings,
 * and action-log entries.
 */
import { z } from "zod";
import { chatId, chatIdParam, durationSec, isoInstant, timestamp, userId } from "./commonSchemas.js";

/** Kinds of restriction that last: their state is kept per member. */
export const RESTRICTION_KINDS = ["ban", "mute", "restrict"] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/** Actions on one member (`user_id` required). */
const MEMBER_ACTIONS = [
  "ban",
  "unban",
  "kick",
  "mute",
  "unmute",
  "restrict",
  "unrestrict",
  "free",
  "warn",
  "unwarn",
  "clear_warnings",
] as const;
/** Actions on the whole group (`user_id` optional, kept in the log when given). */
export const GROUP_ACTIONS = ["lockdown", "unlock", "night_mode_on", "night_mode_off"] as const;
export const ACTION_TYPES = [...MEMBER_ACTIONS, ...GROUP_ACTIONS] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** The only actions that take a `duration`. */
export const TIMED_ACTIONS: readonly ActionType[] = ["ban", "mute", "restrict"];

export const enforcementParams = z.object({
  group_id: chatIdParam,
  action_type: z.enum(ACTION_TYPES),
});

const reason = z.string().trim().max(1000).nullable().optional();

export const enforcementBody = z.strictObject({
  action_type: z.enum(ACTION_TYPES).optional().meta({ description: "If given, must equal the path's" }),
  group_id: chatId.optional().meta({ description: "If given, must equal the path's" }),
  user_id: userId.nullable().optional().meta({ description: "Required for actions on a member" }),
  admin_id: userId.nullable().optional().meta({ description: "Who acted; null/absent: the bot itself" }),
  duration: durationSec.nullable().optional().meta({ description: "Seconds, for ban/mute/restrict only" }),
  reason,
  warning_id: z.number().int().positive().optional().meta({
    description: "unwarn only: the warning to remove (default: the newest that counts)",
  }),
  timestamp: timestamp
    .optional()
    .meta({ description: "When it happened (a late retry keeps its time); default: now" }),
});
export type EnforcementBody = z.output<typeof enforcementBody>;

export const LOG_SOURCES = ["enforcement", "warn_limit", "state", "bot"] as const;

export const logEntrySchema = z.object({
  id: z.number().int(),
  group_id: chatId,
  user_id: z.number().int().nullable(),
  admin_id: z.number().int().nullable(),
  action: z.string(),
  details: z.string().nullable().meta({ description: "The reason, for enforcement" }),
  duration: z.number().int().nullable().meta({ description: "Seconds" }),
  until: isoInstant.nullable(),
  source: z.enum(LOG_SOURCES).meta({
    description:
      "enforcement: an enforcement call; warn_limit: the action taken at the warning limit; " +
      "state: a user-action-state call; bot: POST /api/v2/logs/actions",
  }),
  at: isoInstant,
});
export type LogEntry = z.output<typeof logEntrySchema>;

export const userStatusSchema = z.object({
  user_id: userId,
  group_id: chatId,
  is_muted: z.boolean(),
  is_banned: z.boolean(),
  has_warnings: z.number().int().min(0).meta({ description: "How many warnings count now (a number)" }),
  warning_limit: z.number().int(),
  is_restricted: z.boolean(),
  is_locked_down: z.boolean().meta({ description: "The group is in lockdown" }),
  night_mode_enabled: z.boolean().meta({ description: "The group's night-mode schedule is on" }),
  last_action: isoInstant.nullable().meta({ description: "The newest log entry about this member" }),
  active_actions: z
    .array(z.enum(["ban", "mute", "restrict", "warn"]))
    .meta({ description: "Restrictions in force, and `warn` while warnings count" }),
  banned_until: isoInstant.nullable(),
  muted_until: isoInstant.nullable(),
  restricted_until: isoInstant.nullable(),
});
export type UserStatus = z.output<typeof userStatusSchema>;

export const warningSchema = z.object({
  id: z.number().int(),
  group_id: chatId,
  user_id: userId,
  admin_id: z.number().int().nullable(),
  reason: z.string().nullable(),
  created_at: isoInstant,
  expires_at: isoInstant.nullable().meta({ description: "By the group's current expiry; null: never" }),
});
export type WarningView = z.output<typeof warningSchema>;

export const warningCountSchema = z.object({ count: z.number().int(), limit: z.number().int() });

export const enforcementResult = z.object({
  action: logEntrySchema.meta({ description: "The action as recorded in the log" }),
  changed: z.boolean().meta({ description: "false: the member (or group) was already in that state" }),
  warnings: warningCountSchema.nullable().meta({ description: "For warn, unwarn, clear_warnings" }),
  escalation: logEntrySchema.nullable().meta({
    description: "The group's warning-limit action, when this warn reached the limit: the bot applies it",
  }),
  status: userStatusSchema.nullable().meta({ description: "The member's status after; null: no user_id" }),
});
export type EnforcementResult = z.output<typeof enforcementResult>;

export const actionStateBody = z.strictObject({
  user_id: userId.optional().meta({ description: "If given, must equal the path's" }),
  action: z.enum(RESTRICTION_KINDS),
  state: z.enum(["active", "inactive"]),
  duration: durationSec.nullable().optional().meta({ description: "Seconds, with state active only" }),
  admin_id: userId.nullable().optional(),
  timestamp: timestamp.optional(),
});

export const actionStateResult = z.object({
  changed: z.boolean(),
  entry: logEntrySchema,
  status: userStatusSchema,
});

export const warningsList = z.object({
  group_id: chatId,
  user_id: userId,
  count: z.number().int(),
  limit: z.number().int(),
  expiry: z.number().int().nullable().meta({ description: "Seconds a warning counts for; null: never" }),
  items: z.array(warningSchema).meta({ description: "Warnings that count now, oldest first" }),
});
