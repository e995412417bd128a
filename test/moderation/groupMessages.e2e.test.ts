/**
 * Ordinary group messages end to end (the emulator, the real API V2 and the app): flood control,
 * locks, auto-delete of commands and the member directory behind `@username` targets. Each test
 * makes its own group and sets its settings through the module's settings cache (a PATCH to API V2
 * that the bot then holds), as an admin's change from the settings menu does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TranscriptMessage } from "../../src/emulator/index.js";
import type { SettingsPatch } from "../../src/modules/moderation/apiV2Schemas.js";
import type { Moderation } from "../../src/modules/moderation/runtime.js";
import { ModerationStack, type TestGroup } from "./moderationStack.js";

let stack: ModerationStack;
let mod: Moderation;
beforeAll(async () => {
  stack = await ModerationStack.start({
    onModeration: (instance) => {
      mod = instance;
    },
  });
}, 30_000);
afterAll(async () => {
  await stack?.close();
});

const FLOOD = { enabled: true, messages: 3, seconds: 10, action: "mute", action_duration: 600 } as const;

const actionLog = (chatId: number) => stack.actionLog(chatId);

/** A group with `patch` applied to its settings before anyone writes. */
async function groupWith(patch: SettingsPatch, botRights?: Record<string, boolean>): Promise<TestGroup> {
  const g = await stack.group(botRights);
  await mod.settings.update(g.id, patch);
  return g;
}

/**
 * Everything sent to the group so far was handled: the bot answers the owner's /status only after
 * them (a chat's updates are handled in order). Returns the answer.
 */
const settled = (g: TestGroup) => stack.ask(g.id, g.owner, "/status", /Moderation/);

const byId = async (chatId: number) =>
  new Map((await stack.control.transcript(chatId)).map((m) => [m.message_id, m] as const));

