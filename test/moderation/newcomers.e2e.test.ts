/**
 * Newcomers end to end: the emulator (Telegram), the real API V2 and the app, in a supergroup.
 * The welcome with its placeholders, the previous welcome deleted, join and leave messages
 * deleted, and the join captcha: muted with a button at once, freed and welcomed by their own
 * tap (another's tap gets an alert), removed when the time runs out, still removed or still
 * freed after a restart, and a newcomer who leaves ends their check.
 *
 * The captcha's removal is a job in the platform's store runner, which keeps real time while the
 * test moves the shared clock (Telegram's, API V2's and the bot's). To let the time run out, a
 * test moves that clock, then makes the stored job due for the runner as well and has it run what
 * is due: the job goes through the runner as in production, only sooner.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TranscriptMessage } from "../../src/emulator/index.js";
import type { Moderation } from "../../src/modules/moderation/runtime.js";
import type { StoreJobRunner } from "../../src/platform/jobs/storeJobRunner.js";
import { MOD_BOT, ModerationStack, type TestGroup } from "./moderationStack.js";

let stack: ModerationStack;
let mod: Moderation;
/** Keeps the moderation instance (a new one after each restart). */
const hook = {
  onModeration: (instance: Moderation) => {
    mod = instance;
  },
};
beforeAll(async () => {
  stack = await ModerationStack.start(hook);
}, 30_000);
afterAll(async () => {
  await stack?.close();
});

const CAPTCHA_SECONDS = 60;
const BUTTON = "✅ I am not a robot";

/** Changes the group's settings in API V2 and has the bot read them now (not in 5 s). */
async function configure(g: TestGroup, patch: Record<string, unknown>): Promise<void> {
  await stack.patchSettings(g.id, patch);
  await mod.settings.fresh(g.id);
}

const newcomer = (first_name: string, extra: { last_name?: string; username?: string } = {}) =>
  stack.control.createUser({ first_name, language_code: "en", ...extra });

const lastMessageId = async (chatId: number) =>
  (await stack.control.transcript(chatId)).at(-1)?.message_id ?? 0;

/** `userId` joins; the bot's first message after the join matching `match`. */
async function join(g: TestGroup, userId: number, match: RegExp): Promise<TranscriptMessage> {
  const before = await lastMessageId(g.id);
  await stack.control.joinGroup(userId, g.id);
  return stack.answer(g.id, before, match);
}

/** Waits until `check` holds (the bot works on its updates in the background). */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const messageNow = async (chatId: number, messageId: number) =>
  (await stack.control.transcript(chatId)).find((m) => m.message_id === messageId);
const isDeleted = async (chatId: number, messageId: number) =>
  (await messageNow(chatId, messageId))?.deleted === true;

const statusOf = async (chatId: number, userId: number) =>
  (await stack.control.member(chatId, userId)).status;

const jobKey = (chatId: number, userId: number) =>
  `jobs:pending:moderation:moderation:captcha:${chatId}:${userId}`;

/** The captcha job of `userId`, as the store runner keeps it (undefined when none is pending). */
const pendingJob = (chatId: number, userId: number) =>
  stack.app.services.storage.get<{ name: string; dueAt: number; data: unknown }>(jobKey(chatId, userId));

/** Lets the captcha's time run out: the clock moves past it, then the runner runs the job. */
async function timeRunsOut(chatId: number, userId: number): Promise<void> {
  if (!(await pendingJob(chatId, userId))) throw new Error(`no captcha job pending for ${userId}`);
  stack.clock.advance((CAPTCHA_SECONDS + 1) * 1000);
  await (stack.app.services.jobs as StoreJobRunner).runDue();
}

