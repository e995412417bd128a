/**
 * Managing a group's settings from a private chat, end to end: the emulator, the real API V2 and
 * the app. An admin lists their groups with /settings, opens one, taps toggles and types values;
 * API V2's settings (read back with GET) are what changed, bad values are refused in words, and
 * someone who is not an admin (any more) is refused on every press.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TranscriptMessage } from "../../src/emulator/index.js";
import { MOD_BOT, ModerationStack, type TestGroup } from "./moderationStack.js";

let stack: ModerationStack;
beforeAll(async () => {
  stack = await ModerationStack.start();
}, 30_000);
afterAll(async () => {
  await stack?.close();
});

const apiSettings = (chatId: number) => stack.apiSettings(chatId);

const buttonsOf = (message: TranscriptMessage) =>
  (message.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);

/** The bot's message in `userId`'s private chat (new or edited, after `after`) matching `match`. */
const dm = (userId: number, match: RegExp, after = 0) =>
  stack.control.waitForMessage(
    MOD_BOT.username,
    (m) => m.from?.is_bot === true && m.message_id > after && match.test(m.text ?? ""),
    8000,
    userId,
  );

/** `userId` writes `text` to the bot and waits for the answer matching `match`. */
async function tell(userId: number, text: string, match: RegExp): Promise<TranscriptMessage> {
  const sent = await stack.control.sendText(userId, MOD_BOT.username, text);
  return dm(userId, match, sent.message_id);
}

/** Presses `text` on the menu message and waits for the message to read `match` (edited in place). */
async function press(userId: number, message: TranscriptMessage, text: string, match: RegExp) {
  const answer = await stack.control.pressButton(userId, MOD_BOT.username, message.message_id, { text });
  const shown = await dm(userId, match, message.message_id - 1);
  return { answer, shown };
}

/** `userId`'s menu open on the group's summary. */
async function menuOf(userId: number): Promise<TranscriptMessage> {
  const list = await tell(userId, "/settings", /Which group/);
  return (await press(userId, list, "Rust <Learners>", /Settings of/)).shown;
}

/** A group with its admin's menu open on the group's summary. */
async function openMenu(): Promise<{ g: TestGroup; menu: TranscriptMessage }> {
  const g = await stack.group();
  return { g, menu: await menuOf(g.admin) };
}