/** Retries `check` until it passes: what the bot does in the background (records) lands soon after. */
async function eventually(check: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** API V2 requests made on a timer, not for a message: night mode's job, the settings' refresh. */
const ON_THEIR_OWN = new Set([
  "GET /api/v2/night-mode",
  "GET /api/v2/groups/:group_id/settings",
  "GET /health",
]);

const floodNotices = (messages: TranscriptMessage[]) => messages.filter((m) => /flooding/.test(m.text ?? ""));

describe("flood control", () => {
  it("N messages within T seconds mute the member for the configured time, once per burst, recorded", async () => {
    const g = await groupWith({ flood: FLOOD });
    await stack.send(g.id, g.ann, "morning");
    await stack.send(g.id, g.ann, "all");
    // Five at once: the third is the flood; the bot may get the rest before Telegram mutes Bob.
    await Promise.allSettled([1, 2, 3, 4, 5].map((n) => stack.send(g.id, g.bob, `BUY NOW ${n}`)));

    const notice = await stack.answer(g.id, 0, /flooding/);
    expect(notice.text).toBe("🌊 Bob was muted for 10 min for flooding.");
    const member = await stack.control.member(g.id, g.bob);
    expect(member).toMatchObject({ status: "restricted", can_send_messages: false });
    const until = (member as unknown as { until_date: number }).until_date;
    expect(Math.abs(until - Math.floor(stack.clock.now() / 1000) - 600)).toBeLessThanOrEqual(2);
    await expect(stack.send(g.id, g.bob, "let me speak")).rejects.toThrow(/restricted/);
    expect((await stack.control.member(g.id, g.ann)).status).toBe("member");

    await settled(g);
    expect(floodNotices(await stack.botMessagesAfter(g.id, 0))).toHaveLength(1);
    expect(await actionLog(g.id)).toMatchObject([
      { action: "mute", user_id: g.bob, admin_id: null, duration: 600, details: "flood" },
    ]);
  });

  it("kicks or bans when that is the group's action", async () => {
    const kicking = await groupWith({
      flood: { ...FLOOD, messages: 2, action: "kick", action_duration: null },
    });
    await Promise.allSettled([1, 2].map((n) => stack.send(kicking.id, kicking.ann, `hey ${n}`)));
    const kicked = await stack.answer(kicking.id, 0, /flooding/);
    expect(kicked.text).toBe("🌊 Ann was removed from the group for flooding and may rejoin.");
    expect((await stack.control.member(kicking.id, kicking.ann)).status).toBe("left");

    const banning = await groupWith({
      flood: { ...FLOOD, messages: 2, action: "ban", action_duration: null },
    });
    await Promise.allSettled([1, 2].map((n) => stack.send(banning.id, banning.bob, `hey ${n}`)));
    const banned = await stack.answer(banning.id, 0, /flooding/);
    expect(banned.text).toBe("🌊 Bob was banned for flooding, until unbanned.");
    expect((await stack.control.member(banning.id, banning.bob)).status).toBe("kicked");
    await eventually(async () => {
      expect(await actionLog(banning.id)).toMatchObject([
        { action: "ban", user_id: banning.bob, duration: null },
      ]);
    });
  });

  it("a bot without the right to ban users says so once, not at every flood", async () => {
    const g = await groupWith({ flood: { ...FLOOD, messages: 2 } }, { can_delete_messages: true });
    await stack.send(g.id, g.ann, "one");
    await stack.send(g.id, g.ann, "two");
    stack.clock.advance(11_000);
    await stack.send(g.id, g.ann, "three");
    await stack.send(g.id, g.ann, "four");
    await settled(g);
    const said = (await stack.botMessagesAfter(g.id, 0)).filter((m) => /Flood control/.test(m.text ?? ""));
    expect(said.map((m) => m.text)).toEqual([
      "⚠️ Flood control is on in this group, but I cannot act on it: I need the admin right to ban users.",
    ]);
    expect((await stack.control.member(g.id, g.ann)).status).toBe("member");
  });

  it("an admin flooding, and members writing slower than the limit, are not acted on", async () => {
    const g = await groupWith({ flood: FLOOD });
    for (let n = 1; n <= 6; n++) await stack.send(g.id, g.admin, `announcement ${n}`);
    await stack.send(g.id, g.ann, "one");
    await stack.send(g.id, g.ann, "two");
    stack.clock.advance(11_000);
    await stack.send(g.id, g.ann, "three, later");
    await settled(g);
    expect(floodNotices(await stack.botMessagesAfter(g.id, 0))).toEqual([]);
    expect((await stack.control.member(g.id, g.admin)).status).toBe("administrator");
    expect((await stack.control.member(g.id, g.ann)).status).toBe("member");
    expect(await actionLog(g.id)).toEqual([]);
  });
});

describe("locks", () => {
  it("url and photo: a member's link and photo are deleted and recorded; plain text and an admin's link stay", async () => {
    const g = await groupWith({ locks: ["url", "photo"] });
    const link = await stack.send(g.id, g.bob, "cheap coins at https://spam.example");
    const photo = await stack.control.sendPhoto(g.bob, g.id, { caption: "look" });
    const plain = await stack.send(g.id, g.ann, "good morning");
    const adminLink = await stack.send(g.id, g.admin, "the rules: https://docs.example/rules");
    const status = await settled(g);

    const messages = await byId(g.id);
    expect(messages.get(link.message_id)?.deleted).toBe(true);
    expect(messages.get(photo.message_id)?.deleted).toBe(true);
    expect(messages.get(plain.message_id)?.deleted).toBe(false);
    expect(messages.get(adminLink.message_id)?.deleted).toBe(false);
    // Deleted silently: the only answer is the one to /status.
    expect((await stack.botMessagesAfter(g.id, 0)).map((m) => m.message_id)).toEqual([status.message_id]);
    await eventually(async () => {
      const log = await actionLog(g.id);
      expect(log.map((entry) => entry.action).sort()).toEqual(["lock_photo", "lock_url"]);
      expect(log.every((entry) => entry.user_id === g.bob && entry.source === "bot")).toBe(true);
    });
  });

  it("command: a member's command for no module, or for another bot, is deleted; an admin's and moderation's own stay", async () => {
    const g = await groupWith({ locks: ["command"] });
    const unknown = await stack.send(g.id, g.bob, "/giveaway now");
    const otherBot = await stack.send(g.id, g.ann, "/play@music_bot");
    const admins = await stack.send(g.id, g.admin, "/pin this");
    const status = await settled(g);
    const messages = await byId(g.id);
    expect(messages.get(unknown.message_id)?.deleted).toBe(true);
    expect(messages.get(otherBot.message_id)?.deleted).toBe(true);
    expect(messages.get(admins.message_id)?.deleted).toBe(false);
    // The owner's /status was answered, not deleted as a locked command.
    expect(status.text).toMatch(/Moderation/);
  });

  it("ordinary messages cost no API V2 request; a deleted one costs only its record", async () => {
    const g = await groupWith({ flood: { ...FLOOD, messages: 20 }, locks: ["url", "sticker", "forward"] });
    await settled(g);
    const before = stack.apiV2.counts().byRoute;
    for (let n = 1; n <= 10; n++) await stack.send(g.id, n % 2 ? g.ann : g.bob, `just chatting ${n}`);
    const spam = await stack.send(g.id, g.bob, "https://spam.example");
    await eventually(async () => {
      expect((await byId(g.id)).get(spam.message_id)?.deleted).toBe(true);
      const after = stack.apiV2.counts().byRoute;
      const made = Object.fromEntries(
        Object.entries(after)
          .map(([route, n]) => [route, n - (before[route] ?? 0)] as const)
          .filter(([route, n]) => n > 0 && !ON_THEIR_OWN.has(route)),
      );
      expect(made).toEqual({ "POST /api/v2/logs/actions": 1 });
    });
  });

  it("a bot without the right to delete says so once, and deletes nothing", async () => {
    const g = await groupWith({ locks: ["url"] }, { can_restrict_members: true });
    const first = await stack.send(g.id, g.bob, "https://spam.example/1");
    const second = await stack.send(g.id, g.bob, "https://spam.example/2");
    await settled(g);
    const said = (await stack.botMessagesAfter(g.id, 0)).filter((m) => /cannot delete/.test(m.text ?? ""));
    expect(said.map((m) => m.text)).toEqual([
      "⚠️ This group locks some kinds of messages, but I cannot delete them: I need the admin right to delete messages.",
    ]);
    const messages = await byId(g.id);
    expect(messages.get(first.message_id)?.deleted).toBe(false);
    expect(messages.get(second.message_id)?.deleted).toBe(false);
  });
});

describe("auto-delete of commands", () => {
  it("deletes a handled command when the group asks for it, and keeps it otherwise", async () => {
    const on = await groupWith({ auto_delete: { commands: true } });
    const command = await stack.send(on.id, on.owner, "/status");
    await stack.answer(on.id, command.message_id, /Moderation/);
    await eventually(async () => {
      expect((await byId(on.id)).get(command.message_id)?.deleted).toBe(true);
    });

    const off = await stack.group();
    const kept = await stack.send(off.id, off.owner, "/status");
    await stack.answer(off.id, kept.message_id, /Moderation/);
    await settled(off);
    expect((await byId(off.id)).get(kept.message_id)?.deleted).toBe(false);
  });
});

describe("member directory (@username targets)", () => {
  it("resolves a member who wrote or joined, in any case; nobody it has not seen", async () => {
    const user = (first_name: string, username: string) =>
      stack.control.createUser({ first_name, username, language_code: "en" });
    const [carl, dora, eve] = [
      await user("Carl", "carl_writes"),
      await user("Dora", "dora_joins"),
      await user("Eve", "eve_elsewhere"),
    ];
    const g = await stack.group();
    await stack.control.joinGroup(carl.id, g.id);
    await stack.send(g.id, carl.id, "hello everyone");
    await stack.control.joinGroup(dora.id, g.id);
    await settled(g);

    expect(await mod.members.lookup(g.id, "@Carl_Writes")).toEqual({
      id: carl.id,
      name: "Carl",
      username: "carl_writes",
    });
    expect(await mod.members.lookup(g.id, "dora_joins")).toMatchObject({ id: dora.id, name: "Dora" });
    expect(await mod.members.lookup(g.id, "eve_elsewhere")).toBeUndefined();
    const other = await stack.group();
    expect(await mod.members.lookup(other.id, "carl_writes")).toBeUndefined();
    void eve;
  });
});
