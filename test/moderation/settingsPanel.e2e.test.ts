/**
 * The /settings panel end to end: the emulator (Telegram), the real API V2 and the app, in a
 * supergroup. An admin opens a member's panel, mutes them for 10 minutes in two presses, unmutes,
 * warns and clears; a member's press and a forged button change nothing; a panel drawn before a
 * restart still works after it; without a member, the group's panel locks the chat down.
 */
import { Api } from "grammy";
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

const statusOf = async (chatId: number, userId: number) =>
  (await stack.control.member(chatId, userId)).status;
const apiStatus = (chatId: number, userId: number) => stack.apiStatus(chatId, userId);

/** The panel message as it stands now (edits applied). */
async function panelNow(chatId: number, messageId: number): Promise<TranscriptMessage> {
  const found = (await stack.control.transcript(chatId)).find((m) => m.message_id === messageId);
  if (!found) throw new Error(`no message ${messageId}`);
  return found;
}

const labels = (message: TranscriptMessage) =>
  (message.reply_markup?.inline_keyboard ?? []).map((row) => row.map((button) => button.text));

/** `userId` presses the button labelled `text`; the bot's answer to the press, then the panel. */
async function press(g: TestGroup, panel: TranscriptMessage, userId: number, text: string) {
  const answer = await stack.control.pressButton(userId, g.id, panel.message_id, { text });
  return { answer, panel: await panelNow(g.id, panel.message_id) };
}

/** The admin's `/settings` about Ann (a reply to her message): the panel. */
async function annsPanel(g: TestGroup): Promise<TranscriptMessage> {
  const said = await stack.send(g.id, g.ann, "hello all");
  return stack.ask(g.id, g.admin, "/settings", /Moderation: Ann/, said.message_id);
}

const FRESH_KEYBOARD = [
  ["🔇 Mute", "🚫 Ban"],
  ["✋ Restrict", "⚠️ Warn (0/3)"],
  ["🔒 Lock down", "🌙 Night mode on"],
  ["🔄 Refresh", "✖ Close"],
];