describe("welcome messages", () => {
  it("welcomes a member who joins with the group's text, placeholders filled in and escaped", async () => {
    const g = await stack.group();
    await configure(g, {
      welcome: {
        enabled: true,
        text: "Hi {mention} ({username}), member #{count} of {chatname}. Read {rules}!",
      },
    });
    const cleo = await newcomer("Cleo", { last_name: "Stone", username: "cleo_s" });
    const welcome = await join(g, cleo.id, /^Hi/);
    // Owner, admin, Ann, Bob, the bot and Cleo.
    expect(welcome.text).toBe("Hi Cleo (@cleo_s), member #6 of Rust <Learners>. Read {rules}!");
    // The mention opens Cleo's profile.
    expect(welcome.entities).toContainEqual(
      expect.objectContaining({
        type: "text_mention",
        offset: 3,
        length: 4,
        user: expect.objectContaining({ id: cleo.id }),
      }),
    );
  });

  it("without a text of its own the group gets the default; with auto-delete the previous welcome goes", async () => {
    const g = await stack.group();
    await configure(g, { welcome: { enabled: true, text: null }, auto_delete: { welcome: true } });
    const cleo = await newcomer("Cleo");
    const first = await join(g, cleo.id, /Welcome/);
    expect(first.text).toBe("👋 Welcome to Rust <Learners>, Cleo!");
    const dan = await newcomer("Dan");
    const second = await join(g, dan.id, /Welcome/);
    expect(second.text).toBe("👋 Welcome to Rust <Learners>, Dan!");
    await until(() => isDeleted(g.id, first.message_id), "the first welcome to be deleted");
    expect(await isDeleted(g.id, second.message_id)).toBe(false);
  });

  it("welcomes nobody when the group has welcomes off", async () => {
    const g = await stack.group();
    const cleo = await newcomer("Cleo");
    const before = await lastMessageId(g.id);
    await stack.control.joinGroup(cleo.id, g.id);
    // Ann's message is handled after the join (one chat's updates go in order).
    const said = await stack.send(g.id, g.ann, "/status");
    await stack.answer(g.id, said.message_id, /Moderation/);
    const fromBot = await stack.botMessagesAfter(g.id, before);
    expect(fromBot.map((m) => m.text)).not.toContainEqual(expect.stringMatching(/Welcome/));
  });
});

describe("join and leave messages", () => {
  it("are deleted when the group asks for it", async () => {
    const g = await stack.group();
    await configure(g, { auto_delete: { service_messages: true } });
    const cleo = await newcomer("Cleo");
    await stack.control.joinGroup(cleo.id, g.id);
    await stack.control.leaveGroup(cleo.id, g.id);
    const service = (await stack.control.transcript(g.id)).filter(
      (m) => m.new_chat_members !== undefined || m.left_chat_member !== undefined,
    );
    expect(service).toHaveLength(2);
    for (const message of service) {
      await until(() => isDeleted(g.id, message.message_id), "a service message to be deleted");
    }
  });

  it("a bot without the right to delete says so once, not at every join", async () => {
    const g = await stack.group({ can_restrict_members: true });
    await configure(g, { auto_delete: { service_messages: true } });
    const notice = await join(g, (await newcomer("Cleo")).id, /lack/);
    expect(notice.text).toBe(
      "⚠️ Join and leave messages are to be deleted here, but I lack the admin right to delete messages. Grant it to me and I will delete them.",
    );
    await stack.control.joinGroup((await newcomer("Dan")).id, g.id);
    const said = await stack.send(g.id, g.ann, "/status");
    await stack.answer(g.id, said.message_id, /Moderation/);
    const notices = (await stack.control.transcript(g.id)).filter((m) =>
      /lack the admin right/.test(m.text ?? ""),
    );
    expect(notices).toHaveLength(1);
  });
});

