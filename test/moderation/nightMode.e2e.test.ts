/**
 * Night mode end to end: the emulator (Telegram), the real API V2 and the app share one clock,
 * which the tests set to local times in Asia/Almaty (UTC+5) and then run the `night-mode` job
 * (handed over by the module's `onNightModeJob` hook) instead of waiting 30 s for it. The
 * window is 23:00–07:00 on Monday to Friday; the group's members may not send polls.
 * Each test works on later dates than the one before, as the clock is shared.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModerationOptions } from "../../src/modules/moderation/index.js";
import { MOD_BOT, ModerationStack } from "./moderationStack.js";

let stack: ModerationStack;
let runNightJob: () => Promise<void>;
const hook: Pick<ModerationOptions, "onNightModeJob"> = {
  onNightModeJob: (run) => {
    runNightJob = run;
  },
};
beforeAll(async () => {
  stack = await ModerationStack.start({ ...hook, breaker: { threshold: 100, halfOpenAfterMs: 50 } });
}, 30_000);
afterAll(async () => {
  await stack?.close();
});

const WINDOW = {
  start: "23:00",
  end: "07:00",
  weekdays: ["mon", "tue", "wed", "thu", "fri"],
  time_zone: "Asia/Almaty",
};

/** Moves the shared clock to `local` (`2030-01-07T23:00`) in Almaty, then runs the job. */
async function at(local: string): Promise<void> {
  stack.clock.set(Date.parse(`${local}:00+05:00`));
  await runNightJob();
}

async function nightGroup({ enabled }: { enabled: boolean }) {
  const user = async (first_name: string) =>
    (await stack.control.createUser({ first_name, language_code: "en" })).id;
  const [owner, admin, ann] = [await user("Olga"), await user("Adam"), await user("Ann")];
  const { id } = await stack.control.createGroup({
    title: "Almaty runners",
    ownerId: owner,
    members: [ann],
    admins: [{ userId: admin, rights: { can_restrict_members: true } }],
    bots: [{ bot: MOD_BOT.username, admin: true, rights: { can_restrict_members: true } }],
    permissions: { can_send_polls: false },
  });
  await stack.patchSettings(id, { night_mode: { ...WINDOW, enabled } });
  return { id, owner, admin, ann, before: await stack.chatPermissions(id) };
}

/** The bot's messages in the group since message `after`. */
const botTexts = async (chatId: number, after: number) =>
  (await stack.botMessagesAfter(chatId, after)).map((m) => m.text);
/** The id of the group's newest message. */
const lastId = async (chatId: number) => (await stack.control.transcript(chatId)).at(-1)?.message_id ?? 0;

const CLOSED_NOTICE = "🌙 Night mode: the chat is closed until 07:00 (Asia/Almaty).";
const OPEN_NOTICE = "☀️ Good morning: the chat is open again.";