describe("the /settings panel", () => {
  it("shows a member's state; Mute asks for how long, 10 min mutes on Telegram, Unmute frees", async () => {
    const g = await stack.group();
    const panel = await annsPanel(g);
    expect(panel.text).toBe(
      "⚙️ Moderation: Ann\n✅ Not muted, banned or restricted\n⚠️ Warnings: 0/3\n🔓 Group open · night mode off",
    );
    expect(labels(panel)).toEqual(FRESH_KEYBOARD);

    const asked = await press(g, panel, g.admin, "🔇 Mute");
    expect(asked.answer).toMatchObject({ answered: true });
    expect(labels(asked.panel)).toEqual([["🔇 10 min", "🔇 1 h", "🔇 1 d", "🔇 forever"], ["‹ Back"]]);
    expect(asked.panel.text).toBe(panel.text);
    expect(await statusOf(g.id, g.ann)).toBe("member");

    const muted = await press(g, panel, g.admin, "🔇 10 min");
    const member = await stack.control.member(g.id, g.ann);
    expect(member).toMatchObject({ status: "restricted", can_send_messages: false });
    const until = (member as unknown as { until_date: number }).until_date;
    expect(until - Math.floor(stack.clock.now() / 1000)).toBeGreaterThanOrEqual(599);
    expect(until - Math.floor(stack.clock.now() / 1000)).toBeLessThanOrEqual(601);
    const mutedUntil = String((await apiStatus(g.id, g.ann)).muted_until);
    const shown = `${mutedUntil.slice(0, 10)} ${mutedUntil.slice(11, 16)} UTC`;
    expect(muted.panel.text).toBe(
      `⚙️ Moderation: Ann\n🔇 Muted until ${shown}\n⚠️ Warnings: 0/3\n🔓 Group open · night mode off\n\n🔇 Ann is muted for 10 min.`,
    );
    expect(labels(muted.panel)[0]).toEqual(["🔊 Unmute", "🚫 Ban"]);
    await expect(stack.send(g.id, g.ann, "let me speak")).rejects.toThrow(/restricted/);

    const unmuted = await press(g, panel, g.admin, "🔊 Unmute");
    expect(await statusOf(g.id, g.ann)).toBe("member");
    expect(unmuted.panel.text).toBe(
      "⚙️ Moderation: Ann\n✅ Not muted, banned or restricted\n⚠️ Warnings: 0/3\n🔓 Group open · night mode off\n\n🔊 Ann can write again.",
    );
    expect(labels(unmuted.panel)).toEqual(FRESH_KEYBOARD);
    expect(await apiStatus(g.id, g.ann)).toMatchObject({ is_muted: false });
    await stack.send(g.id, g.ann, "thanks");
  });

  it("warns (the count shown against the limit) and clears; Back and Close", async () => {
    const g = await stack.group();
    const panel = await annsPanel(g);
    const warned = await press(g, panel, g.admin, "⚠️ Warn (0/3)");
    expect(warned.panel.text).toContain("⚠️ Warnings: 1/3");
    expect(warned.panel.text).toMatch(/\n\n⚠️ Ann is warned \(1\/3\)\.$/);
    expect(labels(warned.panel)[1]).toEqual(["✋ Restrict", "⚠️ Warn (1/3)"]);
    expect(labels(warned.panel)[2]).toEqual(["🧹 Clear warnings"]);
    expect(await apiStatus(g.id, g.ann)).toMatchObject({ has_warnings: 1 });

    const cleared = await press(g, panel, g.admin, "🧹 Clear warnings");
    expect(cleared.panel.text).toContain("⚠️ Warnings: 0/3");
    expect(cleared.panel.text).toMatch(/🧹 Ann has no warnings any more\.$/);
    expect(await apiStatus(g.id, g.ann)).toMatchObject({ has_warnings: 0 });

    await press(g, panel, g.admin, "🚫 Ban");
    const back = await press(g, panel, g.admin, "‹ Back");
    expect(labels(back.panel)).toEqual(FRESH_KEYBOARD);
    expect(await statusOf(g.id, g.ann)).toBe("member");

    await press(g, panel, g.admin, "✖ Close");
    expect((await panelNow(g.id, panel.message_id)).deleted).toBe(true);
  });

  it("a member's press, and an admin's without the right to ban, get an alert and change nothing", async () => {
    const g = await stack.group();
    const panel = await annsPanel(g);
    const refused = await press(g, panel, g.bob, "⚠️ Warn (0/3)");
    expect(refused.answer).toMatchObject({
      text: "⛔ Only the group's admins can use this panel.",
      show_alert: true,
    });
    const helper = (await stack.control.createUser({ first_name: "Hana", language_code: "en" })).id;
    await stack.control.joinGroup(helper, g.id);
    await stack.control.setAdmin(g.id, helper, { can_delete_messages: true });
    const lacking = await press(g, panel, helper, "🔇 Mute");
    expect(lacking.answer).toMatchObject({
      text: "⛔ You need the admin right to ban users for this.",
      show_alert: true,
    });
    expect(lacking.panel.text).toBe(panel.text);
    expect(labels(lacking.panel)).toEqual(FRESH_KEYBOARD);
    expect(await apiStatus(g.id, g.ann)).toMatchObject({ has_warnings: 0, is_muted: false });
    expect(await stack.actionLog(g.id)).toEqual([]);
  });

  it("refuses to mute an admin from the panel, and says so in it", async () => {
    const g = await stack.group();
    const panel = await stack.ask(g.id, g.owner, `/settings ${g.admin}`, /Moderation: Adam/);
    await press(g, panel, g.owner, "🔇 Mute");
    const refused = await press(g, panel, g.owner, "🔇 1 h");
    expect(refused.panel.text).toMatch(
      /\n\nAdam is an admin and cannot be restricted\. Demote them first\.$/,
    );
    expect(await statusOf(g.id, g.admin)).toBe("administrator");
  });

  it("a panel drawn before a restart still works after it (nothing was kept in memory)", async () => {
    const g = await stack.group();
    const panel = await stack.ask(g.id, g.admin, `/settings ${g.bob}`, /Moderation: Bob/);
    await stack.restart();
    const asked = await press(g, panel, g.admin, "🚫 Ban");
    expect(asked.answer).toMatchObject({ answered: true });
    const banned = await press(g, panel, g.admin, "🚫 1 d");
    expect(banned.panel.text).toMatch(/\n🚫 Banned until .+ UTC\n[\s\S]*\n\n🚫 Bob is banned for 1 d\.$/);
    expect(await statusOf(g.id, g.bob)).toBe("kicked");
    expect(labels(banned.panel)[0]).toEqual(["🔇 Mute", "✅ Unban"]);
  });

  it("a forged button and a button moved to another group are refused", async () => {
    const g = await stack.group();
    const other = await stack.group();
    const panel = await annsPanel(g);
    const mute = panel.reply_markup!.inline_keyboard[0]![0]!.callback_data!;
    // A modified client: Bob's id in place of Ann's, the tag left as it was.
    const [body, tag] = mute.split("~") as [string, string];
    const parts = body.split(".");
    parts[4] = g.bob.toString(36);
    const forged = `${parts.join(".")}~${tag}`;
    const api = new Api(MOD_BOT.token, { apiRoot: stack.emulator.apiRoot });
    const planted = async (chatId: number, data: string) =>
      api.sendMessage(chatId, "a button", {
        reply_markup: { inline_keyboard: [[{ text: "press", callback_data: data }]] },
      });
    const inGroup = await planted(g.id, forged);
    const forgedAnswer = await stack.control.pressButton(g.admin, g.id, inGroup.message_id, {
      text: "press",
    });
    expect(forgedAnswer).toMatchObject({ text: "This button is not valid.", show_alert: true });
    // A real button of g's panel, pressed in another group by that group's owner.
    const moved = await planted(other.id, mute);
    const movedAnswer = await stack.control.pressButton(other.owner, other.id, moved.message_id, {
      text: "press",
    });
    expect(movedAnswer).toMatchObject({ text: "This button is not valid.", show_alert: true });
    expect(await stack.actionLog(g.id)).toEqual([]);
    expect(await statusOf(g.id, g.bob)).toBe("member");
  });

  it("an anonymous admin's /settings shows the panel at once; the press says who acts", async () => {
    const g = await stack.group();
    await stack.control.setAdmin(g.id, g.admin, { can_restrict_members: true }, { anonymous: true });
    const panel = await stack.ask(g.id, g.admin, `/settings ${g.ann}`, /Moderation: Ann/);
    await press(g, panel, g.admin, "⚠️ Warn (0/3)");
    expect(await stack.actionLog(g.id)).toMatchObject([
      { action: "warn", admin_id: g.admin, user_id: g.ann },
    ]);
  });

  it("without a member: the group's panel: Lock down closes the chat, Unlock reopens it, night mode turns on and off", async () => {
    const g = await stack.group();
    const before = await stack.chatPermissions(g.id);
    const panel = await stack.ask(g.id, g.admin, "/settings", /Moderation: Rust/);
    expect(panel.text).toBe(
      [
        "⚙️ Moderation: Rust <Learners>",
        "🔓 Not locked down",
        "🌙 Night mode: off",
        "⚠️ After 3 warnings: ban",
        "🌊 Flood control: off",
        "🔐 Locked content: none",
        "👋 Welcome: off · 🧩 Captcha: off",
        "For a member's panel, reply to their message with /settings, or give their id: /settings 123456789",
      ].join("\n"),
    );
    expect(labels(panel)).toEqual([
      ["🔒 Lock down", "🌙 Night mode on"],
      ["🔄 Refresh", "✖ Close"],
    ]);
    const locked = await press(g, panel, g.admin, "🔒 Lock down");
    expect(locked.panel.text).toContain("\n🔒 Locked down: only admins can write\n");
    expect(labels(locked.panel)[0]).toEqual(["🔓 Unlock", "🌙 Night mode on"]);
    expect(await stack.chatPermissions(g.id)).toMatchObject({ can_send_messages: false });
    await expect(stack.send(g.id, g.ann, "hello?")).rejects.toThrow();

    const unlocked = await press(g, panel, g.admin, "🔓 Unlock");
    expect(unlocked.panel.text).toContain("\n🔓 Not locked down\n");
    expect(await stack.chatPermissions(g.id)).toEqual(before);
    await stack.send(g.id, g.ann, "hello again");

    const night = await press(g, panel, g.admin, "🌙 Night mode on");
    expect(night.panel.text).toContain("\n🌙 Night mode: 23:00–07:00 (UTC)\n");
    expect(labels(night.panel)[0]).toEqual(["🔒 Lock down", "☀️ Night mode off"]);
    const day = await press(g, panel, g.admin, "☀️ Night mode off");
    expect(day.panel.text).toContain("\n🌙 Night mode: off\n");
    // The admin's actions (the night's own closing depends on the hour the test runs).
    const byAdmin = (await stack.actionLog(g.id)).filter((entry) => entry.admin_id === g.admin);
    expect(byAdmin).toMatchObject([
      { action: "night_mode_off", admin_id: g.admin },
      { action: "night_mode_on", admin_id: g.admin },
      { action: "unlock", admin_id: g.admin },
      { action: "lockdown", admin_id: g.admin },
    ]);
  });
  // Last: the failures open the client's circuit breaker for a while.
  it("with API V2 down, Mute still mutes on Telegram; the panel shows Telegram's view and the pending record", async () => {
    const g = await stack.group();
    const panel = await annsPanel(g);
    await stack.apiV2.down();
    try {
      await press(g, panel, g.admin, "🔇 Mute");
      const muted = await press(g, panel, g.admin, "🔇 forever");
      expect(await stack.control.member(g.id, g.ann)).toMatchObject({
        status: "restricted",
        can_send_messages: false,
      });
      expect(muted.panel.text).toBe(
        [
          "⚙️ Moderation: Ann",
          "🔇 Muted until unmuted",
          "⚠️ API V2 does not answer: this is what Telegram shows; warnings and the group's state are unknown.",
          "",
          "🔇 Ann is muted until unmuted.",
          "⏳ Done on Telegram. API V2 does not answer now: the record is pending and will be written when it is back.",
        ].join("\n"),
      );
      expect(labels(muted.panel)).toEqual([
        ["🔊 Unmute", "🚫 Ban"],
        ["✋ Restrict", "⚠️ Warn"],
        ["🔄 Refresh", "✖ Close"],
      ]);
    } finally {
      await stack.apiV2.up();
    }
  });
});