describe("the join captcha", () => {
  it("mutes a newcomer with a button; another's tap gets an alert; their own frees and welcomes them", async () => {
    const g = await stack.group();
    await configure(g, { captcha: { enabled: true, seconds: CAPTCHA_SECONDS }, welcome: { enabled: true } });
    const cleo = await newcomer("Cleo");
    const question = await join(g, cleo.id, /not a robot/);
    expect(question.text).toBe(
      "👋 Cleo, welcome to Rust <Learners>! Tap the button below within 1 min to show you are not a robot. Until then you cannot write here, and without an answer you will be removed from the group.",
    );
    expect(question.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([BUTTON]);
    const muted = await stack.control.member(g.id, cleo.id);
    expect(muted).toMatchObject({ status: "restricted", can_send_messages: false });
    // Telegram lifts the mute by itself a minute after the time to answer, should the bot be down.
    const until_date = (muted as unknown as { until_date: number }).until_date;
    expect(until_date - Math.floor(stack.clock.now() / 1000)).toBeGreaterThanOrEqual(CAPTCHA_SECONDS + 59);
    await expect(stack.send(g.id, cleo.id, "buy coins")).rejects.toThrow(/restricted/);

    const other = await stack.control.pressButton(g.ann, g.id, question.message_id, { text: BUTTON });
    expect(other).toMatchObject({ text: "This button is for the newcomer it greets.", show_alert: true });
    expect(await statusOf(g.id, cleo.id)).toBe("restricted");

    const own = await stack.control.pressButton(cleo.id, g.id, question.message_id, { text: BUTTON });
    expect(own).toMatchObject({ text: "✅ Thank you! You can write in the group now." });
    expect(await statusOf(g.id, cleo.id)).toBe("member");
    const welcome = await stack.answer(g.id, question.message_id, /Welcome/);
    expect(welcome.text).toBe("👋 Welcome to Rust <Learners>, Cleo!");
    await until(() => isDeleted(g.id, question.message_id), "the question to be deleted");
    expect(await pendingJob(g.id, cleo.id)).toBeUndefined();
    await stack.send(g.id, cleo.id, "hello everyone");
  });

  it("a bot that may not restrict members says so, and lets the newcomer in with a welcome", async () => {
    const g = await stack.group({ can_delete_messages: true });
    await configure(g, { captcha: { enabled: true, seconds: CAPTCHA_SECONDS }, welcome: { enabled: true } });
    const cleo = await newcomer("Cleo");
    const notice = await join(g, cleo.id, /lack/);
    expect(notice.text).toBe(
      "⚠️ The join captcha is on, but I lack the admin right to ban users: newcomers come in unchecked until you grant it to me.",
    );
    await stack.answer(g.id, notice.message_id, /Welcome/);
    expect(await statusOf(g.id, cleo.id)).toBe("member");
    expect(await pendingJob(g.id, cleo.id)).toBeUndefined();
  });

  it("removes a newcomer who does not answer in time, records and logs it, and lets them try again", async () => {
    const g = await stack.group();
    const channel = await stack.control.createChannel({
      title: "Mod log",
      ownerId: g.owner,
      bots: [{ bot: MOD_BOT.username, rights: { can_post_messages: true } }],
    });
    await configure(g, { captcha: { enabled: true, seconds: CAPTCHA_SECONDS }, log_channel_id: channel.id });
    const cleo = await newcomer("Cleo");
    const question = await join(g, cleo.id, /not a robot/);
    const job = await pendingJob(g.id, cleo.id);
    expect(job).toMatchObject({
      name: "moderation:moderation:captcha",
      data: { chatId: g.id, userId: cleo.id },
    });
    // Scheduled for when the time to answer ends (by the runner's clock).
    const left = job!.dueAt - stack.clock.now();
    expect(left).toBeGreaterThan((CAPTCHA_SECONDS - 5) * 1000);
    expect(left).toBeLessThanOrEqual(CAPTCHA_SECONDS * 1000);

    await timeRunsOut(g.id, cleo.id);
    expect(await statusOf(g.id, cleo.id)).toBe("left");
    expect(await isDeleted(g.id, question.message_id)).toBe(true);
    expect(await pendingJob(g.id, cleo.id)).toBeUndefined();
    const log = await stack.actionLog(g.id);
    expect(log).toContainEqual(expect.objectContaining({ action: "kick", user_id: cleo.id, admin_id: null }));
    const post = await stack.control.waitForMessage(channel.id, (m) => /#KICK/.test(m.text ?? ""), 8000);
    expect(post.text).toBe(
      `#KICK\nGroup: Rust <Learners> (${g.id})\nAdmin: the bot, on its own\nMember: Cleo\nReason: No answer to the join captcha within 1 min.`,
    );
    // A kick, not a ban: they may join again, and are asked again.
    await join(g, cleo.id, /not a robot/);
    expect(await statusOf(g.id, cleo.id)).toBe("restricted");
  });

  it("a restart while newcomers are being checked: a tap still frees, the time still runs out", async () => {
    const g = await stack.group();
    await configure(g, { captcha: { enabled: true, seconds: CAPTCHA_SECONDS } });
    const cleo = await newcomer("Cleo");
    const dan = await newcomer("Dan");
    const cleosQuestion = await join(g, cleo.id, /Cleo, welcome/);
    await join(g, dan.id, /Dan, welcome/);

    await stack.restart(hook);

    const own = await stack.control.pressButton(cleo.id, g.id, cleosQuestion.message_id, { text: BUTTON });
    expect(own).toMatchObject({ text: "✅ Thank you! You can write in the group now." });
    expect(await statusOf(g.id, cleo.id)).toBe("member");
    await timeRunsOut(g.id, dan.id);
    expect(await statusOf(g.id, dan.id)).toBe("left");
    expect(await statusOf(g.id, cleo.id)).toBe("member");
  });

  it("a newcomer who leaves before answering ends the check: no job left, the question deleted", async () => {
    const g = await stack.group();
    await configure(g, { captcha: { enabled: true, seconds: CAPTCHA_SECONDS } });
    const cleo = await newcomer("Cleo");
    const question = await join(g, cleo.id, /not a robot/);
    expect(await pendingJob(g.id, cleo.id)).toBeDefined();
    await stack.control.leaveGroup(cleo.id, g.id);
    await until(() => isDeleted(g.id, question.message_id), "the question to be deleted");
    await until(async () => (await pendingJob(g.id, cleo.id)) === undefined, "the job to be cancelled");
  });
});