describe("group settings from a private chat", () => {
  it("/settings lists only the groups where the user is an admin and the bot is present", async () => {
    const g = await stack.group();
    const other = await stack.control.createGroup({
      title: "Where Adam only talks",
      ownerId: g.owner,
      members: [g.admin],
      bots: [{ bot: MOD_BOT.username, admin: true, rights: { can_restrict_members: true } }],
    });
    await stack.control.createGroup({ title: "No bot here", ownerId: g.admin });
    const list = await tell(g.admin, "/settings", /Which group/);
    expect(list.text).toBe("⚙️ Which group's settings do you want to manage?");
    expect(buttonsOf(list)).toEqual(["Rust <Learners>"]);
    const ownerList = await tell(g.owner, "/settings", /Which group/);
    expect(buttonsOf(ownerList)).toEqual(["Rust <Learners>", "Where Adam only talks"]);
    const none = await tell(g.ann, "/settings", /no group/);
    expect(none.text).toBe(
      "I found no group where you are an admin and I am a member. Add me to your group as an admin, then send /settings here again.",
    );
    expect(other.id).not.toBe(g.id);
  });

  it("the group's summary shows API V2's settings, with a button per section", async () => {
    const { menu } = await openMenu();
    expect(menu.text).toBe(
      [
        "⚙️ Settings of Rust <Learners>",
        "",
        "⚠️ Warnings: after 3, ban forever",
        "🌊 Flood control: off",
        "🔒 Locks: none",
        "🌙 Night mode: off",
        "👋 Welcome: off",
        "🤖 Captcha: off",
        "📣 Log channel: none",
        "🧹 Auto-delete: nothing",
      ].join("\n"),
    );
    expect(buttonsOf(menu)).toEqual([
      "⚠️ Warnings",
      "🌊 Flood",
      "🔒 Locks",
      "🌙 Night mode",
      "👋 Welcome",
      "🤖 Captcha",
      "📣 Log channel",
      "🧹 Auto-delete",
      "« My groups",
    ]);
  });

  it("turning flood control on and typing a new rule changes API V2's settings", async () => {
    const { g, menu } = await openMenu();
    const { shown: flood } = await press(g.admin, menu, "🌊 Flood", /Flood control/);
    const { answer, shown } = await press(g.admin, flood, "Turn on", /Flood control<?.*: on/s);
    expect(answer).toMatchObject({ text: "✅ Saved." });
    expect(shown.text).toBe(
      "🌊 Flood control in Rust <Learners>: on\nA flood: 5 messages within 10 s.\nThen: mute for 10 min",
    );
    expect((await apiSettings(g.id)).flood).toMatchObject({ enabled: true, messages: 5, seconds: 10 });

    await press(g.admin, shown, "✏️ Messages and time", /How many messages/);
    await tell(g.admin, "1", /whole number from 2 to 100/);
    await tell(g.admin, "8", /Within how much time/);
    const saved = await tell(g.admin, "1m", /Saved/);
    expect(saved.text).toMatch(
      /^✅ Saved\.\n\n🌊 Flood control in Rust <Learners>: on\nA flood: 8 messages within 1 min\./,
    );
    expect((await apiSettings(g.id)).flood).toMatchObject({ enabled: true, messages: 8, seconds: 60 });
  });

  it("the warning limit is typed: out of range is refused in words, then taken", async () => {
    const { g, menu } = await openMenu();
    const { shown: warnings } = await press(g.admin, menu, "⚠️ Warnings", /Warnings in/);
    const { shown: asked } = await press(g.admin, warnings, "✏️ Limit", /After how many warnings/);
    expect(buttonsOf(asked)).toEqual(["« Back without a change"]);
    const refused = await tell(g.admin, "25", /whole number/);
    expect(refused.text).toContain("Please send a whole number from 1 to 20.");
    expect((await apiSettings(g.id)).warnings).toMatchObject({ limit: 3 });
    const saved = await tell(g.admin, "5", /Saved/);
    expect(saved.text).toContain("After 5 warnings: ban forever");
    expect((await apiSettings(g.id)).warnings).toMatchObject({ limit: 5, action: "ban" });
    // A choice is a button: mute, then a typed duration.
    const { shown: muted } = await press(g.admin, saved, "Mute", /After 5 warnings: mute forever/);
    await press(g.admin, muted, "✏️ Duration", /How long should the mute last/);
    await tell(g.admin, "2h", /Saved/);
    expect((await apiSettings(g.id)).warnings).toMatchObject({ action: "mute", action_duration: 7200 });
  });

  it("night mode's window and zone are typed; a bad time zone is refused with a clear message", async () => {
    const { g, menu } = await openMenu();
    const { shown: night } = await press(g.admin, menu, "🌙 Night mode", /Night mode in/);
    await press(g.admin, night, "✏️ Time zone", /Which time zone/);
    const refused = await tell(g.admin, "Mars/Olympus_Mons", /time zone/);
    expect(refused.text).toContain(
      "I do not know that time zone. Please send its IANA name, such as Europe/Berlin, Asia/Almaty or America/New_York.",
    );
    const zoned = await tell(g.admin, "asia/almaty", /Saved/);
    expect(zoned.text).toContain("The chat is closed from 23:00 to 07:00 (Asia/Almaty).");

    await press(g.admin, zoned, "✏️ Start", /When should night mode start/);
    await tell(g.admin, "25:00", /HH:MM/);
    const started = await tell(g.admin, "22:30", /Saved/);
    await press(g.admin, started, "✏️ End", /When should night mode end/);
    await tell(g.admin, "22.30", /cannot start and end at the same time \(22:30\)/);
    const ended = await tell(g.admin, "6:15", /Saved/);
    const { shown: weekdays } = await press(
      g.admin,
      ended,
      "✓ Sun",
      /Starting on: Mon, Tue, Wed, Thu, Fri, Sat/,
    );
    const { answer, shown: on } = await press(g.admin, weekdays, "Turn on", /Night mode in.*: on/s);
    expect(answer).toMatchObject({ text: "✅ Saved." });
    expect(on.text).toBe(
      [
        "🌙 Night mode in Rust <Learners>: on",
        "The chat is closed from 22:30 to 06:15 (Asia/Almaty).",
        "Starting on: Mon, Tue, Wed, Thu, Fri, Sat",
      ].join("\n"),
    );
    // Switched as /nightmode does: recorded in API V2 as the admin's, with an answer.
    const switched = await dm(g.admin, /Night mode is on|night mode is on/i, on.message_id);
    expect(switched.text).toContain("22:30");
    const log = await stack.actionLog(g.id);
    expect(log.filter((entry) => entry.action === "night_mode_on")).toMatchObject([{ admin_id: g.admin }]);
    expect((await apiSettings(g.id)).night_mode).toEqual({
      enabled: true,
      start: "22:30",
      end: "06:15",
      weekdays: ["mon", "tue", "wed", "thu", "fri", "sat"],
      time_zone: "Asia/Almaty",
    });
  });

  it("locks and auto-delete are toggles", async () => {
    const { g, menu } = await openMenu();
    const { shown: locks } = await press(g.admin, menu, "🔒 Locks", /Locks in/);
    const { shown: url } = await press(g.admin, locks, "▫️ Links", /Locks in/);
    expect(buttonsOf(url)).toContain("✅ Links");
    await press(g.admin, url, "▫️ Photos", /Locks in/);
    expect((await apiSettings(g.id)).locks).toEqual(["photo", "url"]);
    const { shown: back } = await press(g.admin, url, "« Back", /Settings of/);
    expect(back.text).toContain("🔒 Locks: Photos, Links");
    const { shown: autoDelete } = await press(g.admin, back, "🧹 Auto-delete", /Auto-delete in/);
    const { shown: commands } = await press(g.admin, autoDelete, "▫️ Commands", /Auto-delete in/);
    expect(buttonsOf(commands).slice(0, 3)).toEqual([
      "✅ Commands",
      "▫️ Join and leave messages",
      "▫️ The previous welcome",
    ]);
    expect((await apiSettings(g.id)).auto_delete).toEqual({
      commands: true,
      service_messages: false,
      welcome: false,
    });
  });

  it("the log channel is named by its @username, checked by a test post, and receives the next action", async () => {
    const { g, menu } = await openMenu();
    const channel = await stack.control.createChannel({
      title: "Rust log",
      username: "rust_mod_log",
      ownerId: g.owner,
      bots: [{ bot: MOD_BOT.username, rights: { can_post_messages: true } }],
    });
    // Adam is an admin of the group, not of the channel: he may not send the group's log there.
    const { shown: log } = await press(g.admin, menu, "📣 Log channel", /Log channel of/);
    expect(log.text).toBe(
      "📣 Log channel of Rust <Learners>\nNo log channel: my actions are not posted anywhere.",
    );
    await press(g.admin, log, "✏️ Set the channel", /Which channel/);
    const refused = await tell(g.admin, "@rust_mod_log", /not an admin of that channel/);
    expect(refused.text).toBe(
      "You are not an admin of that channel: only its admins may send a group's log there.",
    );

    // Olga owns both.
    const ownerMenu = await menuOf(g.owner);
    const { shown: ownerLog } = await press(g.owner, ownerMenu, "📣 Log channel", /Log channel of/);
    await press(g.owner, ownerLog, "✏️ Set the channel", /Which channel/);
    const saved = await tell(g.owner, "@rust_mod_log", /Saved/);
    expect(saved.text).toContain(`Every action is posted to the channel ${channel.id}.`);
    expect((await apiSettings(g.id)).log_channel_id).toBe(channel.id);
    const posts = await stack.control.transcript(channel.id);
    expect(posts.map((p) => p.text)).toContain(
      "✅ This channel now receives the moderation log of Rust <Learners>.",
    );

    // Applied at once: the next action is in the channel.
    await stack.ask(g.id, g.admin, `/ban ${g.bob} spam`, /banned/);
    const post = await stack.control.waitForMessage(channel.id, (m) => /#BAN/.test(m.text ?? ""), 8000);
    expect(post.text).toMatch(/^#BAN\n/);
  });

  it("an admin demoted since the menu opened is refused on every press, and nothing changes", async () => {
    const { g, menu } = await openMenu();
    const { shown: flood } = await press(g.admin, menu, "🌊 Flood", /Flood control/);
    await stack.control.setAdmin(g.id, g.admin, null);
    for (const text of ["Turn on", "✏️ Messages and time", "« Back"]) {
      const answer = await stack.control.pressButton(g.admin, MOD_BOT.username, flood.message_id, { text });
      expect(answer).toMatchObject({
        text: "You are not an admin of that group (any more).",
        show_alert: true,
      });
    }
    expect((await apiSettings(g.id)).flood).toMatchObject({ enabled: false });
  });

  it("/start settings_<group> opens that group's settings for its admin, and refuses anyone else", async () => {
    const g = await stack.group();
    const welcome = await stack.control.start(g.admin, MOD_BOT.username);
    const hint = await dm(g.admin, /Send \/settings here/, welcome.message_id);
    expect(hint.text).toContain("⚙️ Admin of a group I moderate? Send /settings here to manage its settings.");
    const opened = await stack.control.start(g.admin, MOD_BOT.username, `settings_${g.id}`);
    const menu = await dm(g.admin, /Settings of Rust <Learners>/, opened.message_id);
    expect(buttonsOf(menu)).toContain("⚠️ Warnings");
    const started = await stack.control.start(g.ann, MOD_BOT.username, `settings_${g.id}`);
    const refused = await dm(g.ann, /not an admin/, started.message_id);
    expect(refused.text).toBe("You are not an admin of that group (any more).");
  });

  it("a menu opened before a restart still works after it", async () => {
    const { g, menu } = await openMenu();
    const { shown: captcha } = await press(g.admin, menu, "🤖 Captcha", /Captcha in/);
    await stack.restart();
    const { answer, shown } = await press(g.admin, captcha, "Turn on", /Captcha<?.*: on/s);
    expect(answer).toMatchObject({ text: "✅ Saved." });
    expect(shown.text).toContain("Newcomers have 2 min to press the button, or they are removed.");
    expect((await apiSettings(g.id)).captcha).toEqual({ enabled: true, seconds: 120 });
  });

  it("API V2 down: a press says so and changes nothing; the menu works again once it is back", async () => {
    const { g, menu } = await openMenu();
    await stack.apiV2.down();
    try {
      const answer = await stack.control.pressButton(g.admin, MOD_BOT.username, menu.message_id, {
        text: "🌊 Flood",
      });
      expect(answer).toMatchObject({
        text: "⚠️ API V2 does not answer: the settings cannot be read or changed now. Please try again later.",
        show_alert: true,
      });
    } finally {
      await stack.apiV2.up();
    }
    const { shown } = await press(g.admin, menu, "🌊 Flood", /Flood control in/);
    expect(shown.text).toContain(": off");
  });
});
