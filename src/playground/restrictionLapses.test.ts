import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator, type EmulatorEvent, ManualClock } from "../emulator/index.js";
import { defaultChatPermissions } from "../emulator/membership.js";
import { announceRestrictionLapses } from "./restrictionLapses.js";

const TOKEN = "900100200:lapses-test-bot-token-abcdef";
const NOW = Date.UTC(2026, 2, 2, 12, 0);
const TICK_MS = 20;

let clock: ManualClock;
let emulator: Emulator;
let stop: () => void;
let chatId: number;
let victor: number;
let olga: number;
let events: EmulatorEvent[];

const call = (method: string, params: Record<string, unknown>) => emulator.call(TOKEN, method, params);
const mute = (userId: number, seconds: number) =>
  call("restrictChatMember", {
    chat_id: chatId,
    user_id: userId,
    permissions: { can_send_messages: false },
    until_date: Math.floor(clock.now() / 1000) + seconds,
  });
const lapses = () =>
  events.filter(
    (e): e is Extract<EmulatorEvent, { type: "member.changed" }> =>
      e.type === "member.changed" && (e.new_status === "member" || e.new_status === "left"),
  );
const ticks = (count = 3) => new Promise((resolve) => setTimeout(resolve, TICK_MS * count));

beforeEach(() => {
  clock = new ManualClock(NOW);
  emulator = createEmulator({ clock });
  emulator.registerBot(TOKEN, { username: "lapses_bot" });
  const owner = emulator.control.createUser({ first_name: "Sofia" }).id;
  victor = emulator.control.createUser({ first_name: "Victor" }).id;
  olga = emulator.control.createUser({ first_name: "Olga" }).id;
  chatId = emulator.control.createGroup({
    title: "Community",
    ownerId: owner,
    members: [victor, olga],
    bots: [{ bot: "lapses_bot", admin: true }],
  }).id;
  events = [];
  emulator.control.onEvent((event) => events.push(event));
  stop = announceRestrictionLapses(emulator, TICK_MS);
});

afterEach(() => stop());

describe("mutes and bans that end by the clock", () => {
  it("a mute's end is announced as a member change once the clock passes it", async () => {
    await mute(victor, 600);
    await ticks();
    expect(lapses()).toEqual([]);

    clock.advance(600_000);
    await ticks();
    expect(lapses()).toEqual([
      expect.objectContaining({
        chat: expect.objectContaining({ id: chatId }),
        user: expect.objectContaining({ id: victor }),
        old_status: "restricted",
        new_status: "member",
      }),
    ]);
    // Once only.
    await ticks();
    expect(lapses()).toHaveLength(1);
  });

  it("also when someone's read lifted it first, even right after the mute (the clock jumped)", async () => {
    await mute(victor, 600);
    clock.advance(3_600_000);
    // Olga writes: routing her message reads every member, which lifts Victor's mute silently.
    emulator.control.sendText(olga, chatId, "hello");
    expect(emulator.control.member(chatId, victor).status).toBe("member");
    await ticks();
    expect(lapses().map((e) => [e.user.id, e.old_status, e.new_status])).toEqual([
      [victor, "restricted", "member"],
    ]);
  });

  it("a timed ban's end: the person is out of the group, no longer banned", async () => {
    await call("banChatMember", {
      chat_id: chatId,
      user_id: victor,
      until_date: Math.floor(clock.now() / 1000) + 3600,
    });
    clock.advance(3_601_000);
    await ticks();
    expect(lapses().map((e) => [e.user.id, e.old_status, e.new_status])).toEqual([
      [victor, "kicked", "left"],
    ]);
  });

  it("an admin lifting a mute early is the bot's change, not announced again", async () => {
    await mute(victor, 600);
    await ticks();
    await call("restrictChatMember", {
      chat_id: chatId,
      user_id: victor,
      permissions: defaultChatPermissions(),
    });
    expect(emulator.control.member(chatId, victor).status).toBe("member");
    const fromBot = lapses().length;
    expect(fromBot).toBe(1); // the bot's own change
    clock.advance(600_000);
    await ticks();
    expect(lapses()).toHaveLength(fromBot);
  });

  it("stops when told", async () => {
    stop();
    await mute(victor, 600);
    clock.advance(600_000);
    await ticks();
    expect(lapses()).toEqual([]);
  });
});
