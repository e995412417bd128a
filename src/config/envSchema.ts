import { z } from "zod";

/** Secret tokens Telegram accepts for webhooks: 1–256 characters of A-Z a-z 0-9 _ -. */
const WEBHOOK_SECRET = /^[A-Za-z0-9_-]{1,256}$/;
/** A Bot API token: numeric bot id, a colon, then the secret part. */
export const BOT_TOKEN = /^\d{1,20}:[A-Za-z0-9_-]{20,}$/;

const PORT_MESSAGE = "must be a port number from 1 to 65535";
const port = z.coerce
  .number({ error: PORT_MESSAGE })
  .int({ error: PORT_MESSAGE })
  .min(1, { error: PORT_MESSAGE })
  .max(65535, { error: PORT_MESSAGE });
const COUNT_MESSAGE = "must be a whole number above 0";
const positiveInt = z.coerce
  .number({ error: COUNT_MESSAGE })
  .int({ error: COUNT_MESSAGE })
  .positive({ error: COUNT_MESSAGE });

/**
 * Process-wide settings read from the environment. Module settings (PLUME_API_BASE, …) are not
 * here: each module validates its own with the schema in its manifest.
 */
export const processEnvSchema = z.object({
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PORT: port.default(8080),
  HOST: z.string().min(1).default("0.0.0.0"),
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).default("https://api.telegram.org"),
  BOT_MODE: z.enum(["polling", "webhook"]).default("polling"),
  WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(WEBHOOK_SECRET, "must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    .optional(),
  STORAGE_URL: z
    .string()
    .regex(/^(sqlite:.+|rediss?:\/\/.+)$/, "must be sqlite:<path> or redis://host:port")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, "must be a redis:// URL")
    .optional(),
  REDIS_SESSION_TTL: positiveInt.optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  SWITCHBOARD_SECRET_KEY: z.string().min(1).optional(),
  SWITCHBOARD_CONFIG: z.string().min(1).optional(),
  GENERAL_RATE_LIMIT: positiveInt.default(30),
  LOGIN_RATE_LIMIT: positiveInt.default(5),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(8000),
  TELEGRAM_BOT_TOKEN: z.string().regex(BOT_TOKEN, "is not a Bot API token (digits:secret)").optional(),
  BOT_MODULES: z
    .string()
    .regex(/^[a-z][a-z0-9-]*(\s*,\s*[a-z][a-z0-9-]*)*$/, "must be a comma-separated list of module names")
    .default("about"),
  BOT_ID: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,31}$/, "must be lowercase letters, digits and -")
    .optional(),
});

/**
 * Settings that depend on each other. Checked on the raw environment, apart from the schema, so
 * they are reported together with any other problem (zod skips refinements once a field fails).
 */
export function modeProblems(env: Record<string, string | undefined>): string[] {
  if (env.BOT_MODE !== "webhook") return [];
  const problems: string[] = [];
  if (!env.WEBHOOK_URL) problems.push("WEBHOOK_URL is required when BOT_MODE=webhook");
  if (!env.WEBHOOK_SECRET) problems.push("WEBHOOK_SECRET is required when BOT_MODE=webhook");
  return problems;
}

export type ProcessEnv = z.infer<typeof processEnvSchema>;

/** One bot as declared in a SWITCHBOARD_CONFIG file. */
export const fileBotSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "must be lowercase letters, digits and -"),
  token: z.string().regex(BOT_TOKEN, "is not a Bot API token (digits:secret)"),
  modules: z.array(z.string().min(1)).min(1),
  /** Module settings, same names as the environment variables; they override the environment. */
  settings: z.record(z.string(), z.unknown()).default({}),
});

export const configFileSchema = z.object({
  bots: z.array(fileBotSchema).min(1),
});
