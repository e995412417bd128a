import type { User } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countStorageOperations, type StorageOperationCounter } from "../../../test/support/countStorage.js";
import { openSqliteStorage } from "../../platform/storage/sqliteStorage.js";
import type { Storage } from "../../platform/storage/storage.js";
import { memberDirectory } from "./memberDirectory.js";

const GROUP = -100777;
const OTHER_GROUP = -100888;
const DAY = 86_400_000;
const ann: User = { id: 11, is_bot: false, first_name: "Ann", last_name: "Lee", username: "Ann_Lee" };
const bob: User = { id: 12, is_bot: false, first_name: "Bob", username: "bobby" };

let storage: Storage;
let ops: StorageOperationCounter;
let clock: number;
const silent = { warn: () => {} };
const directoryOn = (store: Storage, capacity?: number) =>
  memberDirectory({
    storage: store,
    key: (...parts) => ["moderation", "b1", ...parts].join(":"),
    now: () => clock,
    logger: silent,
    ...(capacity ? { capacity } : {}),
  });

beforeEach(() => {
  storage = openSqliteStorage(":memory:");
  ops = countStorageOperations(storage);
  clock = 1_700_000_000_000;
});
afterEach(async () => {
  ops.restore();
  await storage.close();
});

describe("member directory: @username → a member the bot has seen in the group", () => {
  it("finds a member who wrote, by their username in any case, with or without the @", async () => {
    const directory = directoryOn(storage);
    await directory.see(GROUP, ann);
    const found = { id: 11, name: "Ann Lee", username: "Ann_Lee" };
    expect(await directory.lookup(GROUP, "Ann_Lee")).toEqual(found);
    expect(await directory.lookup(GROUP, "@ann_lee")).toEqual(found);
    expect(await directory.lookup(GROUP, "@ANN_LEE")).toEqual(found);
  });

  it("knows nobody it has not seen, and keeps each group apart", async () => {
    const directory = directoryOn(storage);
    await directory.see(GROUP, ann);
    expect(await directory.lookup(GROUP, "bobby")).toBeUndefined();
    expect(await directory.lookup(OTHER_GROUP, "ann_lee")).toBeUndefined();
  });

  it("writes the store once for a member seen many times; again when their name changes", async () => {
    const directory = directoryOn(storage);
    for (let i = 0; i < 1000; i++) await directory.see(GROUP, ann);
    expect(ops.byOperation()).toEqual({ set: 1 });
    await directory.see(GROUP, { ...ann, first_name: "Annie" });
    expect(ops.byOperation()).toEqual({ set: 2 });
    expect((await directory.lookup(GROUP, "ann_lee"))?.name).toBe("Annie Lee");
  });

  it("ignores bots and people without a username, at no store cost", async () => {
    const directory = directoryOn(storage);
    await directory.see(GROUP, { id: 5, is_bot: true, first_name: "Spam", username: "spam_bot" });
    await directory.see(GROUP, { id: 6, is_bot: false, first_name: "Nameless" });
    expect(await directory.lookup(GROUP, "spam_bot")).toBeUndefined();
    expect(ops.byOperation()).toEqual({ get: 1 });
  });

  it("a username that changed hands names its new holder", async () => {
    const directory = directoryOn(storage);
    await directory.see(GROUP, ann);
    await directory.see(GROUP, { ...bob, username: "ann_lee" });
    expect(await directory.lookup(GROUP, "ann_lee")).toMatchObject({ id: 12, name: "Bob" });
  });

  it("survives a restart and is shared by instances: another directory on the store finds the member", async () => {
    await directoryOn(storage).see(GROUP, ann);
    const restarted = directoryOn(storage);
    expect(await restarted.lookup(GROUP, "ann_lee")).toMatchObject({ id: 11 });
    // Found once from the store, then from memory.
    await restarted.lookup(GROUP, "ann_lee");
    expect(ops.byOperation()).toEqual({ set: 1, get: 1 });
  });

  it("writes a member still seen again after 30 days, so an active member's entry never expires", async () => {
    const directory = directoryOn(storage);
    await directory.see(GROUP, ann);
    clock += 29 * DAY;
    await directory.see(GROUP, ann);
    expect(ops.byOperation()).toEqual({ set: 1 });
    clock += 2 * DAY;
    await directory.see(GROUP, ann);
    expect(ops.byOperation()).toEqual({ set: 2 });
  });

  it("holds at most `capacity` members in memory; the rest are found in the store", async () => {
    const directory = directoryOn(storage, 2);
    await directory.see(GROUP, ann);
    await directory.see(GROUP, bob);
    await directory.see(OTHER_GROUP, bob);
    ops.reset();
    expect(await directory.lookup(GROUP, "bobby")).toMatchObject({ id: 12 });
    expect(ops.total()).toBe(0);
    expect(await directory.lookup(GROUP, "ann_lee")).toMatchObject({ id: 11 });
    expect(ops.byOperation()).toEqual({ get: 1 });
  });

  it("tries a failed write again on the member's next message", async () => {
    const directory = directoryOn(storage);
    const set = storage.set.bind(storage);
    let failing = true;
    storage.set = async (...args) => {
      if (failing) throw new Error("store down");
      return set(...args);
    };
    await directory.see(GROUP, ann);
    failing = false;
    await directory.see(GROUP, ann);
    expect(await directoryOn(storage).lookup(GROUP, "ann_lee")).toMatchObject({ id: 11 });
  });
});
