/**
 * The Tabys answers crm's core reads, as zod schemas (backends/tabys/README.md is the contract).
 * A 2xx answer that does not match is a `bad_response` BackendError, which the kernel explains.
 * Only what the bot uses is required; anything else the backend adds is ignored.
 */
import { z } from "zod";
import { CRM_MODULES } from "./domain/rbac.js";

/** Telegram ids travel as strings in the contract; a backend sending numbers is accepted too. */
const telegramId = z.union([z.string().min(1), z.number().int()]).transform(String);
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

/** verify-otp and restore-session: who signed in, with a fresh JWT. */
export const signedInSchema = z.object({
  access_token: z.string().min(1),
  admin_id: z.number().int(),
  admin_name: z.string(),
  role: z.string(),
  telegram_user_id: telegramId,
  session_created: z.boolean().optional(),
});
export type SignedIn = z.output<typeof signedInSchema>;

export const okSchema = z.object({ ok: z.literal(true) });

export const linkedSchema = z.object({ ok: z.literal(true), user_id: z.number().int() });

/** One active Telegram session (GET /api/v1/telegram-auth/sessions). */
export const telegramSessionSchema = z.object({
  telegram_user_id: telegramId,
  telegram_username: optionalText,
  admin_id: z.number().int(),
  admin_name: z.string(),
  role: z.string(),
  created_at: z.string(),
  last_activity: optionalText,
});
export type TelegramSession = z.output<typeof telegramSessionSchema>;

/** One active OTP of any admin (GET /api/v1/telegram-auth/otps); the OTP itself is never readable. */
export const activeOtpSchema = z.object({
  otp_id: z.number().int(),
  admin_id: z.number().int(),
  admin_name: z.string(),
  role: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
});
export type ActiveOtp = z.output<typeof activeOtpSchema>;

const counter = z.number().int().nonnegative().optional();

/** GET /api/v2/analytics/: a counter per content module, plus the active Telegram sessions. */
export const analyticsSchema = z.object({
  ...Object.fromEntries(CRM_MODULES.map((module) => [module, counter])),
  active_sessions: counter,
}) as z.ZodType<Analytics>;
export type Analytics = Partial<Record<(typeof CRM_MODULES)[number] | "active_sessions", number>>;
