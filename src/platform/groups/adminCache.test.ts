import type { ChatMember, ChatMemberUpdated } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countStorageOperations } from "../../../test/support/countStorage.js";
import { openSqliteStorage } from "../storage/sqliteStorage.js";
import type { Storage } from "../storage/storage.js";
import { adminCache } from "./adminCache.js";
import { ADMIN_RIGHTS } from "./adminRights.js";
import { administrator, owner as ownerOf } from "./testFixtures.js";

const GROUP = -100777;
const user = (id: number) => ({ id, is_bot: false, first_name: `User ${id}` });
const owner = ownerOf(1);

let storage: Storage;
let clock: number;
let listed: ChatMember[];
let calls: number;
const api = {
  getChatAdministrators: async () => {
    calls++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return structuredClone(listed) as never;
  },
};
const cacheOf = () => adminCache({ storage, api, bot: "b1", ttlMs: 60_000, now: () => clock });

/** A chat_member (or my_chat_member) update, run through the cache's middleware. */
async function memberUpdate(
  cache: ReturnType<typeof adminCache>,
  member: ChatMember,
  kind: "chat_member" | "my_chat_member" = "chat_member",
) {
  const update: ChatMemberUpdated = {
    chat: { id: GROUP, type: "supergroup", title: "G" },
    from: owner.user,
    date: 0,
    old_chat_member: { status: "member", user: member.user },
    new_chat_member: member,
  };
  let passed = false;
  const ctx = {
    chatMember: kind === "chat_member" ? update : undefined,
    myChatMember: kind === "my_chat_member" ? update : undefined,
  };
  await cache.middleware()(ctx as never, async () => {
    passed = true;
  });
  expect(passed).toBe(true);
}

beforeEach(() => {
  storage = openSqliteStorage(":memory:");
  clock = 1_000_000;
  calls = 0;
  listed = [owner, administrator(2, { is_anonymous: true, can_restrict_members: true })];
});
afterEach(() => storage.close());

describe("admin cache", () => {
  it("fetches once, then answers from the store until the TTL passes", async () => {
    const cache = cacheOf();
    expect((await cache.admins(GROUP)).map((a) => a.user.id)).toEqual([1, 2]);
    expect(await cache.isAdmin(GROUP, 2)).toBe(true);
    expect(await cache.isAdmin(GROUP, 3)).toBe(false);
    expect(calls).toBe(1);
    clock += 59_999;
    await cache.admins(GROUP);
    expect(calls).toBe(1);
    clock += 1;
    await cache.admins(GROUP);
    expect(calls).toBe(2);
  });

  it("is shared by instances on one store; concurrent lookups share one call", async () => {
    const [a, b] = [cacheOf(), cacheOf()];
    await Promise.all([a.admins(GROUP), a.admins(GROUP), a.isAdmin(GROUP, 1)]);
    expect(calls).toBe(1);
    expect(await b.isAdmin(GROUP, 2)).toBe(true);
    expect(calls).toBe(1);
    // Another bot keeps its own list.
    await adminCache({ storage, api, bot: "b2", now: () => clock }).admins(GROUP);
    expect(calls).toBe(2);
  });

  it("force and maxAgeMs refetch; a private chat has no admins and costs no call", async () => {
    const cache = cacheOf();
    await cache.admins(GROUP);
    await cache.admins(GROUP, { force: true });
    expect(calls).toBe(2);
    clock += 5_000;
    await cache.admins(GROUP, { maxAgeMs: 10_000 });
    expect(calls).toBe(2);
    await cache.admins(GROUP, { maxAgeMs: 4_000 });
    expect(calls).toBe(3);
    expect(await cache.admins(501)).toEqual([]);
    expect(calls).toBe(3);
  });

  it("gives rights: the owner has all, an anonymous admin has theirs", async () => {
    const cache = cacheOf();
    const ownerRights = await cache.rights(GROUP, 1);
    expect(ADMIN_RIGHTS.every((r) => ownerRights?.[r] === true)).toBe(true);
    const rights = await cache.rights(GROUP, 2);
    expect(rights?.can_restrict_members).toBe(true);
    expect(rights?.can_promote_members).toBe(false);
    // Optional rights Telegram left out count as not granted.
    expect(rights?.can_pin_messages).toBe(false);
    expect(await cache.rights(GROUP, 3)).toBeUndefined();
  });

  it("is patched by chat_member updates without a call, keeping the list's expiry", async () => {
    const cache = cacheOf();
    await cache.admins(GROUP);
    clock += 30_000;
    await memberUpdate(cache, administrator(3, { can_pin_messages: true }));
    expect((await cache.rights(GROUP, 3))?.can_pin_messages).toBe(true);
    // Rights changed: the entry is replaced, not duplicated.
    await memberUpdate(cache, administrator(3, { can_pin_messages: false }));
    expect((await cache.admins(GROUP)).filter((a) => a.user.id === 3)).toHaveLength(1);
    expect((await cache.rights(GROUP, 3))?.can_pin_messages).toBe(false);
    await memberUpdate(cache, { status: "left", user: user(2) });
    expect(await cache.isAdmin(GROUP, 2)).toBe(false);
    expect(calls).toBe(1);
    clock += 30_000;
    await cache.admins(GROUP);
    expect(calls).toBe(2);
  });

  it("ignores updates for chats it has no list of; drops the list when the bot is removed", async () => {
    const cache = cacheOf();
    await memberUpdate(cache, administrator(3));
    expect(await storage.listKeys("admins:")).toEqual([]);
    await cache.admins(GROUP);
    await memberUpdate(cache, administrator(99, { can_delete_messages: true }), "my_chat_member");
    expect(await cache.isAdmin(GROUP, 99)).toBe(true);
    await memberUpdate(cache, { status: "kicked", user: user(99), until_date: 0 }, "my_chat_member");
    expect(await storage.listKeys("admins:")).toEqual([]);
  });

  it("answers from this process's copy for memoMs: a busy group's checks cost no store read", async () => {
    const cache = cacheOf();
    await cache.admins(GROUP);
    const ops = countStorageOperations(storage);
    try {
      for (let i = 0; i < 1000; i++) await cache.isAdmin(GROUP, 3);
      expect(ops.total()).toBe(0);
      clock += 5_000;
      await cache.isAdmin(GROUP, 3);
      expect(ops.byOperation()).toEqual({ get: 1 });
      expect(calls).toBe(1);
    } finally {
      ops.restore();
    }
  });

  it("sees its own patches at once, another instance's once its copy is older than memoMs", async () => {
    const [a, b] = [cacheOf(), cacheOf()];
    await a.admins(GROUP);
    expect(await b.isAdmin(GROUP, 3)).toBe(false);
    await memberUpdate(a, administrator(3));
    expect(await a.isAdmin(GROUP, 3)).toBe(true);
    expect(await b.isAdmin(GROUP, 3)).toBe(false);
    clock += 5_000;
    expect(await b.isAdmin(GROUP, 3)).toBe(true);
    // A demotion through b, and an invalidation, count at once there too.
    await memberUpdate(b, { status: "member", user: user(3) });
    expect(await b.isAdmin(GROUP, 3)).toBe(false);
    await b.invalidate(GROUP);
    listed = [owner];
    expect(await b.isAdmin(GROUP, 2)).toBe(false);
    expect(calls).toBe(2);
  });
});
