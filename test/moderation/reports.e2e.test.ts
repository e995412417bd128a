/**
 * Reports end to end: a member replies /report to a message in a supergroup; the admins who ever
 * opened a private chat with the bot get a notice with an excerpt, a link and buttons, the group
 * hears once, and the buttons act in the group for an admin who still is one. The emulator, the
 * real API V2 and the app, one stack for the file; each test makes its own group.
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

/** The bot's messages in `userId`'s private chat with it. */
const privateChat = async (userId: number): Promise<TranscriptMessage[]> =>
  (await stack.control.transcript(MOD_BOT.username, userId)).filter((m) => m.from?.is_bot);

/** Waits for the notice of a report in `userId`'s private chat (new or edited) matching `match`. */
const notice = (userId: number, match: RegExp) =>
  stack.control.waitForMessage(
    MOD_BOT.username,
    (m) => m.from?.is_bot === true && /Report in/.test(m.text ?? "") && match.test(m.text ?? ""),
    8000,
    userId,
  );

/** A group whose admin (Adam) has started the bot in private; the owner (Olga) never has. */
async function reportingGroup(): Promise<TestGroup> {
  const g = await stack.group();
  await stack.control.start(g.admin, MOD_BOT.username);
  return g;
}

describe("reports", () => {
  it("a member's /report reaches the admins who started the bot, with an excerpt, a link and buttons; the group hears once", async () => {
    const g = await reportingGroup();
    const spam = await stack.send(g.id, g.bob, "buy cheap <coins> at spam.example");
    const answer = await stack.ask(g.id, g.ann, "/report selling coins", /admins/, spam.message_id);
    expect(answer.text).toBe("📣 Reported to the admins.");

    const sent = await notice(g.admin, /coins/);
    expect(sent.text).toBe(
      [
        "🚩 Report in Rust <Learners>",
        "From: Ann",
        "About: Bob",
        "Reason: selling coins",
        "Message: buy cheap <coins> at spam.example",
        "🔗 Open the message",
      ].join("\n"),
    );
    const internalId = String(g.id).replace(/^-100/, "");
    const link = sent.entities?.find((e) => e.type === "text_link") as { url?: string } | undefined;
    expect(link?.url).toBe(`https://t.me/c/${internalId}/${spam.message_id}`);
    const buttons = (sent.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);
    expect(buttons).toEqual(["🗑 Delete message", "🔇 Mute 1 h", "🚫 Ban", "✖ Dismiss"]);
    // The owner never opened a private chat with the bot: Telegram does not let it write first.
    await expect(privateChat(g.owner)).rejects.toThrow(/has no chat with @bot_v2_e2e_bot/);
    // One answer in the group for the report.
    const answers = (await stack.botMessagesAfter(g.id, spam.message_id)).filter((m) =>
      /Reported/.test(m.text ?? ""),
    );
    expect(answers).toHaveLength(1);
  });

  it("a second report of the same message is 'already reported', and no second notice goes out", async () => {
    const g = await reportingGroup();
    const spam = await stack.send(g.id, g.bob, "spam spam spam");
    await stack.ask(g.id, g.ann, "/report", /Reported to the admins/, spam.message_id);
    await notice(g.admin, /spam spam spam/);
    const again = await stack.ask(g.id, g.ann, "/report", /reported already/, spam.message_id);
    expect(again.text).toBe("This message was reported already: the admins know about it.");
    expect((await privateChat(g.admin)).filter((m) => /Report in/.test(m.text ?? ""))).toHaveLength(1);
  });

  it("Delete from the notice deletes the message in the group, and the notice says who did it", async () => {
    const g = await reportingGroup();
    const spam = await stack.send(g.id, g.bob, "click my link");
    await stack.ask(g.id, g.ann, "/report", /Reported/, spam.message_id);
    const sent = await notice(g.admin, /click my link/);
    const pressed = await stack.control.pressButton(g.admin, MOD_BOT.username, sent.message_id, {
      text: "🗑 Delete message",
    });
    expect(pressed).toMatchObject({ answered: true, text: "Done." });
    const inGroup = (await stack.control.transcript(g.id)).find((m) => m.message_id === spam.message_id);
    expect(inGroup?.deleted).toBe(true);
    const edited = await notice(g.admin, /deleted the message/);
    expect(edited.text).toMatch(/\n\n🗑 Adam deleted the message\.$/);
    const buttons = (edited.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);
    expect(buttons).toEqual(["🔇 Mute 1 h", "🚫 Ban", "✖ Dismiss"]);
    expect(await stack.actionLog(g.id)).toContainEqual(
      expect.objectContaining({ action: "delete_message", user_id: g.bob }),
    );
  });

  it("Mute 1 h from the notice restricts the author in the group for an hour", async () => {
    const g = await reportingGroup();
    const spam = await stack.send(g.id, g.bob, "rude words");
    await stack.ask(g.id, g.ann, "/report", /Reported/, spam.message_id);
    const sent = await notice(g.admin, /rude words/);
    await stack.control.pressButton(g.admin, MOD_BOT.username, sent.message_id, { text: "🔇 Mute 1 h" });
    const member = await stack.control.member(g.id, g.bob);
    expect(member).toMatchObject({ status: "restricted", can_send_messages: false });
    const until = (member as unknown as { until_date: number }).until_date;
    expect(until - Math.floor(stack.clock.now() / 1000)).toBeGreaterThanOrEqual(3599);
    expect(until - Math.floor(stack.clock.now() / 1000)).toBeLessThanOrEqual(3601);
    await notice(g.admin, /Adam muted Bob for 1 h/);
    const answer = (await privateChat(g.admin)).find((m) => /is muted for 1 h/.test(m.text ?? ""));
    expect(answer?.text).toBe("🔇 Bob is muted for 1 h.\nReason: report");
  });

  it("an admin demoted since the report is refused on every button, and nothing happens", async () => {
    const g = await reportingGroup();
    const spam = await stack.send(g.id, g.bob, "more spam");
    await stack.ask(g.id, g.ann, "/report", /Reported/, spam.message_id);
    const sent = await notice(g.admin, /more spam/);
    await stack.control.setAdmin(g.id, g.admin, null);
    for (const text of ["🚫 Ban", "🗑 Delete message"]) {
      const pressed = await stack.control.pressButton(g.admin, MOD_BOT.username, sent.message_id, { text });
      expect(pressed).toMatchObject({
        text: "You are not an admin of that group any more.",
        show_alert: true,
      });
    }
    expect((await stack.control.member(g.id, g.bob)).status).toBe("member");
    const inGroup = (await stack.control.transcript(g.id)).find((m) => m.message_id === spam.message_id);
    expect(inGroup?.deleted).toBe(false);
  });

  it("an admin's message is not reported, and says so politely", async () => {
    const g = await reportingGroup();
    const said = await stack.send(g.id, g.owner, "house rules: be nice");
    const answer = await stack.ask(g.id, g.ann, "/report", /admin/, said.message_id);
    expect(answer.text).toBe(
      "Olga is an admin of this group, and admins are not reported here. If something is wrong, please talk to the group's owner.",
    );
    expect(await privateChat(g.admin)).not.toContainEqual(
      expect.objectContaining({ text: expect.stringMatching(/Report in/) }),
    );
  });

  it("@admin in a reply reports the message like /report; an admin's @admin calls nobody", async () => {
    const g = await reportingGroup();
    const spam = await stack.send(g.id, g.bob, "free crypto for everyone");
    const answer = await stack.ask(g.id, g.ann, "look at this @admin", /Reported/, spam.message_id);
    expect(answer.text).toBe("📣 Reported to the admins.");
    const sent = await notice(g.admin, /free crypto/);
    expect(sent.text).toContain("From: Ann\nAbout: Bob\nMessage: free crypto for everyone");
    // An admin calling the other admins is not a report: no answer, no notice.
    const other = await stack.send(g.id, g.bob, "hello");
    const byAdmin = await stack.send(g.id, g.owner, "@admins please look", other.message_id);
    const status = await stack.ask(g.id, g.ann, "/status", /Moderation/);
    const between = (await stack.botMessagesAfter(g.id, byAdmin.message_id)).filter(
      (m) => m.message_id < status.message_id,
    );
    expect(between).toEqual([]);
    expect((await privateChat(g.admin)).filter((m) => /Report in/.test(m.text ?? ""))).toHaveLength(1);
  });

  it("/report without a reply explains how to report", async () => {
    const g = await reportingGroup();
    const answer = await stack.ask(g.id, g.ann, "/report", /reply to it/);
    expect(answer.text).toBe(
      "To report a message to the admins, reply to it with /report (and a reason if you like) or with @admin.",
    );
  });

  it("a member reporting message after message is stopped after five in ten minutes, told once", async () => {
    const g = await reportingGroup();
    for (let i = 1; i <= 5; i++) {
      const msg = await stack.send(g.id, g.bob, `message ${i}`);
      await stack.ask(g.id, g.ann, "/report", /Reported to the admins/, msg.message_id);
    }
    const sixth = await stack.send(g.id, g.bob, "message 6");
    const refused = await stack.ask(g.id, g.ann, "/report", /many messages/, sixth.message_id);
    expect(refused.text).toBe(
      "You have reported many messages in a short time. Please wait a few minutes before reporting again.",
    );
    const seventh = await stack.send(g.id, g.bob, "message 7");
    const last = await stack.send(g.id, g.ann, "/report", seventh.message_id);
    // The group's updates are handled in order: once /status is answered, the report was handled.
    const status = await stack.ask(g.id, g.ann, "/status", /Moderation/);
    const between = (await stack.botMessagesAfter(g.id, last.message_id)).filter(
      (m) => m.message_id < status.message_id,
    );
    expect(between).toEqual([]);
    expect((await privateChat(g.admin)).filter((m) => /Report in/.test(m.text ?? ""))).toHaveLength(5);
  });

  it("a notice's buttons work after a restart, and Dismiss closes the report on every admin's notice", async () => {
    const g = await reportingGroup();
    await stack.control.start(g.owner, MOD_BOT.username);
    const spam = await stack.send(g.id, g.bob, "restart-proof spam");
    await stack.ask(g.id, g.ann, "/report", /Reported to the admins/, spam.message_id);
    const adams = await notice(g.admin, /restart-proof spam/);
    await notice(g.owner, /restart-proof spam/);
    await stack.restart();
    const pressed = await stack.control.pressButton(g.admin, MOD_BOT.username, adams.message_id, {
      text: "✖ Dismiss",
    });
    expect(pressed).toMatchObject({ text: "Done." });
    for (const admin of [g.admin, g.owner]) {
      const closed = await notice(admin, /dismissed the report/);
      expect(closed.text).toMatch(/\n\n✖ Adam dismissed the report\.$/);
      expect(closed.reply_markup?.inline_keyboard ?? []).toEqual([]);
    }
    const inGroup = (await stack.control.transcript(g.id)).find((m) => m.message_id === spam.message_id);
    expect(inGroup?.deleted).toBe(false);
  });
});
