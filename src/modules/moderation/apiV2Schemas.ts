/**
 * What the bot reads from API V2 (backends/apiv2/README.md): every answer is the envelope
 * `{success, data, message, error}`; these schemas take `data` out of it. Only the fields the
 * bot uses are declared; the rest pass through unread.
 */
import { z } from "zod";

/** `data` of an API V2 envelope, validated by `schema`. */
export const envelope = <T extends z.ZodType>(schema: T): z.ZodType<z.output<T>> =>
  z.object({ success: z.literal(true), data: z.unknown() }).transform((answer, ctx) => {
    const parsed = schema.safeParse(answer.data);
    if (parsed.success) return parsed.data as z.output<T>;
    for (const issue of parsed.error.issues)
      ctx.addIssue({ ...issue, path: ["data", ...issue.path] } as never);
    return z.NEVER;
  });

export const logEntrySchema = z.object({
  id: z.number().int(),
  action: z.string(),
  details: z.string().nullable(),
  duration: z.number().int().nullable(),
  until: z.string().nullable(),
  source: z.string(),
  at: z.string(),
});
export type LogEntry = z.output<typeof logEntrySchema>;

export const userStatusSchema = z.object({
  user_id: z.number().int(),
  group_id: z.number().int(),
  is_muted: z.boolean(),
  is_banned: z.boolean(),
  is_restricted: z.boolean(),
  is_locked_down: z.boolean(),
  night_mode_enabled: z.boolean(),
  has_warnings: z.number().int(),
  warning_limit: z.number().int(),
  last_action: z.string().nullable(),
  banned_until: z.string().nullable(),
  muted_until: z.string().nullable(),
  restricted_until: z.string().nullable(),
});
export type UserStatus = z.output<typeof userStatusSchema>;

export const enforcementResultSchema = z.object({
  action: logEntrySchema,
  changed: z.boolean(),
  warnings: z.object({ count: z.number().int(), limit: z.number().int() }).nullable(),
  escalation: logEntrySchema.nullable(),
  status: userStatusSchema.nullable(),
});
export type EnforcementResult = z.output<typeof enforcementResultSchema>;

export const healthSchema = z.object({ status: z.string(), version: z.string().optional() });

/** Content types a lock deletes (API V2's names, as Rose's). */
export const LOCK_TYPES = [
  "audio",
  "bot",
  "button",
  "command",
  "contact",
  "document",
  "email",
  "forward",
  "game",
  "gif",
  "inline",
  "invitelink",
  "location",
  "phone",
  "photo",
  "poll",
  "sticker",
  "text",
  "url",
  "video",
  "videonote",
  "voice",
] as const;
export type LockType = (typeof LOCK_TYPES)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const PENALTIES = ["ban", "kick", "mute"] as const;
export type Penalty = (typeof PENALTIES)[number];

const penaltyBlock = {
  action: z.enum(PENALTIES),
  action_duration: z.number().int().nullable(),
};

/** A group's settings as `GET`/`PATCH …/settings` answer them (a group never changed: the defaults). */
export const groupSettingsSchema = z.object({
  group_id: z.number().int(),
  group_name: z.string().nullable(),
  features_enabled: z.object({ lockdown_enabled: z.boolean() }),
  warnings: z.object({ limit: z.number().int(), ...penaltyBlock, expiry: z.number().int().nullable() }),
  flood: z.object({
    enabled: z.boolean(),
    messages: z.number().int(),
    seconds: z.number().int(),
    ...penaltyBlock,
  }),
  // A lock this bot does not know yet (a newer API V2) is kept but never matches a message.
  locks: z.array(z.string()),
  night_mode: z.object({
    enabled: z.boolean(),
    start: z.string(),
    end: z.string(),
    weekdays: z.array(z.enum(WEEKDAYS)),
    time_zone: z.string(),
  }),
  welcome: z.object({ enabled: z.boolean(), text: z.string().nullable() }),
  captcha: z.object({ enabled: z.boolean(), seconds: z.number().int() }),
  log_channel_id: z.number().int().nullable(),
  auto_delete: z.object({ commands: z.boolean(), service_messages: z.boolean(), welcome: z.boolean() }),
  updated_at: z.string().nullable(),
});
export type GroupSettings = z.output<typeof groupSettingsSchema>;

/** A partial settings body for `PATCH`: each block partial, `locks` and `weekdays` replaced whole. */
export interface SettingsPatch {
  group_name?: string | null;
  warnings?: Partial<GroupSettings["warnings"]>;
  flood?: Partial<GroupSettings["flood"]>;
  locks?: string[];
  night_mode?: Partial<GroupSettings["night_mode"]>;
  welcome?: Partial<GroupSettings["welcome"]>;
  captcha?: Partial<GroupSettings["captcha"]>;
  log_channel_id?: number | null;
  auto_delete?: Partial<GroupSettings["auto_delete"]>;
}

/** `GET /api/v2/groups/{id}/night-mode`, and each item of `GET /api/v2/night-mode`. */
export const nightModeStateSchema = z.object({
  group_id: z.number().int(),
  enabled: z.boolean(),
  start: z.string(),
  end: z.string(),
  weekdays: z.array(z.string()),
  time_zone: z.string(),
  active_now: z.boolean(),
  next_change_at: z.string().nullable(),
});
export type NightModeState = z.output<typeof nightModeStateSchema>;

export const nightModeListSchema = z.object({ at: z.string(), items: z.array(nightModeStateSchema) });

/** A page of `GET /api/v2/logs/actions`. */
export const actionLogPageSchema = z.object({
  items: z.array(
    logEntrySchema.extend({ user_id: z.number().int().nullable(), admin_id: z.number().int().nullable() }),
  ),
  page: z.number().int(),
  page_size: z.number().int(),
  total: z.number().int(),
  total_pages: z.number().int(),
});
export type ActionLogPage = z.output<typeof actionLogPageSchema>;
