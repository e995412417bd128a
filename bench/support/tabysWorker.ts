/**
 * The reference Tabys backend in a worker thread (started through tabys.worker.mjs), so its work
 * is not counted against the bot it serves: its seeded demo world (32 events, every third with a
 * photo) in an in-memory database.
 *
 * Posts `{ url, botSecret }` when listening, then answers `{ id, op: "counts" }` with
 * `{ id, result: RequestCounts }` (requests so far, per part and per route).
 */
import { parentPort } from "node:worker_threads";
import { startTabysBackend } from "../../backends/tabys/index.js";

const tabys = await startTabysBackend();
parentPort?.postMessage({ url: tabys.url, botSecret: tabys.botSecret });
parentPort?.on("message", (message: { id: number; op: string }) => {
  if (message.op === "counts") parentPort?.postMessage({ id: message.id, result: tabys.counts() });
});
