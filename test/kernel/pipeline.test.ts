import { Writable } from "node:stream";
import { Composer } from "grammy";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { BotContext } from "../../src/kernel/context.js";
import { defineModule } from "../../src/kernel/defineModule.js";
import { BackendError } from "../../src/platform/http/backendError.js";
import { alice, BotHarness, boris, TelegramRefusal } from "../support/botHarness.js";

let harness: BotHarness;
afterEach(async () => harness?.close());

function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}

const failing = defineModule({
  name: "failing",
  commands: [
    { command: "boom", description: "x" },
    { command: "slow", description: "x" },
  ],
  create() {
    const composer = new Composer<BotContext>();
    composer.command("boom", () => {
      throw new Error("database password=hunter2 exploded");
    });
    composer.command("slow", () => {
      throw new BackendError({ kind: "timeout", backend: "Plume", message: "GET /x timed out" });
    });
    return { features: [composer] };
  },
});

describe("kernel pipeline", () => {
  it("a command is logged at info; group chatter no module acted on only at debug", async () => {
    const { logger, lines } = capturedLogger();
    harness = await BotHarness.create({ logger });
    const group = { id: -100321, type: "supergroup" as const, title: "Chatty" };
    await harness.send(alice, "just chatting", group);
    await harness.send(alice, "/help");
    const handled = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "update handled");
    expect(handled.map((l) => [l.level, l.chatId, l.command])).toEqual([[30, alice.id, "help"]]);
  });

  it("a handler that throws gets the user a short apology with an error id that is in the log", async () => {
    const { logger, lines } = capturedLogger();
    harness = await BotHarness.create({ modules: [{ module: failing }], logger });
    const [reply] = harness.texts(await harness.send(alice, "/boom"));
    const errorId = reply?.match(/<code>([0-9a-f]{8})<\/code>/)?.[1];
    expect(reply).toBe(
      `Sorry, something went wrong on our side. Please try again. Error id: <code>${errorId}</code>`,
    );
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === "update failed");
    expect(logged.errorId).toBe(errorId);
    expect(logged.module).toBe("failing");
    expect(reply).not.toContain("hunter2");
  });

  it("when the store fails before the language is known, the apology is still in the user's language", async () => {
    harness = await BotHarness.create();
    harness.services.storage.batch = async () => {
      throw new Error("store down");
    };
    const [reply] = harness.texts(await harness.send(boris, "/help"));
    expect(reply).toMatch(
      /^Извините, у нас что-то пошло не так\. Попробуйте ещё раз\. Код ошибки: <code>[0-9a-f]{8}<\/code>$/,
    );
  });

  it("a backend failure is explained in the user's words", async () => {
    harness = await BotHarness.create({ modules: [{ module: failing }] });
    const [reply] = harness.texts(await harness.send(alice, "/slow"));
    expect(reply).toMatch(
      /^Plume did not answer in time\. Please try again in a moment\. Error id: <code>[0-9a-f]{8}<\/code>$/,
    );
  });

  it("an update delivered twice is handled once", async () => {
    harness = await BotHarness.create();
    const message = {
      message_id: 1,
      date: 0,
      chat: { id: alice.id, type: "private" as const, first_name: "Alice" },
      from: { ...alice, is_bot: false as const },
      text: "/help",
      entities: [{ type: "bot_command" as const, offset: 0, length: 5 }],
    };
    await harness.feed({ update_id: 777, message });
    await harness.feed({ update_id: 777, message });
    expect(harness.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    const metrics = await harness.services.metrics.metrics();
    expect(metrics).toContain('switchboard_duplicate_updates_total{bot="test"} 1');
  });

  it("an update delivered twice at once, or again after a restart, is handled once", async () => {
    harness = await BotHarness.create();
    const update = (id: number) => ({
      update_id: id,
      message: {
        message_id: id,
        date: 0,
        chat: { id: alice.id, type: "private" as const, first_name: "Alice" },
        from: { ...alice, is_bot: false as const },
        text: "/help",
        entities: [{ type: "bot_command" as const, offset: 0, length: 5 }],
      },
    });
    await Promise.all([harness.feed(update(801)), harness.feed(update(801))]);
    await harness.built.drain();
    // A new process on the same store: the handled marker, not the old process's memory, decides.
    const restarted = await BotHarness.create({ services: harness.services });
    await restarted.feed(update(801));
    await restarted.feed(update(802));
    const sent = [...harness.calls, ...restarted.calls].filter((c) => c.method === "sendMessage");
    expect(sent).toHaveLength(2);
  });

  it("an unknown command in a private chat points to /help; in a group the bot stays quiet", async () => {
    harness = await BotHarness.create();
    expect(harness.texts(await harness.send(alice, "/frobnicate"))).toEqual([
      "I don't know that command. Send /help to see what I can do.",
    ]);
    expect(
      await harness.send(alice, "/frobnicate", { id: -100123, type: "supergroup", title: "Team" }),
    ).toEqual([]);
  });

  it("a message no module expected in a private chat points to /help, in the user's language", async () => {
    harness = await BotHarness.create();
    expect(harness.texts(await harness.send(alice, "hello?"))).toEqual([
      "I did not expect a message here. Send /help to see what I can do.",
    ]);
    expect(harness.texts(await harness.send(boris, "привет"))).toEqual([
      "Я не ждал здесь сообщения. Отправьте /help, чтобы увидеть, что я умею.",
    ]);
    expect(
      await harness.send(alice, "hello, team", { id: -100123, type: "supergroup", title: "Team" }),
    ).toEqual([]);
  });

  it("a button no module knows is answered instead of spinning", async () => {
    harness = await BotHarness.create();
    const calls = await harness.press(alice, "zz.gone.1~abcdefgh");
    expect(calls).toEqual([
      {
        method: "answerCallbackQuery",
        payload: expect.objectContaining({
          text: "This button is out of date. Please send the command again.",
          show_alert: true,
        }),
      },
    ]);
  });

  it("metrics count updates by bot, module, type and command", async () => {
    harness = await BotHarness.create({ modules: [{ module: failing }] });
    await harness.send(alice, "/help");
    await harness.send(alice, "/help");
    await harness.send(alice, "/boom");
    const metrics = await harness.services.metrics.metrics();
    expect(metrics).toContain(
      'switchboard_updates_total{bot="test",module="about",type="message",command="help"} 2',
    );
    expect(metrics).toContain('switchboard_update_errors_total{bot="test",module="failing"} 1');
    expect(metrics).toMatch(/switchboard_update_duration_seconds_count\{bot="test",type="message"\} 3/);
    expect(metrics).toContain(
      'switchboard_bot_api_calls_total{bot="test",method="sendMessage",result="ok"} 3',
    );
  });

  it("each update is logged with its id, chat, user, command and duration", async () => {
    const { logger, lines } = capturedLogger();
    harness = await BotHarness.create({ logger });
    await harness.send(alice, "/help");
    const line = lines.map((l) => JSON.parse(l)).find((l) => l.msg === "update handled");
    expect(line).toMatchObject({
      bot: "test",
      chatId: alice.id,
      userId: alice.id,
      command: "help",
      module: "about",
      type: "message",
    });
    expect(typeof line.updateId).toBe("number");
    expect(typeof line.durationMs).toBe("number");
  });

  it("a 429 from Telegram is retried after retry_after, and both attempts are counted", async () => {
    let refused = false;
    harness = await BotHarness.create({
      answers: {
        sendMessage: (payload) => {
          if (refused)
            return {
              message_id: 9,
              date: 0,
              chat: { id: payload.chat_id, type: "private" },
              text: payload.text,
            };
          refused = true;
          return new TelegramRefusal(429, "Too Many Requests: retry after 1", 1);
        },
      },
    });
    const calls = await harness.send(alice, "/help");
    expect(calls.map((c) => c.method)).toEqual(["sendMessage", "sendMessage"]);
    const metrics = await harness.services.metrics.metrics();
    expect(metrics).toContain(
      'switchboard_bot_api_calls_total{bot="test",method="sendMessage",result="429"} 1',
    );
    expect(metrics).toContain(
      'switchboard_bot_api_calls_total{bot="test",method="sendMessage",result="ok"} 1',
    );
  });
});

