/**
 * `/nightmode on|off` (admins with the right to restrict members) switches the group's night mode:
 * the chat closes every chosen weekday for the window in the group's time zone (the settings in
 * API V2; nightModeJob.ts does the closing and opening). Switching is recorded in API V2 as
 * `night_mode_on`/`night_mode_off`, which is what turns the schedule on and off there. Turning it
 * on at night closes the chat now; turning it off at night opens it now (unless a lockdown holds).
 * `/nightmode` alone (any admin) shows the window, the weekdays, the zone, and whether it is in
 * force now. `setNightMode` is also what the /settings panel calls.
 */
import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../../kernel/context.js";
import { recordAction, recordLine } from "../actionRecords.js";
import type { GroupSettings, NightModeState } from "../apiV2Schemas.js";
import { WEEKDAYS } from "../apiV2Schemas.js";
import { nightModeArgument } from "../domain/chatClosure.js";
import type { Moderation } from "../runtime.js";
import { HTML, lines, type Member, memberOf, senderMember } from "../views.js";
import { NEEDED_RIGHT } from "./actionSpecs.js";
import {
  botCannotClose,
  type ClosureDeps,
  closureDeps,
  closureOf,
  reopenChat,
  telegramRefusal,
} from "./chatClosure.js";
import { admitAdmin, admitReader } from "./memberActions.js";
import { setNoticeLanguage, startNight } from "./nightModeJob.js";

/** A Monday, from which the weekdays' names are read in the reader's language. */
const A_MONDAY = Date.UTC(2024, 0, 1);

/** The chosen weekdays in `language` (`Mon, Tue, Fri`), or "every day". */
export function weekdaysText(ctx: BotContext, weekdays: readonly string[]): string {
  if (WEEKDAYS.every((day) => weekdays.includes(day))) return ctx.t("mod-night-every-day");
  const name = new Intl.DateTimeFormat(ctx.language, { weekday: "short", timeZone: "UTC" });
  return WEEKDAYS.flatMap((day, index) =>
    weekdays.includes(day) ? [name.format(A_MONDAY + index * 86_400_000)] : [],
  ).join(", ");
}

/** The settings now from API V2, or the last known when it does not answer. */
const currentSettings = (mod: Moderation, chatId: number): Promise<GroupSettings> =>
  mod.settings.fresh(chatId).catch(() => mod.settings.get(chatId));

/** The group's window in API V2's night-mode list (night mode on), undefined when off or unknown. */
async function windowOf(mod: Moderation, chatId: number): Promise<NightModeState | undefined> {
  const windows = await mod.api.nightModes().catch(() => []);
  return windows.find((window) => window.group_id === chatId);
}

/** The variables of the window's texts. */
const windowVars = (ctx: BotContext, night: GroupSettings["night_mode"]) => ({
  start: night.start,
  end: night.end,
  zone: night.time_zone,
  days: weekdaysText(ctx, night.weekdays),
});

/** "07:00 (Asia/Almaty)": when the group's night ends, for answers about a chat it keeps closed. */
export async function nightEndText(mod: Moderation, ctx: BotContext, chatId: number): Promise<string> {
  const night = (await mod.settings.get(chatId)).night_mode;
  return ctx.t("mod-night-until", { end: night.end, zone: night.time_zone });
}

async function switchOn(mod: Moderation, ctx: BotContext, deps: ClosureDeps, chatId: number, admin: Member) {
  const before = (await currentSettings(mod, chatId)).night_mode;
  if (before.enabled) return ctx.t("mod-night-already-on", windowVars(ctx, before));
  const recorded = await recordAction(
    mod,
    ctx,
    chatId,
    {
      action: "night_mode_on",
      target: undefined,
      admin,
      seconds: undefined,
      reason: undefined,
      timed: false,
    },
    { queue: true },
  );
  // API V2 refused it for good: the schedule is not on, whatever the cache says.
  if ("error" in recorded) return ctx.t("mod-night-failed");
  await setNoticeLanguage(deps, chatId, ctx.language);
  const night = (await currentSettings(mod, chatId)).night_mode;
  let nowLine: string | undefined;
  const window = "result" in recorded ? await windowOf(mod, chatId) : undefined;
  if (window?.active_now) {
    try {
      await startNight(deps, window, { notice: false });
      nowLine = ctx.t("mod-night-closed-now", { end: window.end, zone: window.time_zone });
    } catch (error) {
      nowLine = telegramRefusal(ctx, error);
    }
  }
  return lines(ctx.t("mod-night-on-done", windowVars(ctx, night)), nowLine, recordLine(ctx, recorded));
}

