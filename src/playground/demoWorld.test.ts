import { beforeEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../emulator/index.js";
import { demoBots } from "./demoBots.js";
import { DEMO_GROUP, DEMO_GROUP_CHATTER, DEMO_USERS, seedDemoWorld } from "./demoWorld.js";

const moderation = demoBots.moderation!;
const person = (username: string) => DEMO_USERS.find((u) => u.username === username)!;

let emulator: Emulator;
let botId: number;

beforeEach(() => {
  emulator = createEmulator();
  botId = emulator.registerBot(moderation.profile.token, { username: moderation.profile.username }).id;
  seedDemoWorld(emulator.control, [
    {
      username: moderation.profile.username,
      admin: true,
      ...(moderation.groupRights ? { rights: moderation.groupRights } : {}),
      logChannel: true,
    },
  ]);
});

describe("the demo world", () => {
  it("has fixed, unique ids and usernames, every person in a platform language", () => {
    expect(new Set(DEMO_USERS.map((u) => u.id)).size).toBe(DEMO_USERS.length);
    expect(new Set(DEMO_USERS.map((u) => u.username)).size).toBe(DEMO_USERS.length);
    expect(new Set(DEMO_USERS.map((u) => u.language_code))).toEqual(new Set(["en", "ru", "ro", "kk"]));
  });

  it("makes the moderation bot an admin of the group that may restrict, delete and pin, not promote", () => {
    const bot = emulator.control.member(DEMO_GROUP.id, botId);
    expect(bot).toMatchObject({
      status: "administrator",
      can_restrict_members: true,
      can_delete_messages: true,
      can_pin_messages: true,
      can_promote_members: false,
    });
  });

  it("gives the group its owner, a moderator, an anonymous admin, members and a flooder", () => {
    const member = (username: string) => emulator.control.member(DEMO_GROUP.id, person(username).id);
    expect(member("sofia_owner").status).toBe("creator");
    expect(member("timur_moderator")).toMatchObject({ status: "administrator", can_restrict_members: true });
    expect(member("elena_anonymous")).toMatchObject({
      status: "administrator",
      is_anonymous: true,
      custom_title: "Moderator",
    });
    for (const username of ["victor_member", "olga_member", "boris_flooder"])
      expect(member(username).status).toBe("member");
    expect(DEMO_GROUP.flooderId).toBe(person("boris_flooder").id);
    // Someone from another demo (Daniel) is not in it.
    expect(member("daniel_support").status).toBe("left");
  });

  it("gives the group a log channel the owner owns, its admins read and the bot posts to", async () => {
    const channel = DEMO_GROUP.logChannel.id;
    expect(emulator.control.member(channel, DEMO_GROUP.ownerId).status).toBe("creator");
    for (const { userId } of DEMO_GROUP.admins)
      expect(emulator.control.member(channel, userId).status).toBe("member");
    expect(emulator.control.member(channel, botId)).toMatchObject({
      status: "administrator",
      can_post_messages: true,
    });
    await emulator.call(moderation.profile.token, "sendMessage", { chat_id: channel, text: "#MUTE" });
    expect(emulator.control.transcript(channel).map((m) => m.text)).toEqual(["#MUTE"]);
  });

  it("starts the group with a few messages to reply to", () => {
    const said = emulator.control
      .transcript(DEMO_GROUP.id)
      .filter((m) => m.text !== undefined)
      .map((m) => [m.from?.id, m.text]);
    expect(said).toEqual(DEMO_GROUP_CHATTER.map((line) => [line.from, line.text]));
  });
});
