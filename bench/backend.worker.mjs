/**
 * The local backend the webhook benchmark's module calls, in its own thread so its work is not
 * counted against the bot's. Plain JavaScript: worker threads do not inherit tsx's loader on Node 20.
 * Posts `{ port }` when listening; answers `"count"` messages with the number of requests served.
 */
import { createServer } from "node:http";
import { parentPort } from "node:worker_threads";

let requests = 0;
const body = JSON.stringify({ id: "loc-1", name: "Home", state: "online" });
const server = createServer((_req, res) => {
  requests++;
  res.setHeader("content-type", "application/json");
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  parentPort?.postMessage({ port: typeof address === "object" && address ? address.port : 0 });
});
parentPort?.on("message", (message) => {
  if (message === "count") parentPort?.postMessage({ requests });
  if (message === "close") server.close(() => process.exit(0));
});
