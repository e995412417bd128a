/**
 * `node dist/scripts/referenceBackends.js`: the reference backends (Plume, Tabys, ROA2WEB) as one
 * service, for a staging deployment that has no real ones (docker-compose.yml's `reference`
 * profile). Settings in referenceBackendsEnv.ts. Their fault and clock control routes are off:
 * those are for the playground and the tests. Demo data and demo accounts only: never a stand-in
 * for a production backend. SIGTERM/SIGINT close them and exit 0.
 */
import { join } from "node:path";
import type { FastifyBaseLogger } from "fastify";
import { startPlumeBackend } from "../backends/plume/index.js";
import { startRoa2webBackend } from "../backends/roa2web/index.js";
import { startTabysBackend } from "../backends/tabys/index.js";
import { createLogger } from "../src/platform/logger.js";
import { closeOnSignals } from "../src/runtime/closeOnSignals.js";
import { fail } from "./operatorEnv.js";
import { referenceBackendsEnvSchema } from "./referenceBackendsEnv.js";

const parsed = referenceBackendsEnvSchema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  fail(`reference backends cannot start: ${problems.join("; ")}`);
}
const env = parsed.data;
const logger = createLogger({
  level: env.LOG_LEVEL,
  name: "reference-backends",
  pretty: process.stdout.isTTY === true,
});
const log = (name: string) => logger.child({ backend: name }) as unknown as FastifyBaseLogger;
const common = { host: env.REFERENCE_HOST, appUrl: env.REFERENCE_APP_URL, control: false };

const plume = await startPlumeBackend({
  ...common,
  port: env.REFERENCE_PLUME_PORT,
  logger: log("plume"),
});
const tabys = await startTabysBackend({
  ...common,
  port: env.REFERENCE_TABYS_PORT,
  dataDir: join(env.REFERENCE_DATA_DIR, "tabys"),
  botSecret: env.TABYS_BOT_SECRET,
  logger: log("tabys"),
});
const roa2web = await startRoa2webBackend({
  ...common,
  port: env.REFERENCE_ROA2WEB_PORT,
  dataDir: join(env.REFERENCE_DATA_DIR, "roa2web"),
  internalApiKey: env.ERP_INTERNAL_API_KEY,
  ...(env.REFERENCE_ERP_BOT_USERNAME ? { botUsername: env.REFERENCE_ERP_BOT_USERNAME } : {}),
  logger: log("roa2web"),
});
logger.info(
  { plume: plume.url, tabys: tabys.url, roa2web: roa2web.url },
  "reference backends are listening (demo data only)",
);

closeOnSignals(logger, () => Promise.all([plume.close(), tabys.close(), roa2web.close()]));
