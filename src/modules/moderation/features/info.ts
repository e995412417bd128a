/**
 * `/info` (admins): a member's record in API V2 (muted or banned until when, warnings against
 * the limit, last action) next to their membership on Telegram. `/status` (anyone in the group):
 * whether API V2 answers, whether the bot holds the right it needs, the warning policy.
 */
import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import type { Moderation } from "../runtime.js";
import { HTML, lines, mention, utc } from "../views.js";
import { NEEDED_RIGHT } from "./actionSpecs.js";
import { admitReader, freshRights, groupOf, resolveTarget } from "./memberActions.js";

export function infoFeature(mod: Moderation) {
  const feature = new Composer<BotContext>();

  feature.command("info", async (ctx) => {
    const group = await admitReader(mod, ctx);
    if (!group) return;
    const resolved = await resolveTarget(mod, ctx, group.id, "info", false);
    if (!resolved) return;
    const targetHtml = mention(resolved.target);
    const member = await ctx.api.getChatMember(group.id, resolved.target.id);
    const telegramLine = ctx.t("mod-info-telegram", { status: member.status });
    let status: Awaited<ReturnType<Moderation["api"]["status"]>>;
    try {
      status = await mod.statuses.get(group.id, resolved.target.id);
    } catch (error) {
      ctx.log.warn({ err: error }, "moderation: API V2 status failed");
      await ctx.reply(
        lines(ctx.t("mod-info-title", { targetHtml }), telegramLine, ctx.t("mod-api-down")),
        HTML,
      );
      return;
    }
    await ctx.reply(
      lines(
        ctx.t("mod-info-title", { targetHtml }),
        telegramLine,
        status.is_muted
          ? ctx.t("mod-info-muted", { until: status.muted_until ? utc(status.muted_until) : "-" })
          : undefined,
        status.is_banned
          ? ctx.t("mod-info-banned", { until: status.banned_until ? utc(status.banned_until) : "-" })
          : undefined,
        ctx.t("mod-info-warnings", { count: status.has_warnings, limit: status.warning_limit }),
        status.last_action ? ctx.t("mod-info-last", { at: utc(status.last_action) }) : undefined,
      ),
      HTML,
    );
  });

  feature.command("status", async (ctx) => {
    const group = groupOf(ctx);
    if (!group) return void (await ctx.reply(ctx.t("mod-groups-only"), HTML));
    const bot = await freshRights(mod, group.id, ctx.me.id);
    const rightLine = bot?.[NEEDED_RIGHT]
      ? ctx.t("mod-status-bot-ok")
      : ctx.t(bot ? "mod-bot-lacks-right" : "mod-bot-not-admin", {
          right: ctx.t(`group-right-${NEEDED_RIGHT}`),
        });
    let policy: string;
    try {
      const settings = await mod.api.settings(group.id);
      policy = ctx.t("mod-status-policy", {
        limit: settings.warnings.limit,
        action: settings.warnings.action,
      });
    } catch (error) {
      ctx.log.warn({ err: error }, "moderation: API V2 settings failed");
      policy = ctx.t("mod-api-down");
    }
    await ctx.reply(lines(ctx.t("mod-status-title"), rightLine, policy), HTML);
  });

  return feature;
}
