/**
 * The control API over HTTP, under /control. Bodies are JSON, validated with zod; answers are
 * `{ ok: true, result }` or `{ ok: false, error }` with a 4xx status. `/control/events` streams
 * events as server-sent events (one JSON object per `data:` line).
 */

import type { ServerResponse } from "node:http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { EmulatorControl } from "./control.js";
import { schemas } from "./controlSchemas.js";
import { ControlError } from "./controlTarget.js";

type Handler = (request: FastifyRequest) => unknown;

/** Wraps a handler: result → `{ok:true,result}`, ControlError/zod error → `{ok:false,error}`. */
function answer(handler: Handler) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      const result = await handler(request);
      return reply.send({ ok: true, result: result ?? true });
    } catch (error) {
      if (error instanceof ControlError)
        return reply.code(error.status).send({ ok: false, error: error.message });
      if (error instanceof z.ZodError) {
        const detail = error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
        return reply.code(400).send({ ok: false, error: detail });
      }
      throw error;
    }
  };
}

const int = (value: unknown): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new ControlError(400, `not an integer: ${String(value)}`);
  return n;
};

const optionalInt = (value: unknown): number | undefined => (value === undefined ? undefined : int(value));

/** Path and query values are strings; numeric ones name groups or bots by id. */
const pathTarget = (value: string): number | string => (/^-?\d+$/.test(value) ? Number(value) : value);

