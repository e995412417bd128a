/**
 * `ctx.finalReply` in webhook mode: the answer travels back in the webhook's HTTP response (no
 * sendMessage request reaches the Bot API), and the person still sees it, with its buttons.
 */
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Composer, InlineKeyboard } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { ControlClient } from "../../src/emulator/controlClient.js";
import { startEmulator } from "../../src/emulator/index.js";
import type { BotContext } from "../../src/kernel/context.js";
import { defineModule } from "../../src/kernel/defineModule.js";
import { moduleRegistry } from "../../src/modules/registry.js";
import { type App, startApp } from "../../src/runtime/app.js";
import { freePort } from "../../src/server/localAddress.js";

const TOKEN = "800500600:REPLY-e2e-bot-token-abcdefghijk";

const answering = defineModule({
  name: "answering",
  commands: [{ command: "report", description: "about-cmd-help" }],
  create: () => {
    const composer = new Composer<BotContext>();
    composer.command("report", async (ctx) => {
      await ctx.reply("<b>part one</b>", { parse_mode: "HTML" });
      await ctx.finalReply("<b>the end</b>", {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().url("More", "https://example.org"),
      });
    });
    return { features: [composer] };
  },
});

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let app: App;
let proxy: Server;
/** Bot API methods the bot called over HTTP (through a counting proxy in front of the emulator). */
const httpCalls: string[] = [];

/** Forwards every Bot API request to the emulator, noting its method. */
async function countingProxy(target: string): Promise<string> {
  proxy = createServer(async (request, response) => {
    httpCalls.push(request.url?.split("/").pop() ?? "");
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = await fetch(`${target}${request.url}`, {
      method: request.method ?? "POST",
      headers: { "content-type": request.headers["content-type"] ?? "application/json" },
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    response.writeHead(answer.status, { "content-type": "application/json" });
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const address = proxy.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  emulator.emulator.registerBot(TOKEN, { username: "reply_bot", firstName: "Reply" });
  const port = await freePort("127.0.0.1");
  const config = loadConfig(
    {
      TELEGRAM_BOT_TOKEN: TOKEN,
      BOT_MODULES: "answering",
      TELEGRAM_API_ROOT: await countingProxy(new URL(emulator.apiRoot).origin),
      DATA_DIR: mkdtempSync(join(tmpdir(), "sb-reply-")),
      HOST: "127.0.0.1",
      PORT: String(port),
      BOT_MODE: "webhook",
      WEBHOOK_URL: `http://127.0.0.1:${port}`,
      WEBHOOK_SECRET: "reply-secret",
      LOG_LEVEL: "silent",
    },
    { ...moduleRegistry, answering },
  );
  app = await startApp({ config, logger: pino({ level: "silent" }), version: "e2e" });
});

afterAll(async () => {
  await app?.stop();
  await emulator?.close();
  proxy?.close();
});

it("the last answer goes back in the webhook response; the person sees both messages in order", async () => {
  const control = new ControlClient(emulator.url);
  const user = await control.createUser({ first_name: "Ana" });
  await control.sendText(user.id, "reply_bot", "/report");
  const seen = await control.waitForMessage("reply_bot", (m) => m.text === "the end", 5000, user.id);
  expect(seen.reply_markup).toEqual({ inline_keyboard: [[{ text: "More", url: "https://example.org" }]] });
  const texts = (await control.transcript("reply_bot", user.id)).map((m) => m.text);
  expect(texts).toEqual(["/report", "part one", "the end"]);
  // One sendMessage went over HTTP ("part one"); the last one rode the webhook response.
  expect(httpCalls.filter((m) => m === "sendMessage")).toHaveLength(1);
});
