/**
 * `npm run api-v2`: API V2 as a service of its own, configured by the environment:
 *
 * - `API_V2_KEY` (required, ≥ 16 characters) — the bearer key the bot sends
 * - `API_V2_PORT` (default 8002), `API_V2_HOST` (default 127.0.0.1)
 * - `API_V2_DATABASE_URL` — `postgres://…` for PostgreSQL, or a SQLite file (default `./data/apiv2.db`)
 * - `LOG_LEVEL` (default info) — one line per request (method, URL, status); keys never logged
 *
 * No control routes (`/_control/*`): those are for the playground and the tests. SIGTERM/SIGINT
 * finish the requests in flight, close the database and exit 0.
 */
import { z } from "zod";
import { createLogger } from "../../src/platform/logger.js";
import { closeOnSignals } from "../../src/runtime/closeOnSignals.js";
import { startApiV2Backend } from "./apiV2Backend.js";

const MIN_KEY_LENGTH = 16;

const envSchema = z.object({
  API_V2_KEY: z
    .string({ error: "is required: the bearer key clients send" })
    .min(MIN_KEY_LENGTH, `must be at least ${MIN_KEY_LENGTH} characters`),
  API_V2_PORT: z.coerce.number().int().min(0).max(65_535).default(8002),
  API_V2_HOST: z.string().min(1).default("127.0.0.1"),
  API_V2_DATABASE_URL: z.string().min(1).default("./data/apiv2.db"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

async function main(): Promise<void> {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    process.stderr.write(`API V2 cannot start: ${problems.join("; ")}\n`);
    process.exit(1);
  }
  const env = parsed.data;
  const logger = createLogger({
    level: env.LOG_LEVEL,
    name: "api-v2",
    pretty: process.stdout.isTTY === true,
  });

  const service = await startApiV2Backend({
    apiKey: env.API_V2_KEY,
    databaseUrl: env.API_V2_DATABASE_URL,
    port: env.API_V2_PORT,
    host: env.API_V2_HOST,
    logger,
    control: false,
  });
  logger.info(
    { url: service.url, database: service.database, migrated: service.migrated },
    "API V2 is listening",
  );

  closeOnSignals(logger, () => service.close());
}

main().catch((error) => {
  process.stderr.write(`API V2 could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
