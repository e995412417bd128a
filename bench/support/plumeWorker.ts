/**
 * The reference Plume backend in a worker thread (started through plume.worker.mjs), so its
 * work is not counted against the bot it serves. `workerData.locations`: how many customers
 * with one location each to add to the demo world (see benchWorld.ts).
 *
 * Posts `{ url, ssoTokenUrl, apiBase, reportsBase, locations }` when listening, then answers
 * `{ id, op: "counts" }` with `{ id, result: RequestCounts }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { startPlumeBackend } from "../../backends/plume/index.js";
import { addBenchLocations } from "./benchWorld.js";

const locations = addBenchLocations((workerData as { locations: number }).locations);
// No flapping pod: every /status of a run sees the same world.
const plume = await startPlumeBackend({ flapping: false });
parentPort?.postMessage({
  url: plume.url,
  ssoTokenUrl: plume.ssoTokenUrl,
  apiBase: plume.apiBase,
  reportsBase: plume.reportsBase,
  locations,
});
parentPort?.on("message", (message: { id: number; op: string }) => {
  if (message.op === "counts") parentPort?.postMessage({ id: message.id, result: plume.requestCounts() });
});
