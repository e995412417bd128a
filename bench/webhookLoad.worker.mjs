/**
 * The load generator for the webhook benchmark, in its own thread so that sending requests does
 * not take CPU from the server being measured. Posts updates and reports each latency.
 * Plain JavaScript: worker threads do not inherit tsx's loader on Node 20.
 */
import { parentPort, workerData } from "node:worker_threads";
import { Pool } from "undici";

/**
 * @type {{ url: string, secret: string, firstUpdateId: number, mode: "saturate" | "paced",
 *          total: number, concurrency: number, rate: number }}
 * Saturation: `total` updates from `concurrency` senders. Paced: `rate` per second for `total`.
 */
const job = workerData;
const pool = new Pool(job.url, { connections: job.concurrency });
let updateId = job.firstUpdateId;

/** @returns {Promise<number>} the latency in ms */
async function post() {
  const id = updateId++;
  const chat = 1000 + (id % 5000);
  const body = JSON.stringify({
    update_id: id,
    message: {
      message_id: id,
      date: 0,
      chat: { id: chat, type: "private", first_name: "U" },
      from: { id: chat, is_bot: false, first_name: "U" },
      text: "/probe",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  });
  const started = performance.now();
  const response = await pool.request({
    path: "/webhook/bench",
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": job.secret },
    body,
  });
  await response.body.dump();
  if (response.statusCode !== 200) throw new Error(`webhook answered ${response.statusCode}`);
  return performance.now() - started;
}

/** @type {number[]} */
const latencies = [];
const started = performance.now();
if (job.mode === "saturate") {
  let remaining = job.total;
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (remaining-- > 0) latencies.push(await post());
    }),
  );
} else {
  const pending = [];
  for (let i = 0; i < job.total; i++) {
    const wait = started + (i * 1000) / job.rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(post().then((latency) => void latencies.push(latency)));
  }
  await Promise.all(pending);
}
const seconds = (performance.now() - started) / 1000;
await pool.close();
parentPort?.postMessage({ latencies, seconds });
