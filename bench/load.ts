import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { percentile } from "./stats.js";

/** A webhook to load: its server, route and secret token. */
export interface WebhookTarget {
  url: string;
  path: string;
  secret: string;
}

/** Who sends what: update n comes from `users[n % users.length]`, in its private chat or `group`. */
export interface Traffic {
  users: readonly number[];
  text: string;
  group?: { id: number; title: string };
  /** Text that marks a report, counted when it comes back as a webhook reply. */
  marker?: string;
}

export interface LoadResult {
  updates: number;
  seconds: number;
  /** Sorted, ms. */
  latencies: number[];
  throughput: number;
  p50: number;
  p99: number;
  /** Answers that came back in the webhook's HTTP response, and how many held the marker. */
  webhookReplies: number;
  webhookMarked: number;
}

/** How many updates are in flight when saturating a webhook. */
export const CONCURRENCY = 64;

/**
 * Runs the load generator (webhookLoad.worker.mjs, its own thread) against `target`: `total`
 * updates from 64 concurrent senders ("saturate"), or `rate` updates per second ("paced").
 * Update ids never repeat within one generator, so de-duplication never drops one.
 */
export function loadGenerator(target: WebhookTarget) {
  let nextUpdateId = 1;
  return async (
    traffic: Traffic,
    mode: "saturate" | "paced",
    total: number,
    rate = 0,
  ): Promise<LoadResult> => {
    const firstUpdateId = nextUpdateId;
    nextUpdateId += total;
    const worker = new Worker(new URL("./webhookLoad.worker.mjs", import.meta.url), {
      workerData: { ...target, ...traffic, firstUpdateId, mode, total, concurrency: CONCURRENCY, rate },
    });
    const [result] = (await Promise.race([
      once(worker, "message"),
      once(worker, "error").then(([error]) => Promise.reject(error)),
    ])) as [{ latencies: number[]; seconds: number; webhookReplies: number; webhookMarked: number }];
    await worker.terminate();
    const latencies = result.latencies.sort((a, b) => a - b);
    return {
      updates: total,
      seconds: result.seconds,
      latencies,
      throughput: total / result.seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      webhookReplies: result.webhookReplies,
      webhookMarked: result.webhookMarked,
    };
  };
}

export type LoadGenerator = ReturnType<typeof loadGenerator>;
