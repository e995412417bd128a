/**
 * The local services the benchmarks' bots talk to, in their own thread so their work is not
 * counted against the bot's: a backend answering every GET with a small JSON document, and a
 * stand-in for the Bot API answering every `POST /bot<token>/<method>` like Telegram would.
 * Plain JavaScript: worker threads do not inherit tsx's loader on Node 20.
 * Posts `{ port }` when listening; answers `"count"` messages with the number of requests served.
 */
import { createServer } from "node:http";
import { parentPort } from "node:worker_threads";

let requests = 0;
let apiCalls = 0;
const body = JSON.stringify({ id: "loc-1", name: "Home", state: "online" });
let messageId = 0;
const server = createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  if (req.method === "POST" && req.url?.startsWith("/bot")) {
    // Drain the request, then answer as Telegram does for sendMessage.
    req.resume();
    req.on("end", () => {
      messageId++;
      apiCalls++;
      const result = { message_id: messageId, date: 0, chat: { id: 1, type: "private" }, text: "ok" };
      res.end(JSON.stringify({ ok: true, result }));
    });
    return;
  }
  requests++;
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  parentPort?.postMessage({ port: typeof address === "object" && address ? address.port : 0 });
});
parentPort?.on("message", (message) => {
  if (message === "count") parentPort?.postMessage({ requests, apiCalls });
  if (message === "close") server.close(() => process.exit(0));
});
