/**
 * The bot thread's own CPU time, for "bot thread per update" figures. Event-loop utilization
 * counts the time the thread is not idle, including the time it waits for a core while the bench's
 * other threads (backends, load generator) hold both of this machine's two; the scheduler's own
 * statistics (`/proc/self/task/<tid>/schedstat`: nanoseconds run, nanoseconds waited) tell the
 * two apart, so the figure moves much less with the machine's load. Where they are missing (not
 * Linux), the event loop's active time stands in and nothing is reported as waited.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

/** Run and wait times of the main thread so far, in ms. */
function now(): { runMs: number; waitMs: number } {
  try {
    const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ");
    return { runMs: Number(run) / 1e6, waitMs: Number(wait) / 1e6 };
  } catch {
    return { runMs: performance.eventLoopUtilization().active, waitMs: 0 };
  }
}

/** Starts a measurement of the main thread; the returned function tells the ms used since. */
export function threadCpu(): () => { runMs: number; waitMs: number } {
  const start = now();
  return () => {
    const end = now();
    return { runMs: end.runMs - start.runMs, waitMs: end.waitMs - start.waitMs };
  };
}
