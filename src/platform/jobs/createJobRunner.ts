/**
 * Picks the job runner that fits the store: the embedded scheduler on SQLite, BullMQ on Redis
 * (where several instances share the work and a repeatable job must run once, not once each).
 */
import type { Logger } from "pino";
import type { Storage } from "../storage/storage.js";
import { createBullmqJobRunner } from "./bullmqJobRunner.js";
import type { JobRunner } from "./jobRunner.js";
import { createStoreJobRunner } from "./storeJobRunner.js";

/** Options for {@link createJobRunner}. */
export interface JobRunnerOptions {
  storage: Storage;
  logger: Logger;
  /** Required when `storage.kind` is `redis`: the Redis BullMQ connects to (normally `STORAGE_URL`). */
  redisUrl?: string;
  /** Embedded runner: longest wait between looks at the store. Default 1 s. */
  pollIntervalMs?: number;
  /** Attempts per job before giving up. Default 3. */
  maxAttempts?: number;
  /** First retry delay, doubling per attempt. Default 1 s. */
  retryDelayMs?: number;
  /**
   * Namespace for job state: the storage key prefix (embedded, default `jobs:`) or the BullMQ
   * prefix (Redis, default `switchboard:bull`). Tests set it to keep runs apart.
   */
  namespace?: string;
  /**
   * Embedded runner: the clock due times are read and written with (default `Date.now`); tests
   * that move a manual clock pass it, then call `runDue`. BullMQ keeps Redis's time.
   */
  now?: () => number;
}

/** Builds the job runner for `options.storage`; call `start()` after defining handlers. */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { storage, logger, maxAttempts, retryDelayMs, namespace } = options;
  if (storage.kind === "redis") {
    if (!options.redisUrl) {
      throw new Error("jobs: the store is Redis, so the job runner needs redisUrl (the STORAGE_URL)");
    }
    return createBullmqJobRunner({
      redisUrl: options.redisUrl,
      logger,
      maxAttempts,
      retryDelayMs,
      prefix: namespace,
    });
  }
  return createStoreJobRunner({
    storage,
    logger,
    pollIntervalMs: options.pollIntervalMs,
    maxAttempts,
    retryDelayMs,
    keyPrefix: namespace,
    ...(options.now ? { now: options.now } : {}),
  });
}
