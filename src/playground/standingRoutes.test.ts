import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator, ManualClock } from "../emulator/index.js";
import { DEMO_GROUP, DEMO_USERS, seedDemoWorld } from "./demoWorld.js";
import { registerStandingRoutes } from "./standingRoutes.js";

const TOKEN = "900300400:standing-routes-bot-token-abc";
const NOW = Date.UTC(2026, 2, 2, 12, 0);
const person = (username: string) => DEMO_USERS.find((u) => u.username === username)!;
const VICTOR = person("victor_member");
const TIMUR = person("timur_moderator");

let clock: ManualClock;
let emulator: Emulator;
let http: FastifyInstance;

const get = async (url: string) => {
  const answer = await http.inject({ method: "GET", url });
  return { status: answer.statusCode, body: answer.json() };
};
const standings = async () => (await get(`/playground/api/groups/${DEMO_GROUP.id}/standings`)).body.result;
const own = async (userId: number) =>
  (await standings()).members.find((m: { user: { id: number } }) => m.user.id === userId);
const bot = (method: string, params: Record<string, unknown>) => emulator.call(TOKEN, method, params);
const inSeconds = (seconds: number) => Math.floor(clock.now() / 1000) + seconds;

beforeEach(async () => {
  clock = new ManualClock(NOW);
  emulator = createEmulator({ clock });
  emulator.registerBot(TOKEN, { username: "standing_bot" });
  seedDemoWorld(emulator.control, [{ username: "standing_bot", admin: true, logChannel: true }]);
  http = Fastify();
  registerStandingRoutes(http, emulator);
  await http.ready();
});

afterEach(() => http.close());

describe("the standing routes", () => {
  it("lists the group's people (no bots) with the emulator's clock", async () => {
    const result = await standings();
    expect(result.now).toBe(NOW / 1000);
    expect(result.membersMayWrite).toBe(true);
    const ids = result.members.map((m: { user: { id: number } }) => m.user.id);
    expect(ids).toContain(VICTOR.id);
    expect(ids).not.toContain(emulator.state.botByUsername("standing_bot")!.id);
    expect(await own(VICTOR.id)).toEqual({
      user: expect.objectContaining({ id: VICTOR.id, first_name: "Victor" }),
      status: "member",
      until: 0,
      limited: false,
    });
  });

  it("a muted member is blocked until the mute's end, and free once the clock passes it", async () => {
    const until = inSeconds(600);
    await bot("restrictChatMember", {
      chat_id: DEMO_GROUP.id,
      user_id: VICTOR.id,
      permissions: { can_send_messages: false },
      until_date: until,
    });
    expect(await own(VICTOR.id)).toMatchObject({ status: "restricted", block: "muted", until });
    clock.advance(600_000);
    expect(await own(VICTOR.id)).toMatchObject({ status: "member", until: 0 });
    expect((await own(VICTOR.id)).block).toBeUndefined();
  });

  it("a lockdown closes the group to members, not to its admins", async () => {
    await bot("setChatPermissions", { chat_id: DEMO_GROUP.id, permissions: { can_send_messages: false } });
    const result = await standings();
    expect(result.membersMayWrite).toBe(false);
    expect(await own(VICTOR.id)).toMatchObject({ block: "closed" });
    expect((await own(TIMUR.id)).block).toBeUndefined();
  });

  it("a banned person still finds the group among theirs, with why they cannot write", async () => {
    await bot("banChatMember", { chat_id: DEMO_GROUP.id, user_id: VICTOR.id });
    const { status, body } = await get(`/playground/api/users/${VICTOR.id}/groups`);
    expect(status).toBe(200);
    expect(body.result).toEqual([
      expect.objectContaining({
        key: `g:${DEMO_GROUP.id}`,
        type: "supergroup",
        standing: { status: "kicked", block: "banned", until: 0, limited: false },
      }),
    ]);
    // Timur: the group and its log channel, where only its admins post.
    const timur = (await get(`/playground/api/users/${TIMUR.id}/groups`)).body.result;
    expect(timur.map((g: { id: number; standing: { block?: string } }) => [g.id, g.standing.block])).toEqual([
      [DEMO_GROUP.id, undefined],
      [DEMO_GROUP.logChannel.id, "channel"],
    ]);
  });

  it("answers 400 for a malformed id and 404 for an unknown chat or person", async () => {
    expect(await get("/playground/api/groups/abc/standings")).toMatchObject({
      status: 400,
      body: { ok: false },
    });
    expect((await get("/playground/api/groups/-100999/standings")).status).toBe(404);
    expect((await get("/playground/api/users/0/groups")).status).toBe(400);
    expect((await get("/playground/api/users/123/groups")).body).toEqual({
      ok: false,
      error: "user not found",
    });
  });
});
