/**
 * Moderation end to end: the emulator (Telegram), the real API V2 and the app, in a supergroup.
 * Each test makes its own group; the stack (and API V2's data) is shared by the file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ModerationStack } from "./moderationStack.js";

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

describe("moderation in a group", () => {
  it("mutes by reply for 10m: restricted until then, recorded, and the mute ends when the time passes", async () => {
    const g = await stack.group();
    const spam = await stack.send(g.id, g.ann, "buy cheap <coins>");
    const answer = await stack.ask(g.id, g.admin, "/mute 10m flooding", /muted/, spam.message_id);
    expect(answer.text).toBe("🔇 Ann is muted for 10 min.\nReason: flooding");
    const member = await stack.control.member(g.id, g.ann);
    expect(member).toMatchObject({ status: "restricted", can_send_messages: false });
    const until = (member as unknown as { until_date: number }).until_date;
    expect(until - Math.floor(stack.clock.now() / 1000)).toBeGreaterThanOrEqual(599);
    expect(until - Math.floor(stack.clock.now() / 1000)).toBeLessThanOrEqual(601);
    expect(await apiStatus(g.id, g.ann)).toMatchObject({ is_muted: true, active_actions: ["mute"] });
    await expect(stack.send(g.id, g.ann, "let me speak")).rejects.toThrow(/restricted/);

    stack.clock.advance(10 * 60_000 + 2_000);
    expect(await statusOf(g.id, g.ann)).toBe("member");
    expect(await apiStatus(g.id, g.ann)).toMatchObject({ is_muted: false });
    await stack.send(g.id, g.ann, "back again");
  });

  it("names a member by @username once seen; restricts to text and lifts it; an unseen @username is answered", async () => {
    const g = await stack.group();
    const carl = await stack.control.createUser({
      first_name: "Carl",
      username: "carl_dev",
      language_code: "en",
    });
    await stack.control.joinGroup(carl.id, g.id);
    await stack.send(g.id, carl.id, "hello all");
    const unseen = await stack.ask(g.id, g.admin, "/restrict @nobody_here 1h", /not seen/);
    expect(unseen.text).toBe(
      "I have not seen @nobody_here in this group. Reply to their message, or give their numeric id.",
    );
    const answer = await stack.ask(g.id, g.admin, "/restrict @Carl_Dev 1h links", /text only/);
    expect(answer.text).toBe("✋ Carl may write text only for 1 h.\nReason: links");
    expect(await stack.control.member(g.id, carl.id)).toMatchObject({
      status: "restricted",
      can_send_messages: true,
      can_send_photos: false,
    });
    expect(await apiStatus(g.id, carl.id)).toMatchObject({ is_restricted: true });
    await stack.ask(g.id, g.admin, "/unrestrict @carl_dev", /send anything again/);
    expect(await statusOf(g.id, carl.id)).toBe("member");
  });

  it("a timed mute ends on time though the bot restarted during it, and /info then shows no mute", async () => {
    const g = await stack.group();
    await stack.ask(g.id, g.admin, `/mute ${g.ann} 10m`, /muted for 10 min/);
    const during = await stack.ask(g.id, g.admin, `/info ${g.ann}`, /Warnings/);
    expect(during.text).toMatch(/🔇 Muted until/);
    await stack.restart();
    stack.clock.advance(10 * 60_000 + 2_000);
    expect(await statusOf(g.id, g.ann)).toBe("member");
    const after = await stack.ask(g.id, g.admin, `/info ${g.ann}`, /Warnings/);
    expect(after.text).not.toMatch(/Muted/);
    await stack.send(g.id, g.ann, "free again");
  });

  it("clamps a mute under 30 s to 30 s and says so; /unmute lifts it", async () => {
    const g = await stack.group();
    const answer = await stack.ask(g.id, g.admin, `/mute ${g.bob} 5s`, /muted/);
    expect(answer.text).toBe(
      "🔇 Bob is muted for 30 s.\nℹ️ Telegram's shortest restriction is 30 seconds: I used 30 seconds.",
    );
    const unmuted = await stack.ask(g.id, g.admin, `/unmute ${g.bob}`, /write again/);
    expect(unmuted.text).toBe("🔊 Bob can write again.");
    expect(await statusOf(g.id, g.bob)).toBe("member");
  });

  it("bans and unbans by numeric id; /unban of a member who is not banned leaves them in", async () => {
    const g = await stack.group();
    await stack.ask(g.id, g.owner, `/ban ${g.bob} spam`, /banned until unbanned/);
    expect(await statusOf(g.id, g.bob)).toBe("kicked");
    expect(await apiStatus(g.id, g.bob)).toMatchObject({ is_banned: true });
    const unbanned = await stack.ask(g.id, g.owner, `/unban ${g.bob}`, /no longer banned/);
    expect(unbanned.text).toBe("✅ Bob is no longer banned and may rejoin.");
    expect(await statusOf(g.id, g.bob)).toBe("left");
    await stack.ask(g.id, g.owner, `/unban ${g.ann}`, /no longer banned/);
    expect(await statusOf(g.id, g.ann)).toBe("member");
  });

  it("kick removes a member who may rejoin", async () => {
    const g = await stack.group();
    await stack.ask(g.id, g.admin, `/kick ${g.ann}`, /removed from the group/);
    expect(await statusOf(g.id, g.ann)).toBe("left");
    await stack.control.joinGroup(g.ann, g.id);
    expect(await statusOf(g.id, g.ann)).toBe("member");
  });

  it("warns up to the group's limit (3), then applies its action (ban)", async () => {
    const g = await stack.group();
    const msg = await stack.send(g.id, g.bob, "rude");
    const first = await stack.ask(g.id, g.admin, "/warn rude", /warned/, msg.message_id);
    expect(first.text).toBe("⚠️ Bob is warned (1/3).\nReason: rude");
    await stack.ask(g.id, g.admin, "/warn", /warned \(2\/3\)/, msg.message_id);
    expect(await statusOf(g.id, g.bob)).toBe("member");
    const third = await stack.ask(g.id, g.admin, "/warn again", /reached 3 warnings/, msg.message_id);
    expect(third.text).toBe("🚫 Bob reached 3 warnings and is banned until unbanned.\nReason: again");
    expect(await statusOf(g.id, g.bob)).toBe("kicked");
    expect(await apiStatus(g.id, g.bob)).toMatchObject({ is_banned: true, has_warnings: 0 });
  });

  it("refuses a member's command, and touches nobody", async () => {
    const g = await stack.group();
    const answer = await stack.ask(g.id, g.ann, `/ban ${g.bob}`, /admins/);
    expect(answer.text).toBe("⛔ Only the group's admins can do this.");
    expect(await statusOf(g.id, g.bob)).toBe("member");
  });

  it("will not restrict an admin or the owner, and says so", async () => {
    const g = await stack.group();
    const said = await stack.send(g.id, g.admin, "hello");
    const answer = await stack.ask(g.id, g.owner, "/mute 1h", /cannot be restricted/, said.message_id);
    expect(answer.text).toBe("Adam is an admin and cannot be restricted. Demote them first.");
    const owner = await stack.ask(g.id, g.admin, `/ban ${g.owner}`, /cannot be restricted/);
    expect(owner.text).toBe("Olga is the group's owner and cannot be restricted.");
    expect(await statusOf(g.id, g.admin)).toBe("administrator");
  });

  it("an anonymous admin confirms with a button, and the action runs as them", async () => {
    const g = await stack.group();
    await stack.control.setAdmin(g.id, g.admin, { can_restrict_members: true }, { anonymous: true });
    const prompt = await stack.ask(g.id, g.admin, `/mute ${g.ann} 2h`, /anonymous admin/);
    expect(prompt.text).toBe("An anonymous admin ran /mute. Tap to confirm who you are.");
    expect(await statusOf(g.id, g.ann)).toBe("member");
    // A member pressing is refused.
    const refused = await stack.control.pressButton(g.bob, g.id, prompt.message_id, { text: "✅ It was me" });
    expect(refused).toMatchObject({ text: "Only an admin with the right to ban users can confirm." });
    await stack.control.pressButton(g.admin, g.id, prompt.message_id, { text: "✅ It was me" });
    const done = await stack.answer(g.id, prompt.message_id, /muted/);
    expect(done.text).toBe("🔇 Ann is muted for 2 h.");
    expect(await statusOf(g.id, g.ann)).toBe("restricted");
    expect(await stack.actionLog(g.id)).toMatchObject([
      { action: "mute", admin_id: g.admin, user_id: g.ann, duration: 7200 },
    ]);
  });

  it("a bot without the right to restrict says which right it lacks", async () => {
    const g = await stack.group({ can_delete_messages: true });
    const answer = await stack.ask(g.id, g.owner, `/mute ${g.ann}`, /lack/);
    expect(answer.text).toBe("⚠️ I lack the admin right to ban users. Grant it to me and try again.");
    expect(await statusOf(g.id, g.ann)).toBe("member");
  });

  it("/info shows the record, /status the bot's rights and the warning policy", async () => {
    const g = await stack.group();
    await stack.ask(g.id, g.admin, `/warn ${g.bob}`, /is warned/);
    const info = await stack.ask(g.id, g.admin, `/info ${g.bob}`, /Warnings/);
    expect(info.text).toMatch(/^ℹ️ Bob\nIn the group: member\n⚠️ Warnings: 1\/3\nLast action: /);
    const status = await stack.ask(g.id, g.ann, "/status", /Moderation/);
    expect(status.text).toBe("🛡 Moderation\n✅ I can restrict members here.\n⚠️ After 3 warnings: ban");
  });

  it("/clear clears a member's warnings in API V2; a member may not", async () => {
    const g = await stack.group();
    const msg = await stack.send(g.id, g.bob, "rude");
    await stack.ask(g.id, g.admin, "/warn", /warned \(1\/3\)/, msg.message_id);
    await stack.ask(g.id, g.admin, "/warn", /warned \(2\/3\)/, msg.message_id);
    const refused = await stack.ask(g.id, g.ann, `/clear ${g.bob}`, /admins/);
    expect(refused.text).toBe("⛔ Only the group's admins can do this.");
    expect(await apiStatus(g.id, g.bob)).toMatchObject({ has_warnings: 2 });
    const cleared = await stack.ask(g.id, g.admin, "/clear", /no warnings/, msg.message_id);
    expect(cleared.text).toBe("🧹 Bob has no warnings any more.");
    expect(await apiStatus(g.id, g.bob)).toMatchObject({ has_warnings: 0 });
    // Counting starts again from nothing.
    await stack.ask(g.id, g.admin, "/warn", /warned \(1\/3\)/, msg.message_id);
    expect(await statusOf(g.id, g.bob)).toBe("member");
  });

  // Last: the failures open the client's circuit breaker for a while.
  it("with API V2 down, the ban still happens on Telegram and its record is pending; /warn is refused", async () => {
    const g = await stack.group();
    await stack.apiV2.down();
    try {
      const answer = await stack.ask(g.id, g.admin, `/ban ${g.bob} 1d`, /banned/);
      expect(answer.text).toBe(
        "🚫 Bob is banned for 1 d.\n⏳ Done on Telegram. API V2 does not answer now: the record is pending and will be written when it is back.",
      );
      expect(await statusOf(g.id, g.bob)).toBe("kicked");
      const warn = await stack.ask(g.id, g.admin, `/warn ${g.ann}`, /not warned/);
      expect(warn.text).toMatch(/^❌ Ann was not warned/);
    } finally {
      await stack.apiV2.up();
    }
  });
});
