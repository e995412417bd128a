import { once } from "node:events";
import { Worker } from "node:worker_threads";
import Fastify from "fastify";
import { z } from "zod";
import { defineModule } from "../src/kernel/defineModule.js";
import about from "../src/modules/about/index.js";
import { registerWebhookRoute } from "../src/runtime/webhook.js";
import { benchBot, benchServices, startBackend } from "./fixtures.js";
import { ms, percentile, report } from "./stats.js";

const SECRET = "bench-secret";
const locationSchema = z.object({ name: z.string() });
const TOKEN = "100200300:BENCH-token-secret-part-abcdefghij";

/**
 * Webhook in → session → backend call → reply out, the path DESIGN.md sets targets for. The
 * backend and a Bot API stand-in run in a worker thread; replies go out over HTTP as in production.
 */
export async function webhookThroughput(): Promise<void> {
  const backend = await startBackend();
  const { services, close } = await benchServices();
  const client = services.http({ name: "bench", baseUrl: backend.url, timeoutMs: 2000 });
  const probe = defineModule({
    name: "probe",
    commands: [{ command: "probe", description: "x" }],
    setup({ composer }) {
      composer.command("probe", async (ctx) => {
        const state = ctx.session.modules as Record<string, number>;
        state.count = (state.count ?? 0) + 1;
        const location = await client.request({ path: "/location", schema: locationSchema, cache: false });
        await ctx.reply(`${location.name}: ${state.count}`);
      });
    },
  });
  const { built } = await benchBot(
    {
      id: "bench",
      token: TOKEN,
      modules: [
        { module: about, config: {} },
        { module: probe, config: {} },
      ],
    },
    services,
    "webhook",
    backend.url,
  );
  const http = Fastify({ logger: false });
  registerWebhookRoute(http, SECRET).add(built);
  await http.listen({ port: 0, host: "127.0.0.1" });
  const address = http.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  let nextUpdateId = 1;
  const load = async (mode: "saturate" | "paced", total: number, rate = 0) => {
    const firstUpdateId = nextUpdateId;
    nextUpdateId += total;
    const worker = new Worker(new URL("./webhookLoad.worker.mjs", import.meta.url), {
      workerData: { url, secret: SECRET, firstUpdateId, mode, total, concurrency: 64, rate },
    });
    const [result] = (await once(worker, "message")) as [{ latencies: number[]; seconds: number }];
    await worker.terminate();
    return { ...result, latencies: result.latencies.sort((a, b) => a - b) };
  };

  await load("saturate", 500); // warm-up: JIT, prepared statements, connections
  const saturated = await load("saturate", 6000);
  report("Webhook → session → backend → reply (saturated, 64 concurrent)", [
    ["updates", 6000],
    [
      "throughput",
      `${Math.round(6000 / saturated.seconds).toLocaleString("en-US")} updates/s (target ≥ 3,000)`,
    ],
    ["p50 latency", ms(percentile(saturated.latencies, 50))],
    ["p99 latency", ms(percentile(saturated.latencies, 99))],
  ]);

  // Steady rates: the target's 1,000 updates/s, and half of it to show latency below saturation.
  for (const rate of [500, 1000]) {
    const paced = await load("paced", rate * 3, rate);
    report(`Webhook at a steady ${rate.toLocaleString("en-US")} updates/s for 3 s`, [
      ["updates", paced.latencies.length],
      ["p50 latency", ms(percentile(paced.latencies, 50))],
      ["p99 latency", `${ms(percentile(paced.latencies, 99))}${rate === 1000 ? " (target ≤ 25 ms)" : ""}`],
    ]);
  }
  report("Webhook totals", [
    ["backend requests", await backend.requests()],
    ["replies sent", await backend.apiCalls()],
  ]);

  await http.close();
  await client.close();
  await backend.close();
  await close();
}