/** Registers the control routes on `app` (inside the emulator plugin). */
export function registerControlRoutes(app: FastifyInstance, control: EmulatorControl): void {
  type Params = Record<string, string>;
  type Query = Record<string, string | undefined>;
  const params = (r: FastifyRequest) => r.params as Params;
  const query = (r: FastifyRequest) => r.query as Query;

  app.get(
    "/control/bots",
    answer(() => control.listBots()),
  );
  app.post(
    "/control/bots",
    answer((r) => {
      const { token, ...profile } = schemas.bot.parse(r.body);
      return control.registerBot(token, profile);
    }),
  );
  app.put(
    "/control/bots/:bot/flood-control",
    answer((r) => control.setFloodControl(params(r).bot as string, schemas.flood.parse(r.body).on)),
  );
  app.get(
    "/control/bots/:bot/commands",
    answer((r) => {
      const q = query(r);
      const chat = q.chat === undefined ? undefined : pathTarget(q.chat);
      return control.botCommands(params(r).bot as string, int(q.user), chat, q.lang);
    }),
  );
  app.get(
    "/control/users",
    answer(() => control.listUsers()),
  );
  app.post(
    "/control/users",
    answer((r) => control.createUser(schemas.user.parse(r.body ?? {}))),
  );
  app.get(
    "/control/users/:userId/chats",
    answer((r) => control.chatsOf(int(params(r).userId))),
  );
  app.post(
    "/control/groups",
    answer((r) => control.createGroup(schemas.group.parse(r.body))),
  );
  app.post(
    "/control/groups/:chatId/bots",
    answer((r) => {
      const { bot, ...options } = schemas.groupBot.parse(r.body);
      return control.addBotToGroup(int(params(r).chatId), bot, options);
    }),
  );
  app.post(
    "/control/groups/:chatId/members",
    answer((r) => control.joinGroup(schemas.join.parse(r.body).userId, int(params(r).chatId))),
  );
  app.delete(
    "/control/groups/:chatId/members/:userId",
    answer((r) => control.leaveGroup(int(params(r).userId), int(params(r).chatId))),
  );
  app.get(
    "/control/groups/:chatId/members/:userId",
    answer((r) => control.member(int(params(r).chatId), int(params(r).userId))),
  );
  app.put(
    "/control/groups/:chatId/admins/:userId",
    answer((r) => {
      const { rights, ...options } = schemas.admin.parse(r.body ?? {});
      return control.setAdmin(int(params(r).chatId), int(params(r).userId), rights, options);
    }),
  );
  app.post(
    "/control/groups/:chatId/join-requests",
    answer((r) => {
      const { userId, ...options } = schemas.joinRequest.parse(r.body);
      return control.requestToJoin(userId, int(params(r).chatId), options);
    }),
  );
  app.get(
    "/control/groups/:chatId/join-requests",
    answer((r) => control.joinRequests(int(params(r).chatId))),
  );
  app.post(
    "/control/channels",
    answer((r) => control.createChannel(schemas.channel.parse(r.body))),
  );
  app.post(
    "/control/messages",
    answer((r) => {
      const b = schemas.text.parse(r.body);
      return control.sendText(b.from, b.chat, b.text, { replyTo: b.replyTo, asChannel: b.asChannel });
    }),
  );
  app.post(
    "/control/photos",
    answer((r) => {
      const b = schemas.photo.parse(r.body);
      const bytes = b.base64 === undefined ? undefined : Buffer.from(b.base64, "base64");
      const options = { replyTo: b.replyTo, asChannel: b.asChannel };
      return control.sendPhoto(b.from, b.chat, { bytes, caption: b.caption }, options);
    }),
  );
  app.post(
    "/control/documents",
    answer((r) => {
      const b = schemas.document.parse(r.body);
      const file = {
        bytes: Buffer.from(b.base64, "base64"),
        fileName: b.fileName,
        mimeType: b.mimeType,
        caption: b.caption,
      };
      return control.sendDocument(b.from, b.chat, file, { replyTo: b.replyTo, asChannel: b.asChannel });
    }),
  );
  app.post(
    "/control/start",
    answer((r) => {
      const b = schemas.start.parse(r.body);
      return control.start(b.from, b.bot, b.payload);
    }),
  );
  app.post(
    "/control/buttons",
    answer((r) => {
      const b = schemas.button.parse(r.body);
      const choice =
        b.data !== undefined ? { data: b.data } : b.text !== undefined ? { text: b.text } : undefined;
      if (!choice) throw new ControlError(400, "name the button by data or by text");
      return control.pressButton(b.from, b.chat, b.messageId, choice, b.timeoutMs);
    }),
  );
  app.post(
    "/control/block",
    answer((r) => {
      const b = schemas.block.parse(r.body);
      return control.blockBot(b.from, b.bot);
    }),
  );
  app.get(
    "/control/chats/:chat",
    answer((r) => control.chat(pathTarget(params(r).chat as string), optionalInt(query(r).user))),
  );
  app.get(
    "/control/chats/:chat/transcript",
    answer((r) => control.transcript(pathTarget(params(r).chat as string), optionalInt(query(r).user))),
  );
  app.get(
    "/control/chats/:chat/keyboard",
    answer(
      (r) => control.replyKeyboard(pathTarget(params(r).chat as string), optionalInt(query(r).user)) ?? null,
    ),
  );
  app.post(
    "/control/reset",
    answer(() => control.reset()),
  );

  app.get("/control/files/:fileId", async (request, reply) => {
    const file = control.file(params(request).fileId as string);
    if (!file) return reply.code(404).send({ ok: false, error: "no such file" });
    const disposition = file.fileName ? `inline; filename="${file.fileName.replace(/"/g, "")}"` : "inline";
    return reply
      .header("content-type", file.mimeType ?? "application/octet-stream")
      .header("content-disposition", disposition)
      .send(file.bytes);
  });

  registerEventStream(app, control);
}

/** GET /control/events[?chat=<key>]: server-sent events, one JSON event per message. */
function registerEventStream(app: FastifyInstance, control: EmulatorControl): void {
  const streams = new Set<ServerResponse>();
  // Open streams would keep app.close() waiting; close their sockets outright (an ended response
  // would leave its keep-alive socket open until the client lets go of it).
  app.addHook("preClose", (done) => {
    for (const stream of streams) stream.destroy();
    done();
  });
  app.get("/control/events", (request, reply) => {
    const chatKey = (request.query as Record<string, string | undefined>).chat;
    const stream = reply.raw;
    reply.hijack();
    stream.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    stream.write(": connected\n\n");
    streams.add(stream);
    const unsubscribe = control.onEvent((event) => {
      if (chatKey !== undefined && (!("chat" in event) || event.chat.key !== chatKey)) return;
      stream.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    const keepAlive = setInterval(() => stream.write(": ping\n\n"), 15_000);
    keepAlive.unref();
    stream.on("close", () => {
      streams.delete(stream);
      clearInterval(keepAlive);
      unsubscribe();
    });
  });
}