describe("night mode", () => {
  it("/nightmode on: the chat closes at 23:00 and opens at 07:00 local, with notices and its exact permissions", async () => {
    stack.clock.set(Date.parse("2030-01-07T22:00:00+05:00")); // a Monday
    const g = await nightGroup({ enabled: false });
    const on = await stack.ask(g.id, g.admin, "/nightmode on", /Night mode is on/);
    expect(on.text).toBe(
      "🌙 Night mode is on: the chat closes 23:00–07:00 (Asia/Almaty), Mon, Tue, Wed, Thu, Fri.",
    );

    await at("2030-01-07T22:59");
    expect(await botTexts(g.id, on.message_id)).toEqual([]);
    await stack.send(g.id, g.ann, "last words before the night");

    let mark = await lastId(g.id);
    await at("2030-01-07T23:00");
    expect(await botTexts(g.id, mark)).toEqual([CLOSED_NOTICE]);
    await expect(stack.send(g.id, g.ann, "anyone up?")).rejects.toThrow(/can_send_messages is false/);
    await stack.send(g.id, g.admin, "admins are exempt");
    await at("2030-01-08T03:00");
    expect(await botTexts(g.id, mark), "closed once, announced once").toEqual([CLOSED_NOTICE]);

    const shown = await stack.ask(g.id, g.admin, "/nightmode", /Window/);
    expect(shown.text).toBe(
      [
        "🌙 Night mode is on.",
        "Window: 23:00–07:00 (Asia/Almaty), Mon, Tue, Wed, Thu, Fri.",
        "Now: in force, the chat is closed until 07:00.",
        "/nightmode on · /nightmode off",
      ].join("\n"),
    );

    mark = await lastId(g.id);
    await at("2030-01-08T06:59");
    await expect(stack.send(g.id, g.ann, "still night")).rejects.toThrow(/can_send_messages is false/);
    await at("2030-01-08T07:00");
    expect(await botTexts(g.id, mark)).toEqual([OPEN_NOTICE]);
    expect(await stack.chatPermissions(g.id)).toEqual(g.before);
    await stack.send(g.id, g.ann, "good morning");

    const actions = (await stack.actionLog(g.id)).map((e) => e.action);
    expect(actions).toEqual(["night_open", "night_close", "night_mode_on"]);
    const off = await stack.ask(g.id, g.admin, "/nightmode off", /Night mode is off/);
    expect(off.text).toBe("☀️ Night mode is off.");
  });

  it("stays open on a weekday the window does not start on", async () => {
    const g = await nightGroup({ enabled: true });
    const mark = await lastId(g.id);
    await at("2030-01-12T23:00"); // a Saturday
    await at("2030-01-13T02:00");
    expect(await botTexts(g.id, mark)).toEqual([]);
    await stack.send(g.id, g.ann, "saturday night is open");
    await stack.patchSettings(g.id, { night_mode: { enabled: false } });
  });

  it("a lockdown during the night holds after the morning; /unlock then opens with the permissions from before the night", async () => {
    const g = await nightGroup({ enabled: true });
    await at("2030-01-14T23:00"); // a Monday
    const locked = await stack.ask(g.id, g.admin, "/lockdown", /Lockdown/);
    expect(locked.text).toBe(
      "🔒 Lockdown: the chat, closed for the night, stays closed after the night until /unlock.",
    );
    await at("2030-01-15T07:00");
    expect(await botTexts(g.id, locked.message_id), "no good morning: still closed").toEqual([]);
    await expect(stack.send(g.id, g.ann, "morning?")).rejects.toThrow(/can_send_messages is false/);

    const unlocked = await stack.ask(g.id, g.admin, "/unlock", /open again/);
    expect(unlocked.text).toBe("🔓 The chat is open again, with the permissions it had before.");
    expect(await stack.chatPermissions(g.id)).toEqual(g.before);

    // The other way round: locked down first, then the night; lifting the lockdown leaves the night.
    await stack.ask(g.id, g.admin, "/lockdown", /locked down/);
    await at("2030-01-15T23:00");
    const lifted = await stack.ask(g.id, g.admin, "/unlock", /lifted/);
    expect(lifted.text).toBe(
      "🔓 The lockdown is lifted, but night mode keeps the chat closed until 07:00 (Asia/Almaty).",
    );
    await expect(stack.send(g.id, g.ann, "night")).rejects.toThrow(/can_send_messages is false/);
    await at("2030-01-16T07:00");
    expect(await stack.chatPermissions(g.id)).toEqual(g.before);
    await stack.patchSettings(g.id, { night_mode: { enabled: false } });
  });

  it("/nightmode off at night opens the chat now; /nightmode on at night closes it now", async () => {
    const g = await nightGroup({ enabled: true });
    await at("2030-01-16T23:30"); // a Wednesday
    const off = await stack.ask(g.id, g.admin, "/nightmode off", /Night mode is off/);
    expect(off.text).toBe("☀️ Night mode is off.\nThe chat is open again.");
    expect(await stack.chatPermissions(g.id)).toEqual(g.before);
    await at("2030-01-16T23:45");
    await stack.send(g.id, g.ann, "night mode is off");

    const on = await stack.ask(g.id, g.owner, "/nightmode on", /Night mode is on/);
    expect(on.text).toBe(
      [
        "🌙 Night mode is on: the chat closes 23:00–07:00 (Asia/Almaty), Mon, Tue, Wed, Thu, Fri.",
        "It is night now: the chat is closed until 07:00 (Asia/Almaty).",
      ].join("\n"),
    );
    await expect(stack.send(g.id, g.ann, "hm")).rejects.toThrow(/can_send_messages is false/);
    await at("2030-01-17T07:00");
    expect(await stack.chatPermissions(g.id)).toEqual(g.before);
    await stack.patchSettings(g.id, { night_mode: { enabled: false } });
  });

  it("answers a bad argument, and refuses a member", async () => {
    const g = await nightGroup({ enabled: false });
    const bad = await stack.ask(g.id, g.admin, "/nightmode tonight", /Use/);
    expect(bad.text).toBe("Use /nightmode on or /nightmode off, or /nightmode alone to see the schedule.");
    const member = await stack.ask(g.id, g.ann, "/nightmode on", /admins/);
    expect(member.text).toBe("⛔ Only the group's admins can do this.");
    const shown = await stack.ask(g.id, g.ann, "/nightmode", /admins/);
    expect(shown.text).toBe("⛔ Only the group's admins can do this.");
  });

  it("a night survives a restart, and ends on time while API V2 is down", async () => {
    const g = await nightGroup({ enabled: true });
    await at("2030-01-21T23:00"); // a Monday
    await expect(stack.send(g.id, g.ann, "late")).rejects.toThrow(/can_send_messages is false/);
    await stack.restart({ ...hook, breaker: { threshold: 100, halfOpenAfterMs: 50 } });
    await stack.apiV2.down();
    try {
      const mark = await lastId(g.id);
      await at("2030-01-22T06:59");
      await expect(stack.send(g.id, g.ann, "early")).rejects.toThrow(/can_send_messages is false/);
      await at("2030-01-22T07:00");
      expect(await botTexts(g.id, mark)).toEqual([OPEN_NOTICE]);
      expect(await stack.chatPermissions(g.id)).toEqual(g.before);
    } finally {
      await stack.apiV2.up();
    }
  });

  it("/nightmode off while API V2 is down opens the chat now, and the night does not come back once it returns", async () => {
    const g = await nightGroup({ enabled: true });
    await at("2030-01-28T23:00"); // a Monday
    await stack.apiV2.down();
    let off: Awaited<ReturnType<typeof stack.ask>>;
    try {
      off = await stack.ask(g.id, g.admin, "/nightmode off", /Night mode is off/);
    } finally {
      await stack.apiV2.up();
    }
    expect(off.text).toBe(
      [
        "☀️ Night mode is off.",
        "The chat is open again.",
        "⏳ Done on Telegram. API V2 does not answer now: the record is pending and will be written when it is back.",
      ].join("\n"),
    );
    await at("2030-01-28T23:30");
    expect(await botTexts(g.id, off.message_id), "not closed again").toEqual([]);
    expect(await stack.chatPermissions(g.id)).toEqual(g.before);
    expect((await stack.actionLog(g.id)).map((e) => e.action)).toContain("night_mode_off");
  });
});
