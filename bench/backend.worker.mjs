/**
 * The local services the benchmarks' bots talk to, in their own thread so their work is not
 * counted against the bot's: a backend answering every GET with a small JSON document, and a
 * stand-in for the Bot API answering every `POST /bot<token>/<method>` like Telegram would.
 * Plain JavaScript: worker threads do not inherit tsx's loader on Node 20.
 *
 * Posts `{ port }` when listening, then answers requests `{ id, op }` with `{ id, result }`:
 * - `count`: `{ requests, apiCalls, marked }` (GETs served, Bot API calls, calls whose body held
 *   the marker);
 * - `mark` (`value`): count the Bot API calls whose body contains `value` from now on;
 * - `record` (`on`): keep (or stop keeping) the last text message's body per `chat_id`;
 * - `last` (`chatId`): that body, parsed, or null;
 * - `close`.
 */
import { createServer } from "node:http";
import { parentPort } from "node:worker_threads";

let requests = 0;
let apiCalls = 0;
let marked = 0;
/** @type {string | undefined} */
let marker;
let recording = false;
/** @type {Map<number, unknown>} */
const lastByChat = new Map();
const body = JSON.stringify({ id: "loc-1", name: "Home", state: "online" });
let messageId = 0;

/** @param {string} text */
function inspect(text) {
  if (marker !== undefined && text.includes(marker)) marked++;
  if (!recording) return;
  try {
    const payload = JSON.parse(text);
    // Messages only: a chat action ("typing…") may arrive after the message it was for.
    if (typeof payload?.chat_id === "number" && typeof payload.text === "string") {
      lastByChat.set(payload.chat_id, payload);
    }
  } catch {
    // not JSON (a file upload): nothing to record
  }
}

const server = createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  if (req.method === "POST" && req.url?.startsWith("/bot")) {
    // Read the request, then answer as Telegram does for sendMessage.
    const inspecting = marker !== undefined || recording;
    /** @type {Buffer[]} */
    const chunks = [];
    req.on("data", (chunk) => {
      if (inspecting) chunks.push(chunk);
    });
    req.on("end", () => {
      messageId++;
      apiCalls++;
      if (inspecting) inspect(Buffer.concat(chunks).toString("utf8"));
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
  const answer = (result) => parentPort?.postMessage({ id: message.id, result });
  switch (message.op) {
    case "count":
      return answer({ requests, apiCalls, marked });
    case "mark":
      marker = message.value;
      marked = 0;
      return answer(null);
    case "record":
      recording = Boolean(message.on);
      if (!recording) lastByChat.clear();
      return answer(null);
    case "last":
      return answer(lastByChat.get(message.chatId) ?? null);
    case "close":
      server.close(() => process.exit(0));
      return;
  }
});
