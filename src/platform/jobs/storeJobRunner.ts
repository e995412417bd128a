/**
 * The embedded scheduler: job state lives in the Storage (`<prefix>pending:<id>` → due time,
 * attempts, interval or cron pattern), timers only decide when to look. So a restart loses nothing,
 * and a job that fell due while the process was down runs on the first look after `start`.
 *
 * Meant for the SQLite store and one process. A short lock per run (`<prefix>lock:<id>`, via
 * setIfAbsent) still keeps two processes sharing the file from running the same job at once.
 */
import type { Logger } from "pino";
import type { Storage } from "../storage/storage.js";
import { assertCronSpec, type CronSpec, nextCronRun } from "./cronSchedule.js";
import { dueAt, type JobHandler, type JobRunner } from "./jobRunner.js";

/** Options for {@link createStoreJobRunner}. */
export interface StoreJobRunnerOptions {
  storage: Storage;
  logger: Logger;
  /** Longest wait between looks at the store (a job scheduled elsewhere is seen by then). Default 1 s. */
  pollIntervalMs?: number;
  /** Attempts per run before giving up (one-off) or waiting for the next tick (repeatable). Default 3. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt. Default 1 s. */
  retryDelayMs?: number;
  /** Storage key prefix for job state. Default `jobs:`. */
  keyPrefix?: string;
  /**
   * The clock due times are read from and written with. Default `Date.now`. Tests pass a manual
   * clock and call {@link StoreJobRunner.runDue}; the poll timer still runs on real time.
   */
  now?: () => number;
}

/** The embedded runner: a {@link JobRunner} plus a way to drive it with a manual clock. */
export interface StoreJobRunner extends JobRunner {
  /**
   * Looks at the store now and waits for the runs it started (and their bookkeeping) to finish.
   * For tests with a manual clock: move the clock, then `await runDue()`. Needs `start()` first.
   */
  runDue(): Promise<void>;
}

/** A job as kept in the store. */
interface StoredJob {
  name: string;
  data: unknown;
  /** Epoch ms when the job (or its next run) is due. */
  dueAt: number;
  /** Failed attempts of the current run. */
  attempts: number;
  /** Present for jobs repeating at an interval. */
  intervalMs?: number;
  /** Present for cron jobs. */
  cron?: CronSpec;
}

/** When a repeatable job runs next after a run that ended at `now`; undefined for one-off jobs. */
function nextRunOf(job: StoredJob, now: number): number | undefined {
  if (job.cron) return nextCronRun(job.cron, now);
  if (job.intervalMs === undefined) return undefined;
  // Keep the cadence when on time; after downtime, one catch-up run then back to the interval.
  return job.dueAt + job.intervalMs > now ? job.dueAt + job.intervalMs : now + job.intervalMs;
}

// A run that outlives this is assumed dead (crashed process) and the job becomes runnable again.
const LOCK_TTL_MS = 10 * 60_000;

