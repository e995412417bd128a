import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Conversation,
  type ConversationFlavor,
  conversations,
  createConversation,
} from "@grammyjs/conversations";
import { Bot, type Context, type SessionFlavor, session } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_BOT_INFO } from "../../../test/support/botInfo.js";
import { flushKeyPrefix, uniqueKeyPrefix, useRedis } from "../../../test/support/redisServer.js";
import { createStorage } from "./createStorage.js";
import { storageConversationStorage, storageSessionAdapter } from "./grammyAdapters.js";
import type { Storage } from "./storage.js";

type SessionContext = Context & SessionFlavor<{ count: number }>;
type BotContext = ConversationFlavor<SessionContext>;

const botInfo = TEST_BOT_INFO;

const chat = { id: 42, type: "private" as const, first_name: "Ann" };
let updateId = 0;

function textUpdate(text: string): Update {
  updateId += 1;
  const command = text.startsWith("/")
    ? [{ type: "bot_command" as const, offset: 0, length: text.length }]
    : [];
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat,
      from: { id: 42, is_bot: false, first_name: "Ann" },
      text,
      entities: command,
    },
  };
}

/**
 * A bot as the app would build it: session and conversations on the given store. Telegram is faked
 * at the fetch level rather than with `bot.api.config.use`, because conversations v2 builds a fresh
 * Api (from the token and client options) for each conversation context: an outer transformer would
 * not see the conversation's calls, and one installed inside would also see replayed calls.
 */
function buildBot(storage: Storage, replies: string[]): Bot<BotContext> {
  const fakeTelegram = async (input: string | URL | Request, init?: RequestInit) => {
    const method = String(input).split("/").pop();
    const payload = JSON.parse(String(init?.body ?? "{}")) as { text?: string };
    if (method === "sendMessage") replies.push(String(payload.text));
    const result = { message_id: 1, date: 0, chat, text: payload.text ?? "" };
    return new Response(JSON.stringify({ ok: true, result }));
  };
  const bot = new Bot<BotContext>("1:abc", { botInfo, client: { fetch: fakeTelegram as typeof fetch } });
  bot.use(
    session({ initial: () => ({ count: 0 }), storage: storageSessionAdapter(storage, "session:test:") }),
  );
  bot.use(
    conversations({ storage: storageConversationStorage(storage, "conversation:test:", { version: 1 }) }),
  );
  async function signup(conversation: Conversation<BotContext, Context>, ctx: Context) {
    await ctx.reply("What is your name?");
    const name = await conversation.waitFor("message:text");
    await ctx.reply("How old are you?");
    const age = await conversation.waitFor("message:text");
    await ctx.reply(`${name.message.text} is ${age.message.text}`);
  }
  bot.use(createConversation(signup, "signup"));
  bot.command("start", (ctx) => ctx.conversation.enter("signup"));
  bot.command("count", async (ctx) => {
    ctx.session.count += 1;
    await ctx.reply(`count ${ctx.session.count}`);
  });
  return bot;
}

function describeRestart(name: string, open: () => Promise<Storage>): void {
  it(`${name}: a bot restarted mid-conversation finishes it and keeps the session`, async () => {
    const replies: string[] = [];
    const before = await open();
    const first = buildBot(before, replies);
    await first.handleUpdate(textUpdate("/count"));
    await first.handleUpdate(textUpdate("/start"));
    await first.handleUpdate(textUpdate("Ann"));
    await before.close();

    const after = await open();
    try {
      const second = buildBot(after, replies);
      await second.handleUpdate(textUpdate("30"));
      await second.handleUpdate(textUpdate("/count"));
    } finally {
      await after.close();
    }
    expect(replies).toEqual(["count 1", "What is your name?", "How old are you?", "Ann is 30", "count 2"]);
  });
}

/** The store, counting the writes made through it. */
function countingWrites(storage: Storage) {
  let writes = 0;
  const counted: Storage = {
    ...storage,
    set: (...args) => {
      writes++;
      return storage.set(...args);
    },
  };
  return { counted, writes: () => writes };
}

describe("grammY adapters on sqlite", () => {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-grammy-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  describeRestart("sqlite", () => createStorage(`sqlite:${join(dir, "bot.db")}`));

  it("session adapter: write, has, read, delete", async () => {
    const storage = await createStorage("sqlite::memory:");
    const adapter = storageSessionAdapter<{ n: number }>(storage, "s:");
    await adapter.write("7", { n: 1 });
    expect(await adapter.read("7")).toEqual({ n: 1 });
    expect(await adapter.has?.("7")).toBe(true);
    expect(await storage.listKeys("s:")).toEqual(["s:7"]);
    await adapter.delete("7");
    expect(await adapter.read("7")).toBeUndefined();
    await storage.close();
  });

  it("session adapter: writing back exactly what was read touches no storage; a change is written", async () => {
    const storage = await createStorage("sqlite::memory:");
    const { counted, writes } = countingWrites(storage);
    const adapter = storageSessionAdapter<{ n: number }>(counted, "s:");
    await adapter.write("7", { n: 1 });
    expect(writes()).toBe(1);
    await adapter.write("7", (await adapter.read("7"))!);
    expect(writes()).toBe(1);
    await adapter.write("7", { n: (await adapter.read("7"))!.n + 1 });
    expect(writes()).toBe(2);
    expect(await storage.get("s:7")).toEqual({ n: 2 });
    await storage.close();
  });

  it("session adapter with a TTL renews it on every write, even unchanged", async () => {
    const storage = await createStorage("sqlite::memory:");
    const { counted, writes } = countingWrites(storage);
    const adapter = storageSessionAdapter<{ n: number }>(counted, "s:", 60_000);
    await adapter.write("7", { n: 1 });
    await adapter.write("7", (await adapter.read("7"))!);
    expect(writes()).toBe(2);
    await storage.close();
  });
});

const redis = await useRedis();
describe.skipIf(!redis.url)(`grammY adapters on redis ${redis.skipReason ?? ""}`, () => {
  const keyPrefix = uniqueKeyPrefix("grammy");
  afterAll(() => flushKeyPrefix(redis.url!, keyPrefix));
  describeRestart("redis", () => createStorage(redis.url!, { keyPrefix }));
});
