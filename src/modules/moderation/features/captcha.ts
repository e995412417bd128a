/**
 * The join captcha (`captcha.enabled`, `captcha.seconds`): a newcomer is muted at once and asked
 * to tap "I am not a robot" within the group's time. Their tap lifts the mute, deletes the
 * question and sends the welcome; no tap in time and they are removed (a kick: ban then unban,
 * so they may try again), the question deleted, the removal recorded in API V2 (a `kick` by the
 * bot, through the outbox when API V2 is down) and posted to the log channel.
 *
 * Dependable across restarts and instances: the mute carries an `until_date` (the time plus a
 * grace minute), so Telegram lifts it even if the bot never comes back; the removal is a one-off
 * platform job (`<bot>:moderation:captcha`, one per newcomer) kept in the store, which runs once
 * across instances, and at start-up if it fell due while the bot was down; the button's data is
 * signed and names the newcomer, and the pending check lives in storage. Whoever ends a check
 * first (the tap, the job, the newcomer leaving) deletes its storage entry; the others then find
 * nothing to do, so a tap at the last second and the job never both act.
 *
 * Lifting the mute restores every permission (restrictChatMember with all of them), which
 * Telegram turns back into an ordinary member under the group's default permissions. Copying the
 * defaults from getChat instead would pin them on the newcomer, and a later change of the
 * group's defaults (a lockdown, night mode ending) would no longer reach them.
 */