describe("general rate limit", () => {
  it("past GENERAL_RATE_LIMIT a user is told once when to come back, then ignored", async () => {
    harness = await BotHarness.create({ generalRateLimit: 3 });
    for (let i = 0; i < 3; i++) expect(await harness.send(alice, "/help")).toHaveLength(1);
    const [warning] = harness.texts(await harness.send(alice, "/help"));
    expect(warning).toMatch(/^You are sending too fast\. Please try again in (\d+) s\.$/);
    const seconds = Number(warning?.match(/in (\d+) s/)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(await harness.send(alice, "/help")).toEqual([]);
  });

  it("one user's flood does not limit another user", async () => {
    harness = await BotHarness.create({ generalRateLimit: 2 });
    for (let i = 0; i < 4; i++) await harness.send(alice, "/help");
    expect(harness.texts(await harness.send({ ...alice, id: 999, first_name: "Bob" }, "/help"))[0]).toMatch(
      /^<b>Commands/,
    );
  });
});

const greeter = defineModule({
  name: "greeter",
  updates: ["chat_member"],
  create() {
    const composer = new Composer<BotContext>();
    composer.on("chat_member", async (ctx) => {
      const { old_chat_member: was, new_chat_member: now } = ctx.chatMember;
      if (was.status === "left" && now.status === "member") {
        await ctx.reply(`Welcome, ${now.user.first_name}!`);
      }
    });
    return { features: [composer] };
  },
});

describe("modules that need more update types", () => {
  it("ask for chat_member in allowed_updates and receive member changes", async () => {
    harness = await BotHarness.create({ modules: [{ module: greeter }] });
    expect(harness.built.allowedUpdates).toEqual([
      "message",
      "edited_message",
      "callback_query",
      "my_chat_member",
      "chat_member",
    ]);
    const team = { id: -100777, type: "supergroup" as const, title: "Team" };
    expect(harness.texts(await harness.memberChange(team, alice, "left", "member"))).toEqual([
      "Welcome, Alice!",
    ]);
    expect(await harness.memberChange(team, alice, "member", "left")).toEqual([]);
  });

  it("a bot whose modules do not ask leaves chat_member out, as Telegram's default does", async () => {
    harness = await BotHarness.create();
    expect(harness.built.allowedUpdates).not.toContain("chat_member");
  });
});
