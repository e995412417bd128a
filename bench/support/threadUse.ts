/**
 * What the bench's threads used during a run: the bot thread's own CPU time, and how busy each
 * worker thread (backends, load generator, Bot API stand-in) was.
 *
 * For the bot thread, event-loop utilization counts the time the thread is not idle, including the
 * time it waits for a core while the bench's other threads hold both of this machine's two; the
 * scheduler's own statistics (`/proc/self/task/<tid>/schedstat`: nanoseconds run, nanoseconds
 * waited) tell the two apart, so the figure moves much less with the machine's load. Where they
 * are missing (not Linux), the event loop's active time stands in and nothing is reported as
 * waited. For the workers, the share of the run they were busy is what tells a saturated one.
 */
import { readFileSync } from "node:fs";
import { type EventLoopUtilization, performance } from "node:perf_hooks";
import type { Worker } from "node:worker_threads";

/** Run and wait times of the main thread so far, in ms. */
function mainThread(): { runMs: number; waitMs: number } {
  try {
    const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ");
    return { runMs: Number(run) / 1e6, waitMs: Number(wait) / 1e6 };
  } catch {
    return { runMs: performance.eventLoopUtilization().active, waitMs: 0 };
  }
}

export interface ThreadUse<W extends readonly Worker[]> {
  /** The bot thread's CPU time and time spent waiting for a core, ms. */
  bot: { runMs: number; waitMs: number };
  /** Each worker's event-loop utilization over the run, in the order given. */
  workers: { [K in keyof W]: EventLoopUtilization };
}

/** Starts measuring; the returned function tells what each thread used since. */
export function threadUse<const W extends readonly Worker[]>(workers: W): () => ThreadUse<W> {
  const bot = mainThread();
  const busy = workers.map((worker) => worker.performance.eventLoopUtilization());
  return () => {
    const now = mainThread();
    return {
      bot: { runMs: now.runMs - bot.runMs, waitMs: now.waitMs - bot.waitMs },
      workers: workers.map((worker, i) =>
        worker.performance.eventLoopUtilization(worker.performance.eventLoopUtilization(), busy[i]),
      ) as ThreadUse<W>["workers"],
    };
  };
}
