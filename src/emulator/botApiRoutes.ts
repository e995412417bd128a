/**
 * The Bot API over HTTP: `/bot<token>/<method>` (GET or POST) and file downloads at
 * `/file/bot<token>/<file_path>`. Registered in its own Fastify context because it replaces the
 * body parsers: Telegram bodies are parsed by requestBody.ts, whatever the host app parses.
 */
import type { FastifyInstance } from "fastify";
import type { EmulatorCore } from "./core.js";
import { BotApiError } from "./errors.js";
import { callMethod } from "./methods/index.js";
import { readParams } from "./requestBody.js";

/** Above Telegram's 50 MB upload cap, so the cap answers in Telegram's words, not Fastify's. */
const BODY_LIMIT = 60 * 1024 * 1024;

export async function botApiRoutes(app: FastifyInstance, options: { core: EmulatorCore }): Promise<void> {
  const { core } = options;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: BODY_LIMIT }, (_request, body, done) => {
    done(null, body);
  });

  app.route({
    method: ["GET", "POST"],
    url: "/bot:token/:method",
    bodyLimit: BODY_LIMIT,
    handler: async (request, reply) => {
      const { token, method } = request.params as { token: string; method: string };
      // A long poll whose client went away must stop counting as the bot's poller.
      const abort = new AbortController();
      reply.raw.on("close", () => {
        if (!reply.raw.writableFinished) abort.abort();
      });
      try {
        const { params, uploads } = await readParams(
          request.query as Record<string, unknown>,
          request.headers["content-type"],
          request.body as Buffer | undefined,
        );
        const result = await callMethod(core, token, method, params, uploads, abort.signal);
        return reply.send({ ok: true, result });
      } catch (error) {
        if (error instanceof BotApiError) return reply.code(error.errorCode).send(error.toBody());
        core.logger.error({ err: error, method }, "emulator method failed");
        return reply.code(500).send({ ok: false, error_code: 500, description: "Internal Server Error" });
      }
    },
  });

  app.get("/file/bot:token/*", async (request, reply) => {
    const { token, "*": filePath } = request.params as { token: string; "*": string };
    try {
      core.state.authenticate(token);
    } catch (error) {
      if (error instanceof BotApiError) return reply.code(error.errorCode).send(error.toBody());
      throw error;
    }
    const file = core.state.files.getByPath(filePath);
    if (!file) return reply.code(404).send({ ok: false, error_code: 404, description: "Not Found" });
    return reply.header("content-type", file.mimeType ?? "application/octet-stream").send(file.bytes);
  });
}
