/**
 * moderation's settings, validated once at start-up with the seed's names: `API_V2_URL` (the
 * moderation service, default the seed's port on this machine) and `API_V2_KEY` (its bearer key,
 * required), plus `API_V2_TIMEOUT_MS` (the seed's 15 s).
 */
import { z } from "zod";
import { backendUrl, unsetWhenEmpty } from "../../config/backendUrl.js";

export const DEFAULT_API_V2_URL = "http://127.0.0.1:8002";

export const moderationConfigSchema = z.object({
  /** API V2's base URL, without a trailing slash. */
  API_V2_URL: backendUrl(DEFAULT_API_V2_URL),
  /** The bearer key API V2 was started with. */
  API_V2_KEY: z
    .string({ message: "is required: the bearer key API V2 accepts" })
    .trim()
    .min(16, "must be at least 16 characters, as API V2 requires"),
  /** Per-request timeout, milliseconds. */
  API_V2_TIMEOUT_MS: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ message: "must be a number of milliseconds" })
      .int("must be a whole number of milliseconds")
      .min(100, "must be at least 100 ms")
      .max(120_000, "must be at most 120000 ms")
      .default(15_000),
  ),
});

export type ModerationConfig = z.output<typeof moderationConfigSchema>;