import { Composer, GrammyError } from "grammy";
import type { User } from "grammy/types";
import { z } from "zod";
import { defineCallback, int } from "../../../kernel/callbackData.js";
import { callbackButton, onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { cut } from "../../../kernel/html.js";
import { sendRecord } from "../actionRecords.js";
import { enforcementRequest } from "../apiV2Client.js";
import { TITLE_LIMIT } from "../domain/welcomeText.js";
import { CALLBACK_PREFIX, MODERATION } from "../runtime.js";
import { durationText, memberOf, mention, nameOf } from "../views.js";
import { applyOnTelegram } from "./telegramActions.js";
import { type GroupRef, type NewcomerDeps, type Speak, sendWelcome, speaker } from "./welcome.js";

/** The module job that removes a newcomer who did not answer (named `<bot>:moderation:captcha`). */
export const CAPTCHA_JOB = "captcha";
/** The mute outlasts the time to answer by this much, so the job removes them before it lifts. */
const GRACE_SECONDS = 60;
/** A check's storage entry outlives its time by this much (a job that never ran leaves nothing). */
const STATE_EXTRA_MS = 24 * 3600_000;

/** "I am not a robot": the newcomer's id, so only their tap counts. */
export const captchaButton = defineCallback(`${CALLBACK_PREFIX}.cap`, 1, {
  user: int(1, Number.MAX_SAFE_INTEGER),
});

/** A check in progress, under `key("captcha", chatId, userId)`. */
interface PendingCheck {
  messageId: number;
  /** The newcomer's language: the question, the welcome and the log post speak it. */
  language: string;
  title: string;
  name: string;
  seconds: number;
  /** Epoch ms of the join (the record's idempotency key: one record per check). */
  joinedAt: number;
}

const jobDataSchema = z.object({ chatId: z.number().int(), userId: z.number().int() });

const checkKey = (deps: NewcomerDeps, chatId: number, userId: number) =>
  deps.mod.key("captcha", chatId, userId);
const jobName = (deps: NewcomerDeps) => `${deps.mod.bot.id}:${MODERATION}:${CAPTCHA_JOB}`;
const jobId = (deps: NewcomerDeps, chatId: number, userId: number) => `${jobName(deps)}:${chatId}:${userId}`;

/** Deletes a message of the bot; one already gone (or too old) is only logged. */
async function deleteQuietly(deps: NewcomerDeps, chatId: number, messageId: number): Promise<void> {
  await deps.telegram.deleteMessage(chatId, messageId).catch((error: unknown) => {
    deps.mod.logger.info({ err: error, chatId, messageId }, "moderation: captcha message not deleted");
  });
}

/** Ends the check of `userId` if it is still pending; the ended check, or undefined when another did. */
async function takeCheck(
  deps: NewcomerDeps,
  chatId: number,
  userId: number,
): Promise<PendingCheck | undefined> {
  const key = checkKey(deps, chatId, userId);
  const check = await deps.storage.get<PendingCheck>(key);
  if (!check) return undefined;
  return (await deps.storage.delete(key)) ? check : undefined;
}

/**
 * Mutes `member` and asks the question. False when the check could not start (Telegram refused
 * the mute, or the question): the caller welcomes them instead.
 */
export async function startCaptcha(
  deps: NewcomerDeps,
  group: GroupRef,
  member: User,
  seconds: number,
  speak: Speak,
  language: string,
): Promise<boolean> {
  const { mod, telegram } = deps;
  try {
    await applyOnTelegram(telegram, group.id, member.id, "mute", seconds + GRACE_SECONDS, mod.now());
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    mod.logger.info({ err: error, chatId: group.id }, "moderation: captcha newcomer not muted");
    return false;
  }
  let messageId: number;
  try {
    await mod.sends.wait(group.id);
    const question = speak("mod-captcha-question", {
      mentionHtml: mention(memberOf(member)),
      chat: cut(group.title, TITLE_LIMIT),
      durationHtml: durationText(speak, seconds),
    });
    const button = callbackButton(mod.bot, speak("mod-captcha-button"), captchaButton, { user: member.id });
    const sent = await telegram.sendMessage(group.id, question, {
      parse_mode: "HTML",
      reply_markup: { inline_keyboard: [[button]] },
    });
    messageId = sent.message_id;
  } catch (error) {
    // Nobody can answer a question that was never asked: let them in.
    mod.logger.warn({ err: error, chatId: group.id }, "moderation: captcha question not sent");
    await applyOnTelegram(telegram, group.id, member.id, "unmute", undefined, mod.now()).catch(() => {});
    return false;
  }
  const check: PendingCheck = {
    messageId,
    language,
    title: group.title,
    name: nameOf(member),
    seconds,
    joinedAt: mod.now(),
  };
  await deps.storage.set(checkKey(deps, group.id, member.id), check, seconds * 1000 + STATE_EXTRA_MS);
  // A job left from an earlier check of theirs would keep this one from being scheduled.
  const id = jobId(deps, group.id, member.id);
  await deps.jobs.cancel(id);
  await deps.jobs.schedule(
    jobName(deps),
    { chatId: group.id, userId: member.id },
    { id, delayMs: seconds * 1000 },
  );
  return true;
}

/** The newcomer left (or was removed) before answering: the check and its job end. */
export async function dropCaptcha(deps: NewcomerDeps, chatId: number, userId: number): Promise<void> {
  const check = await takeCheck(deps, chatId, userId);
  if (!check) return;
  await deps.jobs.cancel(jobId(deps, chatId, userId));
  await deleteQuietly(deps, chatId, check.messageId);
}

/** Records the removal in API V2 (or the outbox) and posts it to the log channel. */
async function recordRemoval(deps: NewcomerDeps, chatId: number, userId: number, check: PendingCheck) {
  const { mod } = deps;
  const request = enforcementRequest({
    groupId: chatId,
    action: "kick",
    userId,
    adminId: undefined,
    duration: undefined,
    reason: `captcha: no answer within ${check.seconds} s`,
    at: new Date(mod.now()),
    idempotencyKey: `${mod.bot.id}-captcha-${chatId}-${userId}-${check.joinedAt}`,
  });
  await sendRecord(mod, request, (sent) => mod.api.send(sent), { queue: true, log: mod.logger });
  const speak = speaker(mod, check.language);
  await mod.logChannel.post(
    {
      groupId: chatId,
      groupTitle: check.title,
      action: "kick",
      admin: undefined,
      target: { id: userId, name: check.name },
      reason: speak("mod-captcha-failed-reason", { duration: durationText(speak, check.seconds) }),
      seconds: undefined,
      timed: false,
    },
    speak,
  );
}

/**
 * The job: the time to answer is over. Removes the newcomer if their check is still pending.
 * A failure that is not Telegram's refusal puts the check back and throws, so the runner retries.
 */
export async function expireCaptcha(deps: NewcomerDeps, data: unknown): Promise<void> {
  const { chatId, userId } = jobDataSchema.parse(data);
  const check = await takeCheck(deps, chatId, userId);
  if (!check) return;
  try {
    await applyOnTelegram(deps.telegram, chatId, userId, "kick", undefined, deps.mod.now());
  } catch (error) {
    if (!(error instanceof GrammyError)) {
      await deps.storage.set(checkKey(deps, chatId, userId), check, STATE_EXTRA_MS);
      throw error;
    }
    // Promoted meanwhile, or the bot lost its right: they stay, and nothing was done to record.
    deps.mod.logger.warn({ err: error, chatId }, "moderation: captcha newcomer not removed");
    await deleteQuietly(deps, chatId, check.messageId);
    return;
  }
  await deleteQuietly(deps, chatId, check.messageId);
  await recordRemoval(deps, chatId, userId, check);
}

/** The taps on "I am not a robot". */
export function captchaFeature(deps: NewcomerDeps) {
  const feature = new Composer<BotContext>();
  onCallback(feature, captchaButton, async (ctx, { user }) => {
    const chat = ctx.chat;
    if (ctx.from?.id !== user || !chat || chat.type === "private" || chat.type === "channel") {
      await ctx.answerCallbackQuery({ text: ctx.t("mod-captcha-not-yours"), show_alert: true });
      return;
    }
    const check = await takeCheck(deps, chat.id, user);
    if (!check) {
      await ctx.answerCallbackQuery({ text: ctx.t("mod-captcha-over"), show_alert: true });
      return;
    }
    await deps.jobs.cancel(jobId(deps, chat.id, user));
    try {
      await applyOnTelegram(deps.telegram, chat.id, user, "unmute", undefined, deps.mod.now());
    } catch (error) {
      if (!(error instanceof GrammyError)) throw error;
      ctx.log.warn({ err: error }, "moderation: captcha mute not lifted");
    }
    await ctx.answerCallbackQuery({ text: ctx.t("mod-captcha-passed") });
    await deleteQuietly(deps, chat.id, check.messageId);
    await sendWelcome(deps, { id: chat.id, title: check.title }, ctx.from, speaker(deps.mod, check.language));
  });
  return feature;
}