async function switchOff(mod: Moderation, ctx: BotContext, deps: ClosureDeps, chatId: number, admin: Member) {
  const enabled = (await currentSettings(mod, chatId)).night_mode.enabled;
  const closedByNight = (await closureOf(deps, chatId))?.reasons.includes("night") ?? false;
  if (!enabled && !closedByNight) return ctx.t("mod-night-already-off");
  // The schedule first: with it still on, the scheduler would close the chat again. Recorded even
  // when the settings say off: they may be API V2's defaults, read while it was down.
  const recorded = await recordAction(
    mod,
    ctx,
    chatId,
    {
      action: "night_mode_off",
      target: undefined,
      admin,
      seconds: undefined,
      reason: undefined,
      timed: false,
    },
    { queue: true },
  );
  if ("error" in recorded) return ctx.t("mod-night-failed");
  await mod.settings.fresh(chatId).catch(() => undefined);
  let nowLine: string | undefined;
  if (closedByNight) {
    try {
      const outcome = await reopenChat(deps, chatId, "night");
      if (outcome.kind === "opened") nowLine = ctx.t("mod-night-opened-now");
      if (outcome.kind === "kept") nowLine = ctx.t("mod-night-lockdown-holds");
    } catch (error) {
      // The schedule is off: the scheduler's next run opens the chat once Telegram lets it.
      nowLine = telegramRefusal(ctx, error);
    }
  }
  return lines(ctx.t("mod-night-off-done"), nowLine, recordLine(ctx, recorded));
}

/**
 * Turns night mode on or off as `admin`; gives back the answer (HTML) and sends nothing itself
 * (when it closes the chat at once, the answer says so instead of a notice). Refuses when the bot
 * lacks the right it will need to close the chat.
 */
export async function setNightMode(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  admin: Member,
  on: boolean,
): Promise<string> {
  const refusal = await botCannotClose(mod, ctx, chatId);
  if (refusal) return refusal;
  const deps = closureDeps(mod, ctx);
  return on ? switchOn(mod, ctx, deps, chatId, admin) : switchOff(mod, ctx, deps, chatId, admin);
}

/** `/nightmode` alone: the schedule, and whether the chat is closed by it now. */
async function scheduleView(mod: Moderation, ctx: BotContext, chatId: number): Promise<string> {
  const deps = closureDeps(mod, ctx);
  const night = (await currentSettings(mod, chatId)).night_mode;
  const closure = await closureOf(deps, chatId);
  // The chat as members find it; API V2's view when the scheduler has not caught up yet.
  const inForce =
    closure?.reasons.includes("night") || (night.enabled && (await windowOf(mod, chatId))?.active_now);
  return lines(
    ctx.t(night.enabled ? "mod-night-title-on" : "mod-night-title-off"),
    ctx.t("mod-night-window", windowVars(ctx, night)),
    night.enabled
      ? ctx.t(inForce ? "mod-night-in-force" : "mod-night-not-in-force", { end: night.end })
      : undefined,
    closure?.reasons.includes("lockdown") ? ctx.t("mod-night-lockdown-holds") : undefined,
    ctx.t("mod-night-usage"),
  );
}

export function nightModeFeature(mod: Moderation) {
  const feature = new Composer<BotContext>();
  const confirmable = mod.anonymous.register("nightmode", {
    right: NEEDED_RIGHT,
    payload: z.object({ on: z.boolean() }),
    run: async (ctx, { chatId, admin, payload }) => {
      const text = await setNightMode(mod, ctx, chatId, memberOf(admin), payload.on);
      await ctx.reply(text, HTML);
    },
  });

  feature.command("nightmode", async (ctx) => {
    const argument = nightModeArgument(typeof ctx.match === "string" ? ctx.match : "");
    if (argument === "invalid") return void (await ctx.reply(ctx.t("mod-night-invalid"), HTML));
    if (argument === "show") {
      const group = await admitReader(mod, ctx);
      if (!group) return;
      return void (await ctx.reply(await scheduleView(mod, ctx, group.id), HTML));
    }
    const admitted = await admitAdmin(mod, ctx);
    if (!admitted) return;
    const { group, actor } = admitted;
    const on = argument === "on";
    if (actor.kind === "anonymous_admin") {
      await confirmable.ask(ctx, { on }, `/nightmode ${argument}`);
      return;
    }
    await ctx.reply(await setNightMode(mod, ctx, group.id, senderMember(ctx, actor.id), on), HTML);
  });
  return feature;
}
