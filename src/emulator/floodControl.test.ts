import { beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "./clock.js";
import { createEmulator, type Emulator } from "./emulator.js";
import { apiError, botToken } from "./testFixtures.js";

const TOKEN = botToken(9001);

let clock: ManualClock;
let emulator: Emulator;

beforeEach(() => {
  clock = new ManualClock();
  emulator = createEmulator({ clock });
  emulator.registerBot(TOKEN, { username: "flood_bot" });
});

const send = (chatId: number) => emulator.call(TOKEN, "sendMessage", { chat_id: chatId, text: "x" });

function privateChats(count: number): number[] {
  return Array.from({ length: count }, () => {
    const id = emulator.control.createUser().id;
    emulator.control.sendText(id, "flood_bot", "/start");
    return id;
  });
}

describe("flood control", () => {
  it("is off unless switched on", async () => {
    const [user] = privateChats(1) as [number];
    for (let i = 0; i < 10; i++) await send(user);
  });

  it("allows a burst of 3 in a chat, then one a second, answering 429 with retry_after", async () => {
    emulator.setFloodControl("flood_bot", true);
    const [user] = privateChats(1) as [number];
    for (let i = 0; i < 3; i++) await send(user);
    expect(await apiError(send(user))).toEqual({
      code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    clock.advance(1000);
    await send(user);
    expect((await apiError(send(user))).code).toBe(429);
  });

  it("allows 20 messages a minute in a group", async () => {
    emulator.setFloodControl(TOKEN, true);
    const owner = emulator.control.createUser().id;
    const group = emulator.control.createGroup({ title: "G", ownerId: owner, bots: [{ bot: "flood_bot" }] });
    for (let i = 0; i < 20; i++) {
      await send(group.id);
      clock.advance(1000);
    }
    // 20 sends at t = 0..19 s; the first leaves the window at t = 60 s.
    expect(await apiError(send(group.id))).toMatchObject({ code: 429, parameters: { retry_after: 40 } });
    clock.advance(40_000);
    await send(group.id);
  });

  it("allows about 30 messages a second across chats", async () => {
    emulator.setFloodControl(TOKEN, true);
    const users = privateChats(31);
    for (const user of users.slice(0, 30)) await send(user);
    expect(await apiError(send(users[30] as number))).toMatchObject({
      code: 429,
      parameters: { retry_after: 1 },
    });
  });
});
