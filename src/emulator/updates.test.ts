import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiUpdate } from "./apiTypes.js";
import { createEmulator, type Emulator } from "./emulator.js";
import { apiError, botToken } from "./testFixtures.js";

const TOKEN = botToken(7001);

let emulator: Emulator;
let userId: number;

const getUpdates = (params: Record<string, unknown> = {}) =>
  emulator.call(TOKEN, "getUpdates", params) as Promise<ApiUpdate[]>;
const ids = (updates: ApiUpdate[]) => updates.map((u) => u.update_id);
const say = (text: string) => emulator.control.sendText(userId, "poll_bot", text);

beforeEach(() => {
  emulator = createEmulator();
  emulator.registerBot(TOKEN, { username: "poll_bot" });
  userId = emulator.control.createUser().id;
});

afterEach(() => {
  emulator.close();
  vi.useRealTimers();
});

describe("getUpdates", () => {
  it("keeps updates until a later call passes a higher offset", async () => {
    say("one");
    say("two");
    say("three");
    expect(ids(await getUpdates())).toEqual([1, 2, 3]);
    expect(ids(await getUpdates())).toEqual([1, 2, 3]);
    expect(ids(await getUpdates({ offset: 2 }))).toEqual([2, 3]);
    expect(ids(await getUpdates())).toEqual([2, 3]);
    expect(ids(await getUpdates({ limit: 1 }))).toEqual([2]);
    expect(ids(await getUpdates({ offset: -1 }))).toEqual([3]);
    expect(ids(await getUpdates({ offset: 4 }))).toEqual([]);
    expect((await getUpdates({ offset: 0 })).length).toBe(0);
  });

  it("delivers the message the user sent", async () => {
    const sent = say("/start hello");
    const [update] = await getUpdates();
    expect(update).toEqual({
      update_id: 1,
      message: expect.objectContaining({ message_id: sent.message_id }),
    });
    expect(update?.message).toMatchObject({
      text: "/start hello",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
      chat: { id: userId, type: "private" },
      from: { id: userId, is_bot: false },
    });
  });

  it("waits with a timeout until an update arrives", async () => {
    const started = Date.now();
    const polling = getUpdates({ timeout: 30 });
    setTimeout(() => say("late"), 20);
    const updates = await polling;
    expect(ids(updates)).toEqual([1]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("answers an empty list when the timeout passes", async () => {
    vi.useFakeTimers();
    const polling = getUpdates({ timeout: 2 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(await polling).toEqual([]);
  });

  it("ends the older of two concurrent pollers with 409", async () => {
    const first = getUpdates({ timeout: 30 });
    const second = getUpdates({ timeout: 30 });
    expect(await apiError(first)).toEqual({
      code: 409,
      description:
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    });
    say("for the second");
    expect(ids(await second)).toEqual([1]);
  });

  it("is refused while a webhook is set", async () => {
    await emulator.call(TOKEN, "setWebhook", { url: "http://127.0.0.1:9/hook" });
    expect(await apiError(getUpdates())).toEqual({
      code: 409,
      description:
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    });
    await emulator.call(TOKEN, "deleteWebhook", {});
    expect(await getUpdates()).toEqual([]);
  });

  it("filters by allowed_updates and remembers the choice", async () => {
    const group = emulator.control.createGroup({
      title: "G",
      ownerId: userId,
      bots: [{ bot: "poll_bot", admin: true }],
    });
    const bob = emulator.control.createUser().id;
    emulator.control.joinGroup(bob, group.id);
    // Default: everything but chat_member.
    expect((await getUpdates()).map((u) => Object.keys(u)[1])).toEqual(["my_chat_member", "message"]);
    await getUpdates({ offset: 3, allowed_updates: ["chat_member"] });
    emulator.control.leaveGroup(bob, group.id);
    const later = await getUpdates();
    expect(later.map((u) => Object.keys(u)[1])).toEqual(["chat_member"]);
    expect(later[0]?.chat_member).toMatchObject({
      old_chat_member: { status: "member", user: { id: bob } },
      new_chat_member: { status: "left", user: { id: bob } },
    });
  });

  it("drops pending updates on deleteWebhook with drop_pending_updates", async () => {
    say("stale");
    await emulator.call(TOKEN, "deleteWebhook", { drop_pending_updates: true });
    expect(await getUpdates()).toEqual([]);
  });
});

describe("reset", () => {
  it("update ids keep counting up across a reset, so a bot that de-duplicates by id misses nothing", async () => {
    const emulator = createEmulator();
    const token = "4242:reset-numbering-token-abcdefghijklm";
    emulator.registerBot(token, { username: "numbering_bot" });
    const ann = emulator.control.createUser({ first_name: "Ann" });
    emulator.control.start(ann.id, "numbering_bot");
    emulator.control.sendText(ann.id, "numbering_bot", "one");
    const before = (await emulator.call(token, "getUpdates", {})) as Array<{ update_id: number }>;
    const lastBefore = before.at(-1)!.update_id;
    emulator.control.reset();
    const bob = emulator.control.createUser({ first_name: "Bob" });
    emulator.control.start(bob.id, "numbering_bot");
    const after = (await emulator.call(token, "getUpdates", { offset: lastBefore + 1 })) as Array<{
      update_id: number;
    }>;
    expect(after.map((u) => u.update_id)).toEqual([lastBefore + 1]);
    await emulator.close();
  });
});
