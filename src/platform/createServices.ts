import type { Logger } from "pino";
import { Registry } from "prom-client";
import { createAuditLog } from "./audit/auditLog.js";
import { createBackendClientFactory } from "./http/createBackendClient.js";
import { createJobRunner } from "./jobs/createJobRunner.js";
import { createRateLimits } from "./rateLimit/rateLimits.js";
import { createSecretBox } from "./secrets/secretBox.js";
import type { Services } from "./services.js";
import { createStorage } from "./storage/createStorage.js";
import { withPrefetch } from "./storage/prefetch.js";

export interface ServicesOptions {
  logger: Logger;
  /** `sqlite:<path>` or `redis://…` (STORAGE_URL). */
  storageUrl: string;
  /** Folder for the generated secret key (DATA_DIR). */
  dataDir: string;
  /** SWITCHBOARD_SECRET_KEY; a key is generated into `dataDir` when absent. */
  secretKey?: string;
  generalRateLimit: number;
  loginRateLimit: number;
  /** A registry to add metrics to; a fresh one by default. */
  registry?: Registry;
  /** Prefix for every storage key and job queue: lets tests share one Redis without meeting. */
  namespace?: string;
  /** The embedded job runner's clock (tests that move time); default `Date.now`. */
  now?: () => number;
}

/**
 * Builds the one `services` object of a process (or a test). Nothing here is a module-level
 * singleton: every call makes its own storage connection, registry and job runner.
 */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const { logger } = options;
  const metrics = options.registry ?? new Registry();
  const storage = withPrefetch(
    await createStorage(options.storageUrl, {
      logger,
      ...(options.namespace ? { keyPrefix: options.namespace } : {}),
    }),
  );
  const audit = createAuditLog(storage);
  return {
    storage,
    secrets: createSecretBox({ keys: options.secretKey, dataDir: options.dataDir, logger }),
    http: createBackendClientFactory({ registry: metrics, logger }),
    rateLimits: createRateLimits({
      storage,
      generalPerMinute: options.generalRateLimit,
      loginPerMinute: options.loginRateLimit,
    }),
    audit,
    jobs: createJobRunner({
      storage,
      logger,
      ...(storage.kind === "redis" ? { redisUrl: options.storageUrl } : {}),
      ...(options.namespace ? { namespace: options.namespace } : {}),
      ...(options.now ? { now: options.now } : {}),
    }),
    logger,
    metrics,
  };
}

/** Stops jobs and closes the store: the last step of a graceful shutdown. */
export async function closeServices(services: Services): Promise<void> {
  await services.jobs.stop();
  await services.storage.close();
}
