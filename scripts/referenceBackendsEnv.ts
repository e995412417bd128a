/**
 * The settings of `node dist/scripts/referenceBackends.js` (the compose file's `reference`
 * profile), apart from it so the compose test can check the variables the file sets.
 */
import { z } from "zod";

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

export const referenceBackendsEnvSchema = z.object({
  /** Bind address; a container needs 0.0.0.0 (the compose network is what keeps them private). */
  REFERENCE_HOST: z.string().min(1).default("127.0.0.1"),
  /** The seeds' ports: Tabys 8000 (TABYS_API_URL's default), ROA2WEB 8001 (ERP_API_URL's), Plume 8003. */
  REFERENCE_TABYS_PORT: port(8000),
  REFERENCE_ROA2WEB_PORT: port(8001),
  REFERENCE_PLUME_PORT: port(8003),
  /** Tabys's and ROA2WEB's SQLite files live in `<this>/tabys` and `<this>/roa2web`. */
  REFERENCE_DATA_DIR: z.string().min(1).default("./data/reference"),
  /** Switchboard's base URL as ROA2WEB reaches it: it posts link codes to `<this>/internal/save-code`. */
  REFERENCE_APP_URL: z.url({ protocol: /^https?$/ }).default("http://127.0.0.1:8080"),
  /** The ERP bot's username, for ROA2WEB's "Open in Telegram" links. */
  REFERENCE_ERP_BOT_USERNAME: z
    .string()
    .regex(/^[A-Za-z0-9_]{5,32}$/)
    .optional(),
  /** The bot secret Tabys asks of the crm bot: the same value as the bot's TABYS_BOT_SECRET. */
  TABYS_BOT_SECRET: z.string().min(16),
  /** The key ROA2WEB and the erp bot share: the same value as the bot's ERP_INTERNAL_API_KEY. */
  ERP_INTERNAL_API_KEY: z.string().min(16),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type ReferenceBackendsEnv = z.infer<typeof referenceBackendsEnvSchema>;
