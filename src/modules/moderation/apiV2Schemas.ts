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
  has_warnings: z.number().int(),
  warning_limit: z.number().int(),
  last_action: z.string().nullable(),
  banned_until: z.string().nullable(),
  muted_until: z.string().nullable(),
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

export const groupSettingsSchema = z.object({
  warnings: z.object({
    limit: z.number().int(),
    action: z.enum(["ban", "kick", "mute"]),
    action_duration: z.number().int().nullable(),
  }),
});
export type GroupSettings = z.output<typeof groupSettingsSchema>;
