import type { CronSpec } from "./cronSchedule.js";

/**
 * Receives a job's `data` (as stored: JSON, so a `Date` arrives as a string) and the id it was
 * scheduled under. Throwing marks the attempt as failed: it is logged and retried with backoff a
 * bounded number of times. Handlers should be idempotent: a job may run again after a crash.
 */
export type JobHandler = (data: unknown, job: { id: string; name: string }) => Promise<void>;

/**
 * When a one-off job runs: after `delayMs` (default 0 = as soon as possible), or at the instant
 * `at` (a `Date` or epoch ms; one in the past means as soon as possible). Not both. For "at 23:00
 * local time" compute `at` with `nextLocalTime` (localTime.ts).
 */
export type ScheduleOptions = { id: string } & (
  | { delayMs?: number; at?: undefined }
  | { at: Date | number; delayMs?: undefined }
);

/** A cron schedule under an id; see {@link CronSpec} for the pattern and zone. */
export type CronOptions = { id: string } & CronSpec;

/**
 * Scheduled and delayed work. Jobs are idempotent by id: scheduling an id that is already
 * pending does nothing. Embedded store: in-process scheduler whose state lives in the store
 * (a job due while the process was down runs at start-up). Redis: BullMQ.
 * Build one with `createJobRunner`.
 */
export interface JobRunner {
  /** Registers the handler for a job name. Call before `start`. */
  define(name: string, handler: JobHandler): void;
  /**
   * Runs once, after `delayMs` or at `at` (see {@link ScheduleOptions}). May be called before
   * `start`, and from a handler (a night-mode job schedules its own end). Scheduling an id that is
   * still pending does nothing, even with another time: `cancel` it first to move it.
   * Throws a RangeError for an invalid `at`, or when both `at` and `delayMs` are given.
   */
  schedule(name: string, data: unknown, options: ScheduleOptions): Promise<void>;
  /**
   * Runs every `intervalMs`, once across instances; the first run is right away. Calling it again
   * with the same id and interval (every start-up does) keeps the existing schedule; another
   * interval replaces it. Runs missed while stopped are not replayed one by one: one run catches up.
   */
  every(name: string, data: unknown, options: { id: string; intervalMs: number }): Promise<void>;
  /**
   * Runs at each tick of a cron pattern read in a time zone (`"0 9 * * *"` in `Europe/Bucharest`
   * is 07:00Z in winter, 06:00Z in summer), once across instances; the first run is the next tick,
   * not right away. Same rules as `every`: calling it again with the same id, name, pattern and zone
   * keeps the schedule (and a run that is overdue), anything else replaces it, and ticks missed while
   * stopped make one catch-up run at start-up. Validates at call time: a bad pattern or zone throws
   * a RangeError quoting it.
   */
  cron(name: string, data: unknown, options: CronOptions): Promise<void>;
  /** Removes a pending job or a repeatable schedule with this id; a run in progress finishes. */
  cancel(id: string): Promise<void>;
  /** Starts running due jobs (including those that fell due while the process was down). */
  start(): Promise<void>;
  /** Stops taking jobs and waits for running handlers to finish. Does not close the storage. */
  stop(): Promise<void>;
}

/**
 * The epoch ms a one-off job is due, from its options and the clock. Shared by both runners so they
 * accept and refuse the same options.
 */
export function dueAt(options: ScheduleOptions, now: number): number {
  const { at, delayMs } = options;
  if (at !== undefined) {
    if (delayMs !== undefined)
      throw new RangeError("jobs: give schedule() either `at` or `delayMs`, not both");
    const time = Number(at);
    if (!Number.isFinite(time))
      throw new RangeError(`jobs: schedule() got an invalid date for "${options.id}"`);
    return time;
  }
  const delay = delayMs ?? 0;
  if (!Number.isFinite(delay)) throw new RangeError(`jobs: delayMs must be a finite number, got ${delay}`);
  return now + Math.max(0, delay);
}
