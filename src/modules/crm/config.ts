/**
 * crm's settings, validated once at start-up (environment or a config file's `settings`), with
 * the seed's names and defaults. `TABYS_BOT_SECRET` is the shared secret the backend asks of the
 * bot on its bot-only routes (verify-otp, restore-session, confirm-link): without it anyone who
 * knew a Telegram user id could obtain an admin's JWT, so it is required. `LOGIN_RATE_LIMIT` and
 * `GENERAL_RATE_LIMIT` are the platform's (src/config/envSchema.ts): crm's /login uses them.
 */
import { z } from "zod";
import { backendUrl, unsetWhenEmpty } from "../../config/backendUrl.js";

export const DEFAULT_TABYS_API_URL = "http://localhost:8000";

const apiUrl = backendUrl(DEFAULT_TABYS_API_URL);

export const crmConfigSchema = z.object({
  /** The Tabys backend's base URL. */
  TABYS_API_URL: apiUrl,
  /** Per-request timeout, seconds (the seed's 30); fractions allowed (the tests use short ones). */
  TABYS_API_TIMEOUT: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ message: "must be a number of seconds" })
      .min(0.1, "must be at least 0.1 seconds")
      .max(300, "must be at most 300 seconds")
      .default(30),
  ),
  /** The `X-Bot-Secret` of the backend's bot-only routes. */
  TABYS_BOT_SECRET: z
    .string({ message: "is required: the shared secret of the Tabys backend's bot routes" })
    .trim()
    .min(1, "is required: the shared secret of the Tabys backend's bot routes"),
  /** A sign-in's lifetime after the last activity, seconds (the seed's 24 h), sliding. */
  REDIS_SESSION_TTL: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ message: "must be a number of seconds" })
      .int("must be a whole number of seconds")
      .min(60, "must be at least 60 seconds")
      .max(30 * 86_400, "must be at most 2592000 seconds (30 days)")
      .default(86_400),
  ),
});

export type CrmConfig = z.output<typeof crmConfigSchema>;
