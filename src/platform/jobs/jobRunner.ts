export type JobHandler = (data: unknown, job: { id: string; name: string }) => Promise<void>;

/**
 * Scheduled and delayed work. Jobs are idempotent by id: scheduling an id that is already
 * pending does nothing. Embedded store: in-process scheduler whose state lives in the store
 * (a job due while the process was down runs at start-up). Redis: BullMQ.
 */
export interface JobRunner {
  /** Registers the handler for a job name. Call before `start`. */
  define(name: string, handler: JobHandler): void;
  /** Runs once after `delayMs` (0 = as soon as possible). */
  schedule(name: string, data: unknown, options: { id: string; delayMs?: number }): Promise<void>;
  /** Runs every `intervalMs`, once across instances. */
  every(name: string, data: unknown, options: { id: string; intervalMs: number }): Promise<void>;
  cancel(id: string): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
