import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, GrammyError, InlineKeyboard, webhookCallback } from "grammy";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type StartedEmulator, startEmulator } from "./emulator.js";
import type { TranscriptMessage } from "./events.js";
import { botToken } from "./testFixtures.js";

const TOKEN = botToken(1234567);

let server: StartedEmulator;
let bot: Bot | undefined;

beforeAll(async () => {
  server = await startEmulator({ port: 0 });
});

afterAll(async () => {
  await server.close();
});

afterEach(async () => {
  if (bot?.isRunning()) await bot.stop();
  bot = undefined;
  server.control.reset();
});

const newBot = () => {
  server.emulator.registerBot(TOKEN, { username: "grammy_test_bot", firstName: "Grammy" });
  bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } });
  return bot;
};

/** Resolves with the next bot message (sent or edited) in any chat that matches. */
const nextBotMessage = (match: (m: TranscriptMessage) => boolean = () => true) =>
  new Promise<TranscriptMessage>((resolve) => {
    const unsubscribe = server.control.onEvent((event) => {
      if ((event.type === "message.sent" || event.type === "message.edited") && event.message.from?.is_bot) {
        if (!match(event.message)) return;
        unsubscribe();
        resolve(event.message);
      }
    });
  });

describe("a grammY bot against the emulator", () => {
  it("calls methods through bot.api and gets Telegram's errors as GrammyError", async () => {
    const b = newBot();
    const user = server.control.createUser({ first_name: "Ann" });
    server.control.sendText(user.id, "grammy_test_bot", "hi");
    const sent = await b.api.sendMessage(user.id, "Hello <i>Ann</i>", { parse_mode: "HTML" });
    expect(sent).toMatchObject({ text: "Hello Ann", entities: [{ type: "italic", offset: 6, length: 3 }] });
    expect((await b.api.getMe()).username).toBe("grammy_test_bot");
    const error = await b.api
      .sendMessage(user.id, "<b>oops", { parse_mode: "HTML" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({
      error_code: 400,
      description: "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"",
    });
  });

  it("long-polls with bot.start(), handles a command and a button, and stops cleanly", async () => {
    const b = newBot();
    b.command("start", (ctx) =>
      ctx.reply(`Welcome, ${ctx.from?.first_name}! Payload: ${ctx.match || "none"}`, {
        reply_markup: new InlineKeyboard().text("Ping", "ping"),
      }),
    );
    b.callbackQuery("ping", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Pong!" });
      await ctx.editMessageText("Pinged");
    });
    const started = new Promise<void>((resolve) => {
      void b.start({ onStart: () => resolve(), timeout: 1 });
    });
    await started;

    const user = server.control.createUser({ first_name: "Ann" });
    const welcome = nextBotMessage();
    server.control.start(user.id, "grammy_test_bot", "promo");
    const message = await welcome;
    expect(message.text).toBe("Welcome, Ann! Payload: promo");

    const edited = nextBotMessage((m) => m.edit_date !== undefined);
    const answer = await server.control.pressButton(user.id, "grammy_test_bot", message.message_id, {
      data: "ping",
    });
    expect(answer).toEqual({ answered: true, text: "Pong!", show_alert: false });
    expect((await edited).text).toBe("Pinged");

    await b.stop();
    // bot.stop() confirmed what it handled: nothing is left for the next poller.
    expect(await server.emulator.call(TOKEN, "getUpdates", {})).toEqual([]);
  });

  it("receives updates by webhook with the secret token checked by grammY", async () => {
    const b = newBot();
    b.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    const handle = webhookCallback(b, "http", { secretToken: "hook_secret" });
    const receiver: Server = createServer((request, response) => void handle(request, response));
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    try {
      await b.init();
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
      await b.api.setWebhook(url, { secret_token: "hook_secret" });
      const user = server.control.createUser();
      const reply = nextBotMessage();
      server.control.sendText(user.id, "grammy_test_bot", "marco");
      expect((await reply).text).toBe("echo: marco");
      // The reply went out while the delivery was still open; it counts as delivered once grammY answers 200.
      await vi.waitFor(async () =>
        expect(await b.api.getWebhookInfo()).toMatchObject({ url, pending_update_count: 0 }),
      );
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
