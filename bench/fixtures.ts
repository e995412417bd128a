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

/** A local backend (in a worker thread) answering every GET with a small JSON document. */
export async function startBackend(): Promise<{
  url: string;
  requests: () => Promise<number>;
  apiCalls: () => Promise<number>;
  close: () => Promise<void>;
}> {
  const worker = new Worker(new URL("./backend.worker.mjs", import.meta.url));
  const [{ port }] = (await once(worker, "message")) as [{ port: number }];
  const counts = async () => {
    worker.postMessage("count");
    const [answer] = (await once(worker, "message")) as [{ requests: number; apiCalls: number }];
    return answer;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    requests: async () => (await counts()).requests,
    apiCalls: async () => (await counts()).apiCalls,
    close: async () => {
      await worker.terminate();
    },
  };
}

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

/**
 * A bot built by the kernel. Its Bot API calls go over HTTP to `apiRoot` when given, or are
 * answered in-process at once; `sent()` counts the in-process answers.
 */
export async function benchBot(
  config: BotConfig,
  services: Services,
  mode: "polling" | "webhook",
  /** A Bot API stand-in to call over HTTP, as a deployment would; answered in-process when absent. */
  apiRoot?: string,
) {
  let sent = 0;
  const fakeTelegram = async (): Promise<Response> => {
    sent++;
    const result = { message_id: sent, date: 0, chat: { id: 1, type: "private" } };
    return new Response(JSON.stringify({ ok: true, result }));
  };
  const built = await buildBot(config, {
    services,
    logger: pino({ level: "silent" }),
    apiRoot: apiRoot ?? "http://127.0.0.1:1",
    version: "bench",
    botInfo: { id: 1, is_bot: true, first_name: "Bench", username: "bench_bot" } as never,
    mode,
    ...(apiRoot ? {} : { fetch: fakeTelegram as typeof fetch }),
  });
  return { built, sent: () => sent };
}
