/**
 * The groups platform pieces inside a real bot (test/support/botHarness.ts): a small module
 * wires the admin cache and the anonymous-admin confirmation as a moderation module would.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Composer } from "grammy";
import type { ChatMember } from "grammy/types";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiCall, alice, BotHarness, boris, ioana } from "../../../test/support/botHarness.js";
import type { BotContext } from "../../kernel/context.js";
import { defineModule } from "../../kernel/defineModule.js";
import { closeServices, createServices } from "../createServices.js";
import type { Services } from "../services.js";
import { actingUser, GROUP_ANONYMOUS_BOT_ID } from "./actingUser.js";
import { type AdminCache, adminCache } from "./adminCache.js";
import { anonymousAdmin } from "./anonymousAdmin.js";
import { administrator, member, owner } from "./testFixtures.js";

const GROUP = { id: -1001500, type: "supergroup" as const, title: "Demo <group>" };

/** What the test module's confirmed /ban saw, and its admin caches (one per bot built). */
interface Probe {
  bans: Array<{ target: number; admin: number; chatId: number }>;
  caches: AdminCache[];
  /** The admin cache's clock (ms); real time when absent. */
  now?: () => number;
}

function groupModule(probe: Probe) {
  return defineModule({
    name: "grouptest",
    callbackPrefix: "gt",
    commands: [{ command: "ban", description: "about-cmd-help", scope: "groups" }],
    updates: ["chat_member", "my_chat_member"],
    create({ bot, services, api }) {
      const admins = adminCache({
        storage: services.storage,
        api,
        bot: bot.id,
        ...(probe.now ? { now: probe.now } : {}),
      });
      probe.caches.push(admins);
      const anonymous = anonymousAdmin({
        storage: services.storage,
        bot: bot.id,
        callbackPrefix: "gt",
        adminCache: admins,
      });
      const ban = anonymous.register("ban", {
        right: "can_restrict_members",
        payload: z.object({ userId: z.number().int() }),
        async run(ctx, { payload, admin, chatId }) {
          probe.bans.push({ target: payload.userId, admin: admin.id, chatId });
          await ctx.reply(`banned ${payload.userId}`);
        },
      });
      const commands = new Composer<BotContext>();
      commands.command("ban", async (ctx) => {
        const actor = actingUser(ctx);
        if (actor?.kind === "anonymous_admin") await ban.ask(ctx, { userId: Number(ctx.match) }, "/ban");
      });
      return { features: [admins.middleware(), anonymous.middleware(), commands] };
    },
  });
}

/** Owner Ioana, Alice an admin who may ban, Boris an admin who may not, both anonymous. */
const adminsOfGroup = (): ChatMember[] => [
  owner(ioana),
  administrator(alice, { can_restrict_members: true, is_anonymous: true }),
  administrator(boris, { is_anonymous: true }),
];
const stranger = { id: 600, first_name: "Mallory", language_code: "en" };

const count = (harness: BotHarness, method: string) =>
  harness.calls.filter((c) => c.method === method).length;
const answer = (calls: readonly ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload;

/** A message posted by an anonymous admin: Telegram sends it from GroupAnonymousBot, as the group. */
function anonymousCommand(harness: BotHarness, text: string) {
  const before = harness.calls.length;
  return harness
    .feed({
      message: {
        message_id: 77,
        date: Math.floor(Date.now() / 1000),
        chat: GROUP,
        from: {
          id: GROUP_ANONYMOUS_BOT_ID,
          is_bot: true,
          first_name: "Group",
          username: "GroupAnonymousBot",
        },
        sender_chat: GROUP,
        text,
        entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }],
      },
    })
    .then(() => harness.calls.slice(before));
}

/** A chat_member update carrying the full new membership (rights included). */
function memberChange(harness: BotHarness, from: ChatMember, to: ChatMember) {
  return harness.feed({
    chat_member: {
      chat: GROUP,
      from: { is_bot: false, ...ioana },
      date: Math.floor(Date.now() / 1000),
      old_chat_member: from,
      new_chat_member: to,
    },
  });
}

