/**
 * The job runner for several instances: BullMQ on Redis. Each runner owns one Queue (to add jobs)
 * and, once started, one Worker (to run them). Idempotency comes from BullMQ job ids, and
 * repeatable jobs are job schedulers, so each tick is one job in Redis that exactly one worker
 * takes, however many instances run. Cron jobs are job schedulers with `{ pattern, tz }`: BullMQ
 * computes their ticks with the same cron-parser as the embedded runner.
 */
import { type JobsOptions, Queue, Worker } from "bullmq";
import type { Logger } from "pino";
import { assertCronSpec } from "./cronSchedule.js";
import { dueAt, type JobHandler, type JobRunner } from "./jobRunner.js";

/** Options for {@link createBullmqJobRunner}. */
export interface BullmqJobRunnerOptions {
  /** The Redis to use, normally the same as `STORAGE_URL`. */
  redisUrl: string;
  logger: Logger;
  /** Queue name; every instance of a deployment must use the same one. Default `jobs`. */
  queueName?: string;
  /** BullMQ key prefix. Default `switchboard:bull`, next to the storage's `switchboard:` keys. */
  prefix?: string;
  /** Attempts per job. Default 3. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt. Default 1 s. */
  retryDelayMs?: number;
  /** Jobs one instance runs at the same time. Default 4. */
  concurrency?: number;
}

/** What is stored as BullMQ job data: the caller's id travels with the data. */
interface Envelope {
  id: string;
  data: unknown;
}

/**
 * BullMQ refuses custom ids that contain `:` or look like integers; escaping `%` and `:` and adding
 * a prefix maps every id of ours to an acceptable one, one-to-one.
 */
export function bullmqJobId(id: string): string {
  return `job-${id.replaceAll("%", "%25").replaceAll(":", "%3A")}`;
}

/** The BullMQ-backed job runner. */
export function createBullmqJobRunner(options: BullmqJobRunnerOptions): JobRunner {
  const { logger } = options;
  const queueName = options.queueName ?? "jobs";
  const connection = { url: options.redisUrl };
  const prefix = options.prefix ?? "switchboard:bull";
  const jobOptions: JobsOptions = {
    attempts: options.maxAttempts ?? 3,
    backoff: { type: "exponential", delay: options.retryDelayMs ?? 1000 },
    // Removing finished jobs frees their ids, matching the embedded runner: "pending" means not yet run.
    removeOnComplete: true,
    removeOnFail: true,
  };
  const handlers = new Map<string, JobHandler>();
  const queue = new Queue<Envelope>(queueName, { connection, prefix });
  queue.on("error", (error) => logger.error({ err: error }, "jobs: queue error"));
  let worker: Worker<Envelope> | undefined;
  let stopped = false;

  async function process(job: { name: string; data: Envelope }): Promise<void> {
    const handler = handlers.get(job.name);
    if (!handler) throw new Error(`jobs: no handler for job "${job.name}"`);
    await handler(job.data.data, { id: job.data.id, name: job.name });
  }

  return {
    define(name, handler) {
      handlers.set(name, handler);
    },
    async schedule(name, data, options) {
      const { id } = options;
      // Absolute times become a delay from this machine's clock: keep instances' clocks in sync (NTP).
      const now = Date.now();
      const delay = Math.max(0, dueAt(options, now) - now);
      // An existing job with this id (waiting, delayed or running) makes BullMQ ignore the add.
      await queue.add(name, { id, data }, { ...jobOptions, jobId: bullmqJobId(id), delay });
    },
    async every(name, data, { id, intervalMs }) {
      if (!(intervalMs > 0)) throw new RangeError(`jobs: intervalMs must be > 0, got ${intervalMs}`);
      await queue.upsertJobScheduler(
        bullmqJobId(id),
        { every: intervalMs },
        { name, data: { id, data }, opts: jobOptions },
      );
    },
    async cron(name, data, { id, pattern, tz }) {
      assertCronSpec({ pattern, tz });
      const schedulerId = bullmqJobId(id);
      const existing = await queue.getJobScheduler(schedulerId);
      // Upserting an unchanged pattern would move an overdue tick to the next one, losing the
      // catch-up run after downtime; so an unchanged schedule is left alone, as the embedded runner does.
      if (
        existing?.name === name &&
        existing.pattern === pattern &&
        existing.tz === tz &&
        JSON.stringify(existing.template?.data) === JSON.stringify({ id, data })
      ) {
        return;
      }
      await queue.upsertJobScheduler(
        schedulerId,
        { pattern, tz },
        { name, data: { id, data }, opts: jobOptions },
      );
    },
    async cancel(id) {
      const jobId = bullmqJobId(id);
      await queue.removeJobScheduler(jobId);
      try {
        await queue.remove(jobId);
      } catch (error) {
        // A running job is locked and cannot be removed; it finishes and is then deleted anyway.
        logger.debug({ err: error, id }, "jobs: could not remove a running job");
      }
    },
    async start() {
      if (worker || stopped) return;
      worker = new Worker<Envelope>(queueName, process, {
        connection,
        prefix,
        concurrency: options.concurrency ?? 4,
      });
      worker.on("failed", (job, error) => {
        const attempt = job?.attemptsMade;
        const log = {
          err: error,
          job: job?.name,
          id: job?.data.id,
          attempt,
          maxAttempts: jobOptions.attempts,
        };
        logger.warn(log, "jobs: attempt failed");
      });
      worker.on("error", (error) => logger.error({ err: error }, "jobs: worker error"));
      await worker.waitUntilReady();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // Closing the worker waits for running handlers; the queue goes last so they can still add jobs.
      await worker?.close();
      await queue.close();
    },
  };
}
