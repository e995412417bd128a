import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import pino from "pino";
import type { BotConfig } from "../src/config/loadConfig.js";
import { buildBot } from "../src/kernel/buildBot.js";
import { closeServices, createServices } from "../src/platform/createServices.js";
import type { Services } from "../src/platform/services.js";

/** Request/answer over a worker's message port: `{ id, op, ...args }` → `{ id, result }`. */
export function workerRpc(worker: Worker) {
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  worker.on("message", (message: { id?: number; result?: unknown }) => {
    if (message.id === undefined) return;
    waiting.get(message.id)?.(message.result);
    waiting.delete(message.id);
  });
  return <T>(op: string, args: Record<string, unknown> = {}): Promise<T> =>
    new Promise<T>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve as (result: unknown) => void);
      worker.postMessage({ id, op, ...args });
    });
}

/**
 * A worker thread from `file` (next to this one) and the first message it posts (its address).
 * `.mjs` workers are plain JavaScript; `plume.worker.mjs` loads TypeScript through tsx itself.
 */
export async function startWorker<Ready>(file: string, workerData?: unknown) {
  const worker = new Worker(new URL(file, import.meta.url), { workerData });
  const [ready] = (await Promise.race([
    once(worker, "message"),
    once(worker, "error").then(([error]) => Promise.reject(error)),
  ])) as [Ready];
  return { worker, ready, call: workerRpc(worker) };
}

export interface StandInCounts {
  /** GETs the backend served. */
  requests: number;
  /** Bot API calls. */
  apiCalls: number;
  /** Bot API calls whose body held the marker set with `mark`. */
  marked: number;
}

/**
 * A local backend answering every GET with a small JSON document, and a Bot API stand-in
 * answering every call as Telegram would (one worker thread: backend.worker.mjs).
 */
export async function startBackend() {
  const { worker, ready, call } = await startWorker<{ port: number }>("./backend.worker.mjs");
  const counts = () => call<StandInCounts>("count");
  return {
    url: `http://127.0.0.1:${ready.port}`,
    worker,
    counts,
    requests: async () => (await counts()).requests,
    apiCalls: async () => (await counts()).apiCalls,
    /** Counts, from now on, the Bot API calls whose body contains `value`. */
    mark: (value: string) => call<null>("mark", { value }),
    /** Keeps the last text message sent (or edited) per chat, while setting users up. */
    record: (on: boolean) => call<null>("record", { on }),
    /** The last text message's body for `chatId`, while recording. */
    last: <T = Record<string, unknown>>(chatId: number) => call<T | null>("last", { chatId }),
    close: async () => {
      await worker.terminate();
    },
  };
}

export type StandIn = Awaited<ReturnType<typeof startBackend>>;

export async function benchServices(storageUrl?: string) {
  const dir = mkdtempSync(join(tmpdir(), "sb-bench-"));
  const services = await createServices({
    logger: pino({ level: "silent" }),
    storageUrl: storageUrl ?? `sqlite:${join(dir, "bench.db")}`,
    dataDir: dir,
    generalRateLimit: 1_000_000,
    loginRateLimit: 5,
  });
  return { services, close: () => closeServices(services) };
}

/** A bot built by the kernel, its Bot API calls answered in-process at once; `sent()` counts them. */
export async function benchBot(config: BotConfig, services: Services, mode: "polling" | "webhook") {
  let sent = 0;
  const fakeTelegram = async (): Promise<Response> => {
    sent++;
    const result = { message_id: sent, date: 0, chat: { id: 1, type: "private" } };
    return new Response(JSON.stringify({ ok: true, result }));
  };
  const built = await buildBot(config, {
    services,
    logger: pino({ level: "silent" }),
    apiRoot: "http://127.0.0.1:1",
    version: "bench",
    botInfo: { id: 1, is_bot: true, first_name: "Bench", username: "bench_bot" } as never,
    mode,
    fetch: fakeTelegram as typeof fetch,
  });
  return { built, sent: () => sent };
}
