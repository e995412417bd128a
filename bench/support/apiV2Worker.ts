/**
 * The real API V2 (backends/apiv2) on a SQLite file in a temporary folder, in a worker thread
 * (started through apiV2.worker.mjs), so its work is not counted against the bot it serves.
 *
 * Posts `{ url, key, database }` when listening, then answers `{ id, op: "counts" }` with
 * `{ id, result: RequestCounts }` (requests so far, per part and per route).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import { startApiV2Backend } from "../../backends/apiv2/index.js";

const apiV2 = await startApiV2Backend({ dataDir: mkdtempSync(join(tmpdir(), "sb-bench-apiv2-")) });
parentPort?.postMessage({ url: apiV2.url, key: apiV2.key, database: apiV2.dialect });
parentPort?.on("message", (message: { id: number; op: string }) => {
  if (message.op === "counts") parentPort?.postMessage({ id: message.id, result: apiV2.counts() });
});
