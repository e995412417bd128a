import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiUpdate } from "./apiTypes.js";
import { createEmulator, type Emulator } from "./emulator.js";
import { botToken } from "./testFixtures.js";

const TOKEN = botToken(8001);

interface Received {
  update: ApiUpdate;
  secret: string | undefined;
}

/** A webhook receiver whose answers the test scripts. */
async function startReceiver(respond: (update: ApiUpdate, attempt: number) => Promise<number>) {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  const attempts = new Map<number, number>();
  const server: Server = createServer(async (request: IncomingMessage, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    const update = JSON.parse(body) as ApiUpdate;
    const attempt = (attempts.get(update.update_id) ?? 0) + 1;
    attempts.set(update.update_id, attempt);
    received.push({
      update,
      secret: request.headers["x-telegram-bot-api-secret-token"] as string | undefined,
    });
    const status = await respond(update, attempt);
    response.writeHead(status, { "content-type": "application/json" }).end("{}");
    for (const waiter of waiters.splice(0)) waiter();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  /** Resolves once `count` requests have been answered. */
  const answered = async (count: number) => {
    while (received.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { url, received, answered, close: () => new Promise((resolve) => server.close(resolve)) };
}

let emulator: Emulator;
let closeReceiver: () => Promise<unknown>;

beforeEach(() => {
  emulator = createEmulator({ webhookRetryDelaysMs: [30, 60] });
  emulator.registerBot(TOKEN, { username: "hook_bot" });
});

afterEach(async () => {
  emulator.close();
  await closeReceiver?.();
});

const info = () => emulator.call(TOKEN, "getWebhookInfo") as Promise<Record<string, unknown>>;

describe("webhooks", () => {
  it("POSTs updates with the secret token header and retries a failed delivery", async () => {
    let duringRetry: Record<string, unknown> | undefined;
    const receiver = await startReceiver(async (_update, attempt) => {
      // The retry arriving proves the failure was recorded; look at what getWebhookInfo said then.
      if (attempt === 2) duringRetry = await info();
      return attempt === 1 ? 500 : 200;
    });
    closeReceiver = receiver.close;
    await emulator.call(TOKEN, "setWebhook", { url: receiver.url, secret_token: "s3cr3t_Token-1" });
    const user = emulator.control.createUser().id;
    emulator.control.sendText(user, "hook_bot", "hello");

    await receiver.answered(2);
    expect(receiver.received.map((r) => [r.update.update_id, r.secret])).toEqual([
      [1, "s3cr3t_Token-1"],
      [1, "s3cr3t_Token-1"],
    ]);
    expect(receiver.received[1]?.update.message).toMatchObject({ text: "hello" });
    expect(duringRetry).toMatchObject({
      url: receiver.url,
      has_custom_certificate: false,
      pending_update_count: 1,
      max_connections: 40,
      last_error_message: "Wrong response from the webhook: 500 Internal Server Error",
    });
    await vi.waitFor(async () => expect((await info()).pending_update_count).toBe(0));
  });

  it("counts a refused connection as a failure and keeps the update", async () => {
    await emulator.call(TOKEN, "setWebhook", { url: "http://127.0.0.1:9/unreachable" });
    const user = emulator.control.createUser().id;
    emulator.control.sendText(user, "hook_bot", "hello");
    await vi.waitFor(async () =>
      expect(await info()).toMatchObject({
        pending_update_count: 1,
        last_error_message: "Connection refused",
      }),
    );
  });

  it("delivers one chat's updates in order, one at a time, and honours max_connections", async () => {
    let running = 0;
    let peak = 0;
    const perChat = new Map<number, number>();
    let chatOverlap = false;
    const receiver = await startReceiver(async (update) => {
      const chatId = (update.message as { chat: { id: number } }).chat.id;
      running += 1;
      peak = Math.max(peak, running);
      perChat.set(chatId, (perChat.get(chatId) ?? 0) + 1);
      if ((perChat.get(chatId) ?? 0) > 1) chatOverlap = true;
      await new Promise((resolve) => setTimeout(resolve, 15));
      perChat.set(chatId, (perChat.get(chatId) ?? 1) - 1);
      running -= 1;
      return 200;
    });
    closeReceiver = receiver.close;
    await emulator.call(TOKEN, "setWebhook", { url: receiver.url, max_connections: 2 });
    const users = [
      emulator.control.createUser().id,
      emulator.control.createUser().id,
      emulator.control.createUser().id,
    ];
    for (let i = 0; i < 3; i++)
      for (const user of users) emulator.control.sendText(user, "hook_bot", `m${i}`);

    await receiver.answered(9);
    expect(peak).toBe(2);
    expect(chatOverlap).toBe(false);
    for (const user of users) {
      const texts = receiver.received
        .filter((r) => (r.update.message as { chat: { id: number } }).chat.id === user)
        .map((r) => (r.update.message as { text: string }).text);
      expect(texts).toEqual(["m0", "m1", "m2"]);
    }
  });

  it("runs a method the webhook answers with (webhook reply)", async () => {
    const server = createServer(async (request, response) => {
      let body = "";
      for await (const chunk of request) body += chunk;
      const update = JSON.parse(body) as { message: { chat: { id: number } } };
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ method: "sendMessage", chat_id: update.message.chat.id, text: "pong" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closeReceiver = () => new Promise((resolve) => server.close(resolve));
    await emulator.call(TOKEN, "setWebhook", {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    });
    const user = emulator.control.createUser().id;
    const replied = new Promise((resolve) =>
      emulator.control.onEvent((event) => {
        if (event.type === "message.sent" && event.message.from?.is_bot) resolve(event.message.text);
      }),
    );
    emulator.control.sendText(user, "hook_bot", "ping");
    expect(await replied).toBe("pong");
  });
});
