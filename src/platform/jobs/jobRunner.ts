/**
 * Receives a job's `data` (as stored: JSON, so a `Date` arrives as a string) and the id it was
 * scheduled under. Throwing marks the attempt as failed: it is logged and retried with backoff a
 * bounded number of times. Handlers should be idempotent: a job may run again after a crash.
 */
export type JobHandler = (data: unknown, job: { id: string; name: string }) => Promise<void>;

/**
 * Scheduled and delayed work. Jobs are idempotent by id: scheduling an id that is already
 * pending does nothing. Embedded store: in-process scheduler whose state lives in the store
 * (a job due while the process was down runs at start-up). Redis: BullMQ.
 * Build one with `createJobRunner`.
 */
export interface JobRunner {
  /** Registers the handler for a job name. Call before `start`. */
  define(name: string, handler: JobHandler): void;
  /** Runs once after `delayMs` (0 = as soon as possible). May be called before `start`. */
  schedule(name: string, data: unknown, options: { id: string; delayMs?: number }): Promise<void>;
  /**
   * Runs every `intervalMs`, once across instances; the first run is right away. Calling it again
   * with the same id and interval (every start-up does) keeps the existing schedule; another
   * interval replaces it. Runs missed while stopped are not replayed one by one: one run catches up.
   */
  every(name: string, data: unknown, options: { id: string; intervalMs: number }): Promise<void>;
  /** Removes a pending job or a repeatable schedule with this id; a run in progress finishes. */
  cancel(id: string): Promise<void>;
  /** Starts running due jobs (including those that fell due while the process was down). */
  start(): Promise<void>;
  /** Stops taking jobs and waits for running handlers to finish. Does not close the storage. */
  stop(): Promise<void>;
}
