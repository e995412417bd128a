/**
 * netmon's settings, validated once at start-up (environment or a config file's `settings`).
 * Names and defaults of the Plume addresses are the seed's. Every backend URL must be HTTPS,
 * except loopback hosts (127.0.0.0/8, ::1, localhost), which the tests and the playground use:
 * the Authorization header and tokens travel on these connections.
 */
import { z } from "zod";
import { backendUrl } from "../../config/backendUrl.js";

export const DEFAULT_SSO_URL = "https://external.sso.plume.com/oauth2/ausc034rgdEZKz75I357/v1/token";
export const DEFAULT_API_BASE = "https://piranha-gamma.prod.us-west-2.aws.plumenet.io/api/";
export const DEFAULT_REPORTS_BASE = "https://piranha-gamma.prod.us-west-2.aws.plumenet.io/reports/";

/** Comma- or space-separated Telegram user ids (a list in a config file works too). */
const allowedUsers = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
  .optional()
  .transform((value, ctx): number[] | undefined => {
    if (value === undefined) return undefined;
    const items = (Array.isArray(value) ? value : String(value).split(/[\s,]+/))
      .map((item) => String(item).trim())
      .filter((item) => item !== "");
    if (items.length === 0) return undefined;
    const ids: number[] = [];
    for (const item of items) {
      if (!/^\d{1,15}$/.test(item) || Number(item) <= 0) {
        ctx.addIssue({ code: "custom", message: `"${item}" is not a Telegram user id` });
        return z.NEVER;
      }
      ids.push(Number(item));
    }
    return ids;
  });

export const netmonConfigSchema = z.object({
  /** The OAuth token endpoint (client credentials). */
  PLUME_SSO_URL: backendUrl(DEFAULT_SSO_URL, "endpoint", "token endpoint URL (…/v1/token)"),
  PLUME_API_BASE: backendUrl(DEFAULT_API_BASE, "base"),
  PLUME_REPORTS_BASE: backendUrl(DEFAULT_REPORTS_BASE, "base"),
  /** Seconds between two polls of the subscribed locations (alerts). */
  NETMON_ALERT_INTERVAL: z.coerce
    .number({ message: "must be a number of seconds" })
    .int("must be a whole number of seconds")
    .min(30, "must be at least 30 seconds")
    .max(86_400, "must be at most 86400 seconds (a day)")
    .default(300),
  /** Only these Telegram users may use the bot; absent = everyone. */
  NETMON_ALLOWED_USERS: allowedUsers,
  /** Per-attempt timeout of Plume calls, ms (the seed's 10 s). */
  PLUME_TIMEOUT_MS: z.coerce
    .number({ message: "must be a number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(100, "must be at least 100 ms")
    .max(120_000, "must be at most 120000 ms")
    .default(10_000),
});

export type NetmonConfig = z.output<typeof netmonConfigSchema>;