const harnesses: BotHarness[] = [];
let fileServices: Services | undefined;
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
  if (fileServices) await closeServices(fileServices);
  fileServices = undefined;
});

async function harnessFor(probe: Probe, chatAdministrators: Map<number, ChatMember[]>, services?: Services) {
  const harness = await BotHarness.create({
    modules: [{ module: groupModule(probe) }],
    chatAdministrators,
    ...(services ? { services } : {}),
  });
  harnesses.push(harness);
  return harness;
}

describe("admin cache refreshed by a chat_member update", () => {
  it("a promotion counts at once and a demotion removes, without another call; force calls", async () => {
    const probe: Probe = { bans: [], caches: [] };
    const listed = new Map([[GROUP.id, adminsOfGroup()]]);
    const harness = await harnessFor(probe, listed);
    const cache = probe.caches[0]!;

    expect(await cache.isAdmin(GROUP.id, stranger.id)).toBe(false);
    expect(count(harness, "getChatAdministrators")).toBe(1);

    const promoted = administrator(stranger, { can_pin_messages: true });
    await memberChange(harness, member(stranger), promoted);
    expect(await cache.isAdmin(GROUP.id, stranger.id)).toBe(true);
    expect((await cache.rights(GROUP.id, stranger.id))?.can_pin_messages).toBe(true);
    // Anonymous admins are in the list like the others.
    expect(await cache.isAdmin(GROUP.id, alice.id)).toBe(true);
    expect(count(harness, "getChatAdministrators")).toBe(1);

    await memberChange(harness, promoted, member(stranger));
    expect(await cache.isAdmin(GROUP.id, stranger.id)).toBe(false);
    expect(count(harness, "getChatAdministrators")).toBe(1);

    // Telegram's list is the truth: a forced refresh asks it.
    listed.set(GROUP.id, [owner(ioana)]);
    expect((await cache.admins(GROUP.id, { force: true })).map((a) => a.user.id)).toEqual([ioana.id]);
    expect(count(harness, "getChatAdministrators")).toBe(2);
  });
});

