import { Api, Context } from "grammy";
import type { Chat, Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_BOT_INFO } from "../../../test/support/botInfo.js";
import { createStorage } from "../../platform/storage/createStorage.js";
import type { Storage } from "../../platform/storage/storage.js";
import { type GroupRegistry, groupRegistry } from "./groupRegistry.js";

const me = TEST_BOT_INFO;
const person = { id: 7, is_bot: false, first_name: "Olga" };
const group = (id: number, title: string, username?: string): Chat.SupergroupChat => ({
  id,
  type: "supergroup",
  title,
  ...(username ? { username } : {}),
});

let updateId = 0;
const botStatus = (chat: Chat.SupergroupChat, status: "administrator" | "left" | "kicked"): Update => ({
  update_id: ++updateId,
  my_chat_member: {
    chat,
    from: person,
    date: 0,
    old_chat_member: { status: "member", user: me },
    new_chat_member:
      status === "administrator"
        ? ({ status, user: me, can_be_edited: false } as never)
        : status === "kicked"
          ? { status, user: me, until_date: 0 }
          : { status, user: me },
  },
});
const message = (chat: Chat.SupergroupChat, extra: Record<string, unknown> = {}): Update => ({
  update_id: ++updateId,
  message: { message_id: updateId, date: 0, chat, from: person, text: "hello", ...extra } as never,
});

let storage: Storage;
let registry: GroupRegistry;
const key = (...parts: Array<string | number>) => ["moderation", "bot", ...parts].join(":");
const pass = async (update: Update) => {
  let passed = false;
  await registry.middleware()(new Context(update, new Api("0:test"), me), async () => {
    passed = true;
  });
  return passed;
};

beforeEach(async () => {
  storage = await createStorage("sqlite::memory:");
  registry = groupRegistry({ storage, key });
});
afterEach(async () => {
  await storage.close();
});

describe("the group index", () => {
  it("keeps a group the bot was added to, with its title and username, and passes the update on", async () => {
    expect(await pass(botStatus(group(-1001, "Rust", "rust_chat"), "administrator"))).toBe(true);
    expect(await registry.ids()).toEqual([-1001]);
    expect(await registry.info(-1001)).toEqual({
      id: -1001,
      title: "Rust",
      type: "supergroup",
      username: "rust_chat",
    });
  });

  it("learns a group from any of its updates, and a new title", async () => {
    await pass(message(group(-1002, "Go")));
    await pass(message(group(-1002, "Go Learners")));
    expect(await registry.info(-1002)).toMatchObject({ title: "Go Learners" });
  });

  it("drops a group the bot left or was removed from, and one that became a supergroup", async () => {
    for (const id of [-1003, -1004, -5]) await pass(message(group(id, `Group ${id}`)));
    await pass(botStatus(group(-1003, "Group -1003"), "left"));
    await pass(botStatus(group(-1004, "Group -1004"), "kicked"));
    await pass(message(group(-5, "Group -5"), { migrate_to_chat_id: -1005 }));
    expect(await registry.ids()).toEqual([]);
    expect(await registry.info(-1003)).toBeUndefined();
  });

  it("writes a group it already wrote once per process only when something changed", async () => {
    await pass(message(group(-1006, "Rust")));
    await storage.delete(key("group", -1006));
    await pass(message(group(-1006, "Rust")));
    // Unchanged: not written again (the index is not rewritten per message).
    expect(await registry.info(-1006)).toBeUndefined();
    await pass(message(group(-1006, "Rust 2")));
    expect(await registry.info(-1006)).toMatchObject({ title: "Rust 2" });
  });

  it("ignores private chats", async () => {
    await pass({
      update_id: ++updateId,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 7, type: "private", first_name: "Olga" },
        from: person,
        text: "hi",
      },
    });
    expect(await registry.ids()).toEqual([]);
  });
});
