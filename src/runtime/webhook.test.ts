import Fastify, { type FastifyInstance } from "fastify";
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import type { BotContext } from "../kernel/context.js";
import { registerWebhookRoute, webhookPath } from "./webhook.js";

const SECRET = "webhook-test-secret";
const BOT_INFO = { id: 42, is_bot: true, first_name: "Hook", username: "hook_bot" } as UserFromGetMe;

/** A bot whose sendMessage may ride the webhook response, as the kernel's `finalReply` allows. */
function testBot(handle: (ctx: BotContext) => Promise<unknown>) {
  const bot = new Bot<BotContext>("42:test-token", {
    botInfo: BOT_INFO,
    client: { canUseWebhookReply: (method) => method === "sendMessage" },
  });
  bot.on("message:text", async (ctx) => {
    await handle(ctx);
  });
  return { bot, identity: { id: "hook" } };
}

const update = (text: string) => ({
  update_id: 1,
  message: { message_id: 1, date: 0, chat: { id: 7, type: "private", first_name: "A" }, text },
});

let app: FastifyInstance;
afterEach(async () => {
  await app.close();
});

async function serve(handle: (ctx: BotContext) => Promise<unknown>, timeoutMs?: number) {
  app = Fastify({ logger: false });
  registerWebhookRoute(app, SECRET, timeoutMs).add(testBot(handle));
  await app.ready();
}

const post = (path: string, text: string, secret = SECRET) =>
  app.inject({
    method: "POST",
    url: path,
    headers: { "x-telegram-bot-api-secret-token": secret },
    payload: update(text),
  });

describe("the webhook route", () => {
  it("answers the update's reply in the HTTP response", async () => {
    await serve((ctx) => ctx.reply("pong"));
    const answer = await post(webhookPath("hook"), "ping");
    expect(answer.statusCode).toBe(200);
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
    expect(answer.json()).toEqual({ method: "sendMessage", chat_id: 7, text: "pong" });
  });

  it("answers an empty 200 once an update with no reply is handled", async () => {
    let handled = false;
    await serve(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      handled = true;
    });
    const answer = await post(webhookPath("hook"), "quiet");
    expect(handled).toBe(true);
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe("");
  });

  it("refuses a wrong secret (403) and an unknown bot (404) without handling anything", async () => {
    let handled = 0;
    await serve(async () => handled++);
    expect((await post(webhookPath("hook"), "hi", "wrong")).statusCode).toBe(403);
    expect((await post(webhookPath("other"), "hi")).statusCode).toBe(404);
    expect(handled).toBe(0);
  });

  it("refuses a body that is not an update (400) without handling it", async () => {
    let handled = 0;
    await serve(async () => handled++);
    for (const payload of [{ message: { text: "no id" } }, [1, 2], { update_id: "7" }]) {
      const answer = await app.inject({
        method: "POST",
        url: webhookPath("hook"),
        headers: { "x-telegram-bot-api-secret-token": SECRET },
        payload,
      });
      expect(answer.statusCode).toBe(400);
    }
    expect(handled).toBe(0);
  });

  it("answers 503 with Retry-After when handling fails, so Telegram delivers it again", async () => {
    await serve(async () => {
      throw new Error("store unreachable");
    });
    const answer = await post(webhookPath("hook"), "hi");
    expect(answer.statusCode).toBe(503);
    expect(answer.headers["retry-after"]).toBe("1");
    expect(answer.json()).toMatchObject({ ok: false });
  });

  it("answers 503 for an update still being handled after the time-out, and nothing after it", async () => {
    await serve(async (ctx) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await ctx.reply("too late");
    }, 50);
    const answer = await post(webhookPath("hook"), "slow");
    expect(answer.statusCode).toBe(503);
    expect(answer.body).not.toContain("too late");
    await new Promise((resolve) => setTimeout(resolve, 250)); // the late reply is dropped quietly
  });
});
