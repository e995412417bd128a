// What the benches' Telegram-side worker threads share: the Bot API stand-in's HTTP server (each
// worker answers the calls its own way) and the worker's protocol with the bench (post `{ port }`
// once listening, then answer `{ id, op, ... }` with `{ id, result }`). Shared by the crm, erp and
// moderation benches' workers.
import { createServer } from "node:http";
import { parentPort } from "node:worker_threads";

/**
 * A Bot API stand-in: `POST /bot<token>/<method>` is answered `{ ok: true, result }` with
 * `answer(method, params, upload)`. `params` is the JSON body, or for a multipart upload what
 * `uploadFields(body, contentType)` reads of it (nothing by default).
 * @param {(method: string, params: object, upload: boolean) => unknown} answer
 * @param {{ uploadFields?: (body: Buffer, contentType: string) => object }} [options]
 */
export function botApiServer(answer, { uploadFields = () => ({}) } = {}) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      const method = /^\/bot[^/]+\/(\w+)/.exec(req.url ?? "")?.[1];
      if (req.method !== "POST" || !method) {
        res.statusCode = 404;
        res.end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
        return;
      }
      const body = Buffer.concat(chunks);
      const type = req.headers["content-type"] ?? "";
      const upload = type.startsWith("multipart/form-data");
      const params = upload
        ? uploadFields(body, type)
        : body.length > 0
          ? JSON.parse(body.toString("utf8"))
          : {};
      res.end(JSON.stringify({ ok: true, result: answer(method, params, upload) }));
    });
  });
  server.keepAliveTimeout = 60_000;
  return server;
}

/**
 * Listens on a free port, posts `{ port }` to the bench, then runs each `{ id, op, ... }` message
 * with `ops[op]` and posts `{ id, result }` (`{ error }` when it threw).
 * @param {import("node:http").Server} server
 * @param {Record<string, (message: object) => Promise<unknown>>} ops
 */
export function serveWorker(server, ops) {
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    parentPort?.postMessage({ port: typeof address === "object" && address ? address.port : 0 });
  });
  parentPort?.on("message", (message) => {
    const run = ops[message.op];
    if (!run) return;
    run(message).then(
      (result) => parentPort?.postMessage({ id: message.id, result }),
      (error) =>
        parentPort?.postMessage({ id: message.id, result: { error: String(error?.stack ?? error) } }),
    );
  });
}
