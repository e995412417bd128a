/**
 * The buttons under reports: open another report (a new message) or refresh / switch the range
 * of the one they are on (an edit, only when something changed). Everything they need is in
 * their data, so they work for anyone with access to the location, after any restart.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { openView, type ViewCode } from "../callbacks.js";
import type { Netmon } from "../runtime.js";
import { buildNodes } from "./nodes.js";
import { buttonTarget, withPlumeAccess } from "./plumeAccess.js";
import { withProgress } from "./progress.js";
import { editReport, type ReportBuilder, sendReport } from "./reportDelivery.js";
import { buildStats } from "./stats.js";
import { buildStatus } from "./status.js";
import { buildWan } from "./wan.js";
import { buildWifi } from "./wifi.js";

const BUILDERS: Record<ViewCode, ReportBuilder> = {
  st: buildStatus,
  w1: buildWan,
  w7: buildWan,
  o3: buildStats,
  o24: buildStats,
  o7: buildStats,
  nd: buildNodes,
  wf: buildWifi,
};

export function reportButtonsFeature(netmon: Netmon) {
  const feature = new Composer<BotContext>();
  onCallback(feature, openView, async (ctx, { view, edit, customerId, locationId, hash }) => {
    const ref = { customerId, locationId };
    await withPlumeAccess(ctx, async () => {
      const target = await buttonTarget(ctx, netmon, ref);
      if (!target) return;
      const content = await withProgress(ctx, "typing", () => BUILDERS[view](ctx, netmon, target, view));
      if (edit) {
        await editReport(ctx, view, ref, content, hash);
      } else {
        await ctx.answerCallbackQuery().catch(() => undefined);
        await sendReport(ctx, view, ref, content);
      }
    });
  });
  return feature;
}
