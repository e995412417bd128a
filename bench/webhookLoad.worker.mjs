/**
 * The load generator for the webhook benchmarks, in its own thread so that sending requests does
 * not take CPU from the server being measured. Posts message updates and reports each latency.
 * Plain JavaScript: worker threads do not inherit tsx's loader on Node 20.
 */
import { parentPort, workerData } from "node:worker_threads";
import { Pool } from "undici";

/**
 * @type {{ url: string, path: string, secret: string, firstUpdateId: number,
 *          mode: "saturate" | "paced", total: number, concurrency: number, rate: number,
 *          users: number[], text: string, group?: { id: number, title: string } }}
 * Saturation: `total` updates from `concurrency` senders. Paced: `rate` per second for `total`.
 * Update n comes from `users[n % users.length]`, in its private chat, or in `group` when given.
 * A `text` starting with "/" is sent as a command.
 */
const job = workerData;
const pool = new Pool(job.url, { connections: job.concurrency });
const command = job.text.startsWith("/") ? job.text.split(" ")[0].length : 0;
const entities = command > 0 ? [{ type: "bot_command", offset: 0, length: command }] : undefined;
let updateId = job.firstUpdateId;
let sent = 0;

/** @returns {Promise<number>} the latency in ms */
async function post() {
  const id = updateId++;
  const user = job.users[sent++ % job.users.length];
  const from = { id: user, is_bot: false, first_name: `U${user}`, language_code: "en" };
  const chat = job.group
    ? { id: job.group.id, type: "supergroup", title: job.group.title }
    : { id: user, type: "private", first_name: from.first_name };
  const body = JSON.stringify({
    update_id: id,
    message: { message_id: id, date: Math.floor(Date.now() / 1000), chat, from, text: job.text, entities },
  });
  const started = performance.now();
  const response = await pool.request({
    path: job.path,
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": job.secret },
    body,
  });
  // A webhook reply: the bot's answer in the HTTP response instead of a Bot API call.
  const answer = await response.body.text();
  if (response.statusCode !== 200) throw new Error(`webhook answered ${response.statusCode}`);
  if (answer.includes('"method"')) {
    webhookReplies++;
    if (job.marker !== undefined && answer.includes(job.marker)) webhookMarked++;
  }
  return performance.now() - started;
}

/** @type {number[]} */
const latencies = [];
let webhookReplies = 0;
let webhookMarked = 0;
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
parentPort?.postMessage({ latencies, seconds, webhookReplies, webhookMarked });
