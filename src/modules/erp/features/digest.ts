/**
 * `/digest`: the opt-in daily digest of overdue invoices, for the active company, at an hour the
 * user picks in their time zone. Each user's digest is a cron job of its own
 * (`services.jobs.cron`, read in their zone, once across instances); jobs/digestJob.ts sends it.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { digestHour, digestOff, digestStep, digestZone, digestZones } from "../callbacks.js";
import { type DIGEST_HOURS, dailyAt, hourText, TIME_ZONES } from "../domain/digestTimes.js";
import { digestKeyboard, zonesKeyboard } from "../keyboards.js";
import { type ActiveCompany, digestScheduleId, type Erp, userIdOf } from "../runtime.js";
import type { DigestSetting } from "../store/userState.js";
import { digestSettingsText } from "../views/digestViews.js";
import { activeCompany, requireLink } from "./companyPicker.js";
import { present } from "./present.js";

/** (Re)schedules a user's digest at its hour in its zone. */
type DigestHour = (typeof DIGEST_HOURS)[number];

export async function scheduleDigest(erp: Erp, userId: number, setting: DigestSetting): Promise<void> {
  await erp.services.jobs.cron(
    erp.digestJob,
    { userId },
    {
      id: digestScheduleId(erp, userId),
      pattern: dailyAt(setting.hour),
      tz: setting.timeZone,
    },
  );
}

/** Turns the user's digest on (or moves it) at `hour` in their zone, about `company`. */
export async function enableDigest(
  erp: Erp,
  ctx: BotContext,
  hour: number,
  company: ActiveCompany,
): Promise<void> {
  const userId = userIdOf(ctx);
  const setting: DigestSetting = {
    hour,
    timeZone: await erp.state.timeZone(userId),
    company,
    language: ctx.language,
  };
  await erp.state.setDigest(userId, setting);
  await scheduleDigest(erp, userId, setting);
}

export async function showDigest(erp: Erp, ctx: BotContext, edit: boolean): Promise<void> {
  await requireLink(erp, ctx);
  const userId = userIdOf(ctx);
  const [setting, timeZone] = await Promise.all([erp.state.digest(userId), erp.state.timeZone(userId)]);
  await present(
    ctx,
    digestSettingsText(ctx.t, setting, timeZone),
    digestKeyboard(ctx, setting?.hour, timeZone),
    edit,
  );
}

export function digestFeature(erp: Erp) {
  const feature = new Composer<BotContext>();

  feature.command("digest", (ctx) => showDigest(erp, ctx, false));

  onCallback(feature, digestHour, async (ctx, { h }) => {
    const hour = Number(h) as DigestHour;
    const company =
      (await erp.state.digest(userIdOf(ctx)))?.company ?? (await activeCompany(erp, ctx, digestStep(hour)));
    if (!company) return void (await ctx.answerCallbackQuery());
    await enableDigest(erp, ctx, hour, company);
    await ctx.answerCallbackQuery({ text: ctx.t("erp-digest-set-alert", { time: hourText(hour) }) });
    await showDigest(erp, ctx, true);
  });

  onCallback(feature, digestZones, async (ctx) => {
    await requireLink(erp, ctx);
    await ctx.answerCallbackQuery();
    const current = await erp.state.timeZone(userIdOf(ctx));
    await present(ctx, ctx.t("erp-digest-zones"), zonesKeyboard(ctx, current), true);
  });

  onCallback(feature, digestZone, async (ctx, { z }) => {
    await requireLink(erp, ctx);
    const userId = userIdOf(ctx);
    const zone = TIME_ZONES[z];
    if (!zone)
      return void (await ctx.answerCallbackQuery({ text: ctx.t("callback-invalid"), show_alert: true }));
    await erp.state.setTimeZone(userId, zone);
    const setting = await erp.state.digest(userId);
    if (setting) {
      const moved = { ...setting, timeZone: zone };
      await erp.state.setDigest(userId, moved);
      await scheduleDigest(erp, userId, moved);
    }
    await ctx.answerCallbackQuery({ text: ctx.t("erp-digest-zone-alert", { zone }) });
    await showDigest(erp, ctx, true);
  });

  onCallback(feature, digestOff, async (ctx) => {
    await requireLink(erp, ctx);
    const userId = userIdOf(ctx);
    await erp.state.clearDigest(userId);
    await erp.services.jobs.cancel(digestScheduleId(erp, userId));
    await ctx.answerCallbackQuery({ text: ctx.t("erp-digest-off-alert") });
    await showDigest(erp, ctx, true);
  });

  return feature;
}
