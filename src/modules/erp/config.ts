/**
 * erp's settings, validated once at start-up (environment or a config file's `settings`), with
 * the seed's names: `ERP_API_URL` (the seed's `BACKEND_URL` is accepted as its alias),
 * `ERP_INTERNAL_API_KEY` (the secret both sides share: the backend presents it on the bot's
 * `/internal/save-code`, the bot on verify-user; required), `ERP_TIMEOUT_MS` and
 * `MODULE_TELEGRAM_ENABLED` (false keeps the bot up but closes Telegram access: commands say so,
 * the internal route answers 503).
 */
import { z } from "zod";
import { backendUrl, unsetWhenEmpty } from "../../config/backendUrl.js";

export const DEFAULT_ERP_API_URL = "http://localhost:8001";

const apiUrl = backendUrl(DEFAULT_ERP_API_URL);

const enabled = z
  .union([z.boolean(), z.string().trim().toLowerCase()])
  .default(true)
  .transform((value, ctx) => {
    if (typeof value === "boolean") return value;
    if (["true", "1", "yes", "on"].includes(value)) return true;
    if (["false", "0", "no", "off"].includes(value)) return false;
    ctx.addIssue({ code: "custom", message: "must be true or false" });
    return z.NEVER;
  });

const settings = z.object({
  /** The ROA2WEB backend's base URL. */
  ERP_API_URL: apiUrl,
  /** Shared with the backend: it calls the bot with it, the bot calls verify-user with it. */
  ERP_INTERNAL_API_KEY: z
    .string({ message: "is required: the key the ROA2WEB backend and the bot share" })
    .trim()
    .min(16, "must be at least 16 characters: it guards the bot's internal API"),
  /** Per-request timeout, milliseconds. */
  ERP_TIMEOUT_MS: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ message: "must be a number of milliseconds" })
      .int("must be a whole number of milliseconds")
      .min(100, "must be at least 100 ms")
      .max(120_000, "must be at most 120000 ms")
      .default(10_000),
  ),
  /** false: the bot answers that Telegram access is disabled; save-code answers 503. */
  MODULE_TELEGRAM_ENABLED: z.preprocess(unsetWhenEmpty, enabled),
});

/** `BACKEND_URL` (the seed's name) stands in for `ERP_API_URL` when only it is set. */
function withAlias(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const values = input as Record<string, unknown>;
  if (unsetWhenEmpty(values.ERP_API_URL) !== undefined) return values;
  return { ...values, ERP_API_URL: values.BACKEND_URL };
}

export const erpConfigSchema = z.preprocess(withAlias, settings);

export type ErpConfig = z.output<typeof settings>;
