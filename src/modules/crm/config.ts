/**
 * crm's settings, validated once at start-up (environment or a config file's `settings`), with
 * the seed's names and defaults. `TABYS_BOT_SECRET` is the shared secret the backend asks of the
 * bot on its bot-only routes (verify-otp, restore-session, confirm-link): without it anyone who
 * knew a Telegram user id could obtain an admin's JWT, so it is required. `LOGIN_RATE_LIMIT` and
 * `GENERAL_RATE_LIMIT` are the platform's (src/config/envSchema.ts): crm's /login uses them.
 */
import { isIP } from "node:net";
import { z } from "zod";

export const DEFAULT_TABYS_API_URL = "http://localhost:8000";

/** True for `localhost`, 127.0.0.0/8 and ::1: plain http is only allowed there. */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}

/** An empty variable (`TABYS_API_URL=` in a .env) means "use the default". */
const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);

const apiUrl = z.preprocess(
  unsetWhenEmpty,
  z
    .string()
    .trim()
    .default(DEFAULT_TABYS_API_URL)
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: "custom", message: "is not a URL" });
        return;
      }
      if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
        ctx.addIssue({
          code: "custom",
          message: "must use https:// (plain http:// is only allowed for localhost, 127.0.0.0/8 and ::1)",
        });
      }
      if (url.username || url.password)
        ctx.addIssue({ code: "custom", message: "must not carry credentials" });
      if (url.search || url.hash)
        ctx.addIssue({ code: "custom", message: "must not have a query or fragment" });
    })
    // No trailing slash: every API path starts with one.
    .transform((value) => value.replace(/\/+$/, "")),
);

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