describe("an anonymous admin confirmed by a button", () => {
  it("asks, refuses a non-admin and an admin without the right, runs once for the right admin", async () => {
    const probe: Probe = { bans: [], caches: [] };
    const harness = await harnessFor(probe, new Map([[GROUP.id, adminsOfGroup()]]));

    const prompt = (await anonymousCommand(harness, "/ban 4242")).find((c) => c.method === "sendMessage");
    expect(prompt?.payload.text).toBe("An anonymous admin ran /ban. Tap to confirm who you are.");
    expect(prompt?.payload.reply_parameters).toMatchObject({ message_id: 77 });
    const button = prompt?.payload.reply_markup.inline_keyboard[0][0];
    expect(button.text).toBe("✅ It was me");
    const promptId = 1;

    const refused = await harness.press(stranger, button.callback_data, promptId, GROUP.id);
    expect(answer(refused)).toEqual(
      expect.objectContaining({
        text: "Only an admin with the right to ban users can confirm.",
        show_alert: true,
      }),
    );
    // Boris is an admin, but may not ban; he reads the refusal in Russian.
    const lacking = await harness.press(boris, button.callback_data, promptId, GROUP.id);
    expect(answer(lacking)?.text).toBe(
      "Подтвердить может только администратор с правом «блокировка пользователей».",
    );
    expect(probe.bans).toEqual([]);
    // Refusals within seconds of a fetch do not refetch: strangers cannot make the bot spam Telegram.
    expect(count(harness, "getChatAdministrators")).toBe(1);

    const confirmed = await harness.press(alice, button.callback_data, promptId, GROUP.id);
    expect(probe.bans).toEqual([{ target: 4242, admin: alice.id, chatId: GROUP.id }]);
    expect(answer(confirmed)?.show_alert).toBeUndefined();
    expect(harness.texts(confirmed)).toEqual(["/ban: confirmed by Alice.", "banned 4242"]);
    expect(confirmed.find((c) => c.method === "editMessageText")?.payload.reply_markup).toBeUndefined();

    const again = await harness.press(ioana, button.callback_data, promptId, GROUP.id);
    expect(answer(again)?.text).toBe("Acțiunea a fost deja confirmată.");
    expect(probe.bans).toHaveLength(1);
  });

  it("an admin promoted since the list was cached is found by one refresh", async () => {
    let clock = Date.now();
    const probe: Probe = { bans: [], caches: [], now: () => clock };
    const listed = new Map<number, ChatMember[]>([[GROUP.id, [owner(ioana)]]]);
    const harness = await harnessFor(probe, listed);
    const prompt = (await anonymousCommand(harness, "/ban 7")).find((c) => c.method === "sendMessage");
    const data = prompt?.payload.reply_markup.inline_keyboard[0][0].callback_data;
    await probe.caches[0]!.admins(GROUP.id);
    // Promoted a minute later, while the bot missed the chat_member update.
    clock += 60_000;
    listed.set(GROUP.id, adminsOfGroup());
    await harness.press(alice, data, 1, GROUP.id);
    expect(probe.bans).toEqual([{ target: 7, admin: alice.id, chatId: GROUP.id }]);
    expect(count(harness, "getChatAdministrators")).toBe(2);
  });

  it("escapes the names it shows", async () => {
    const probe: Probe = { bans: [], caches: [] };
    const sneaky = { id: 700, first_name: "<b>Eve</b> & co", language_code: "en" };
    const harness = await harnessFor(
      probe,
      new Map([[GROUP.id, [owner(ioana), administrator(sneaky, { can_restrict_members: true })]]]),
    );
    const prompt = (await anonymousCommand(harness, "/ban 1")).find((c) => c.method === "sendMessage");
    const confirmed = await harness.press(
      sneaky,
      prompt?.payload.reply_markup.inline_keyboard[0][0].callback_data,
      1,
      GROUP.id,
    );
    expect(harness.texts(confirmed)[0]).toBe("/ban: confirmed by &lt;b&gt;Eve&lt;/b&gt; &amp; co.");
  });

  it("the button still works after the bot is rebuilt on the same SQLite store", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sb-groups-"));
    const open = () =>
      createServices({
        logger: pino({ level: "silent" }),
        storageUrl: `sqlite:${join(dir, "switchboard.db")}`,
        dataDir: dir,
        generalRateLimit: 1000,
        loginRateLimit: 5,
      });
    const admins = new Map([[GROUP.id, adminsOfGroup()]]);
    fileServices = await open();
    const before: Probe = { bans: [], caches: [] };
    const first = await harnessFor(before, admins, fileServices);
    const prompt = (await anonymousCommand(first, "/ban 99")).find((c) => c.method === "sendMessage");
    const data = prompt?.payload.reply_markup.inline_keyboard[0][0].callback_data;
    await closeServices(fileServices);

    fileServices = await open();
    const after: Probe = { bans: [], caches: [] };
    const second = await harnessFor(after, admins, fileServices);
    await second.press(alice, data, 1, GROUP.id);
    expect(after.bans).toEqual([{ target: 99, admin: alice.id, chatId: GROUP.id }]);
    expect(answer(await second.press(alice, data, 1, GROUP.id))?.text).toBe(
      "This has already been confirmed.",
    );
  });

  it("an expired confirmation is answered as such", async () => {
    const probe: Probe = { bans: [], caches: [] };
    const harness = await harnessFor(probe, new Map([[GROUP.id, adminsOfGroup()]]));
    const prompt = (await anonymousCommand(harness, "/ban 5")).find((c) => c.method === "sendMessage");
    const data: string = prompt?.payload.reply_markup.inline_keyboard[0][0].callback_data;
    // What the store holds once the TTL has passed: nothing under the id.
    for (const key of await harness.services.storage.listKeys("anon:"))
      await harness.services.storage.delete(key);
    const calls = await harness.press(alice, data, 1, GROUP.id);
    expect(answer(calls)).toEqual(
      expect.objectContaining({
        text: "This confirmation has expired. Please run the command again.",
        show_alert: true,
      }),
    );
    expect(probe.bans).toEqual([]);
  });
});