/** The in-process job runner on a Storage. */
export function createStoreJobRunner(options: StoreJobRunnerOptions): StoreJobRunner {
  const { storage, logger } = options;
  const now = options.now ?? Date.now;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const pendingPrefix = `${options.keyPrefix ?? "jobs:"}pending:`;
  const lockPrefix = `${options.keyPrefix ?? "jobs:"}lock:`;

  const handlers = new Map<string, JobHandler>();
  const running = new Map<string, Promise<void>>();
  /** Ids cancelled while running: their run must not write the job back. */
  const cancelled = new Set<string>();
  const warnedUnknown = new Set<string>();
  /** Ids another process holds the lock of, and until when to leave them alone (no busy retry). */
  const lockedElsewhere = new Map<string, number>();
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let scanning: Promise<void> | undefined;
  let scanAgain = false;

  async function finish(id: string, job: StoredJob, error: unknown): Promise<void> {
    if (cancelled.has(id)) return;
    const key = pendingPrefix + id;
    const time = now();
    if (error === undefined) {
      const next = nextRunOf(job, time);
      if (next === undefined) await storage.delete(key);
      else await storage.set(key, { ...job, dueAt: next, attempts: 0 });
      return;
    }
    const attempts = job.attempts + 1;
    const log = { err: error, job: job.name, id, attempt: attempts, maxAttempts };
    if (attempts < maxAttempts) {
      logger.warn(log, "jobs: attempt failed, will retry");
      await storage.set(key, { ...job, attempts, dueAt: time + retryDelayMs * 2 ** (attempts - 1) });
    } else if (job.intervalMs !== undefined || job.cron) {
      logger.error(log, "jobs: repeatable job failed every attempt; waiting for its next tick");
      const next = job.cron ? nextCronRun(job.cron, time) : time + job.intervalMs!;
      await storage.set(key, { ...job, attempts: 0, dueAt: next });
    } else {
      logger.error(log, "jobs: job failed every attempt; giving up");
      await storage.delete(key);
    }
  }

  async function run(id: string, handler: JobHandler): Promise<void> {
    const lock = lockPrefix + id;
    if (!(await storage.setIfAbsent(lock, now(), LOCK_TTL_MS))) {
      lockedElsewhere.set(id, now() + pollIntervalMs);
      return;
    }
    try {
      // Re-read under the lock: another process may have run, rescheduled or cancelled it.
      const job = await storage.get<StoredJob>(pendingPrefix + id);
      if (!job || job.dueAt > now()) return;
      let failure: unknown;
      try {
        await handler(job.data, { id, name: job.name });
      } catch (error) {
        failure = error ?? new Error("job handler threw a nullish value");
      }
      await finish(id, job, failure);
    } finally {
      await storage.delete(lock);
    }
  }

  function launch(id: string, handler: JobHandler): void {
    const done = run(id, handler)
      .catch((error: unknown) => logger.error({ err: error, id }, "jobs: bookkeeping failed"))
      .finally(() => {
        running.delete(id);
        cancelled.delete(id);
        wake();
      });
    running.set(id, done);
  }

  /** One look at the store: start what is due, then sleep until the next due time (or the poll). */
  async function scan(): Promise<void> {
    const time = now();
    let nextLook = time + pollIntervalMs;
    for (const key of await storage.listKeys(pendingPrefix)) {
      const id = key.slice(pendingPrefix.length);
      if (running.has(id) || (lockedElsewhere.get(id) ?? 0) > time) continue;
      lockedElsewhere.delete(id);
      const job = await storage.get<StoredJob>(key);
      if (!job) continue;
      if (job.dueAt > time) {
        nextLook = Math.min(nextLook, job.dueAt);
        continue;
      }
      const handler = handlers.get(job.name);
      if (!handler) {
        // Left pending: the module that handles it may be enabled again.
        if (!warnedUnknown.has(job.name)) logger.warn({ job: job.name, id }, "jobs: no handler for due job");
        warnedUnknown.add(job.name);
        continue;
      }
      if (started) launch(id, handler);
    }
    if (!started) return;
    clearTimeout(timer);
    timer = setTimeout(wake, Math.max(0, nextLook - now()));
    // Timers never keep the process alive; the server or poller does.
    timer.unref();
  }

  /** Scans now, or right after the scan in progress, never two at once. */
  function wake(): Promise<void> {
    if (!started) return Promise.resolve();
    if (scanning) {
      scanAgain = true;
      return scanning;
    }
    scanning = (async () => {
      try {
        do {
          scanAgain = false;
          await scan();
        } while (scanAgain && started);
      } catch (error) {
        logger.error({ err: error }, "jobs: scanning the store failed");
        if (started) {
          timer = setTimeout(wake, pollIntervalMs);
          timer.unref();
        }
      } finally {
        scanning = undefined;
      }
    })();
    return scanning;
  }

  return {
    define(name, handler) {
      handlers.set(name, handler);
    },
    async schedule(name, data, options) {
      const job: StoredJob = { name, data, dueAt: dueAt(options, now()), attempts: 0 };
      if (await storage.setIfAbsent(pendingPrefix + options.id, job)) void wake();
    },
    async every(name, data, { id, intervalMs }) {
      if (!(intervalMs > 0)) throw new RangeError(`jobs: intervalMs must be > 0, got ${intervalMs}`);
      const key = pendingPrefix + id;
      const existing = await storage.get<StoredJob>(key);
      if (existing?.name === name && existing.intervalMs === intervalMs) {
        if (JSON.stringify(existing.data) !== JSON.stringify(data))
          await storage.set(key, { ...existing, data });
        return;
      }
      await storage.set(key, { name, data, dueAt: now(), attempts: 0, intervalMs } satisfies StoredJob);
      void wake();
    },
    async cron(name, data, { id, pattern, tz }) {
      assertCronSpec({ pattern, tz });
      const key = pendingPrefix + id;
      const existing = await storage.get<StoredJob>(key);
      if (existing?.name === name && existing.cron?.pattern === pattern && existing.cron.tz === tz) {
        // Keeps dueAt, so a tick missed while the process was down still runs once at start-up.
        if (JSON.stringify(existing.data) !== JSON.stringify(data))
          await storage.set(key, { ...existing, data });
        return;
      }
      const cron: CronSpec = { pattern, tz };
      await storage.set(key, {
        name,
        data,
        dueAt: nextCronRun(cron, now()),
        attempts: 0,
        cron,
      } satisfies StoredJob);
      void wake();
    },
    async cancel(id) {
      if (running.has(id)) cancelled.add(id);
      await storage.delete(pendingPrefix + id);
    },
    async start() {
      if (started) return;
      started = true;
      await wake();
    },
    async runDue() {
      // A finished run wakes another look (it may have scheduled more): wait for those too.
      do {
        await wake();
        await Promise.all(running.values());
      } while (running.size > 0 || scanning !== undefined);
    },
    async stop() {
      started = false;
      clearTimeout(timer);
      await scanning;
      await Promise.all(running.values());
    },
  };
}
