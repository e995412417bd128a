/**
 * Night mode's scheduler, run as the module's `night-mode` job (every 30 s, once across
 * instances): asks API V2 which groups have night mode on and whether their window is in force
 * now (API V2 does the time-zone and weekday arithmetic), closes the chats whose window started
 * and opens those whose window ended, or whose night mode was turned off or vanished. Each change
 * is announced in the group and recorded as a bot event (`night_close`, `night_open`) in API V2's
 * action log and the log channel. When API V2 does not answer, nothing new closes, and a chat
 * still opens at the end API V2 gave when it closed.
 *
 * Notices go out in the language of the admin who last turned night mode on in the group (kept in
 * storage), else in English: a job has no user to take a language from.
 */
import { type Api, GrammyError } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import type { Storage } from "../../../platform/storage/storage.js";
import { recordBotEvent } from "../actionRecords.js";
import type { NightModeState } from "../apiV2Schemas.js";
import { nightPlan } from "../domain/chatClosure.js";
import type { Moderation } from "../runtime.js";
import { HTML } from "../views.js";
import {
  type ClosureDeps,
  closeChat,
  closedChats,
  closureOf,
  forgetClosure,
  reopenChat,
} from "./chatClosure.js";

const languageKey = (mod: Moderation, chatId: number) => mod.key("night-language", chatId);

/** Remembers the language the group's night notices are written in. */
export const setNoticeLanguage = (deps: ClosureDeps, chatId: number, language: string) =>
  deps.storage.set(languageKey(deps.mod, chatId), language);

async function translatorFor(deps: ClosureDeps, chatId: number): Promise<BotContext["t"]> {
  const language = await deps.storage.get<string>(languageKey(deps.mod, chatId));
  return (key, variables) => deps.mod.bot.translate(language, key, variables);
}

/** Posts a notice in the group, paced by the bot's send scheduler; a failure is only logged. */
async function notify(deps: ClosureDeps, chatId: number, text: string): Promise<void> {
  try {
    await deps.mod.sends.wait(chatId);
    await deps.telegram.sendMessage(chatId, text, HTML);
  } catch (error) {
    deps.mod.logger.warn({ err: error, chatId }, "moderation: night mode notice failed");
  }
}

/**
 * Closes the chat for the night of `window` (in force now). With `notice`, the group is told; the
 * change is recorded either way. Throws GrammyError when Telegram refuses.
 */
export async function startNight(
  deps: ClosureDeps,
  window: NightModeState,
  { notice }: { notice: boolean },
): Promise<"closed" | "joined" | "already"> {
  const chatId = window.group_id;
  const outcome = await closeChat(deps, chatId, "night", { until: window.next_change_at ?? undefined });
  // Already closed by a lockdown: nothing changes for the members, nothing to announce.
  if (outcome !== "closed") return outcome;
  const t = await translatorFor(deps, chatId);
  if (notice) {
    await notify(deps, chatId, t("mod-night-notice-closed", { end: window.end, zone: window.time_zone }));
  }
  await recordBotEvent(
    deps.mod,
    {
      groupId: chatId,
      groupTitle: (await closureOf(deps, chatId))?.title,
      action: "night_close",
      details: `window ${window.start}-${window.end} ${window.time_zone}`,
      idempotencyKey: `${deps.mod.bot.id}-night-close-${chatId}-${window.next_change_at}`,
    },
    t,
  );
  return outcome;
}

/** Telegram says the bot can no longer reach the group: its closure is forgotten. */
const unreachable = (error: unknown) =>
  error instanceof GrammyError &&
  (error.error_code === 403 || /chat not found|group chat was upgraded/i.test(error.description));

/** Opens the chat the night closed (unless a lockdown keeps it closed), with a notice. */
async function endNight(deps: ClosureDeps, chatId: number): Promise<void> {
  const closure = await closureOf(deps, chatId);
  let outcome: Awaited<ReturnType<typeof reopenChat>>;
  try {
    outcome = await reopenChat(deps, chatId, "night");
  } catch (error) {
    if (!unreachable(error)) throw error;
    deps.mod.logger.warn({ err: error, chatId }, "moderation: night mode cannot reach the group; forgotten");
    await forgetClosure(deps, chatId);
    return;
  }
  if (outcome.kind !== "opened") return;
  const t = await translatorFor(deps, chatId);
  await notify(deps, chatId, t("mod-night-notice-open"));
  await recordBotEvent(
    deps.mod,
    {
      groupId: chatId,
      groupTitle: closure?.title,
      action: "night_open",
      details: undefined,
      idempotencyKey: `${deps.mod.bot.id}-night-open-${chatId}-${closure?.nightSince}`,
    },
    t,
  );
}

/** The job's run: one pass over every group with night mode on or closed by the night. */
export function nightModeJob(mod: Moderation, storage: Storage, telegram: Api): () => Promise<void> {
  const deps: ClosureDeps = { mod, storage, telegram };
  const guarded = async (chatId: number, step: () => Promise<unknown>) => {
    // One group's trouble (a right taken away, Telegram busy) must not hold up the others.
    await step().catch((error: unknown) =>
      mod.logger.warn({ err: error, chatId }, "moderation: night mode change failed; next run retries"),
    );
  };
  return async () => {
    // A night mode switched while API V2 was down reaches it first, so the list below is current
    // (a record is sent under its own Idempotency-Key: the outbox job delivering it too is harmless).
    await mod.outbox
      .deliver()
      .catch((error: unknown) => mod.logger.warn({ err: error }, "moderation: outbox"));
    let windows: NightModeState[] | undefined;
    try {
      windows = await mod.api.nightModes();
    } catch (error) {
      mod.logger.warn({ err: error }, "moderation: API V2 night-mode list unavailable");
    }
    const plan = nightPlan(windows, await closedChats(deps), mod.now());
    for (const window of plan.close)
      await guarded(window.group_id, () => startNight(deps, window, { notice: true }));
    for (const chatId of plan.open) await guarded(chatId, () => endNight(deps, chatId));
  };
}
