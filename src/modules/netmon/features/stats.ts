/** /stats: online history for 3 h, 24 h (hourly) or 7 d, with a timeline chart. */
import { renderTimelineChart } from "../../../platform/charts/index.js";
import type { ViewCode } from "../callbacks.js";
import { analyzeOnlineStats, type OnlineRange } from "../domain/onlineStats.js";
import type { Netmon } from "../runtime.js";
import { statsChartSpec } from "../views/charts.js";
import { renderStats } from "../views/stats.js";
import { type ReportBuilder, reportCommand } from "./reportDelivery.js";

const RANGE_OF: Partial<Record<ViewCode, OnlineRange>> = { o3: "3h", o24: "24h", o7: "7d" };

export const buildStats: ReportBuilder = async (ctx, netmon, target, view) => {
  const range = RANGE_OF[view] ?? "24h";
  const samples = await netmon.plume.onlineStats(target.userId, target, range);
  const report = analyzeOnlineStats(samples);
  const t = ctx.t;
  return {
    text: renderStats(report, range, target.locationName, t),
    chart: () => renderTimelineChart(statsChartSpec(report, range, target.locationName, t)),
  };
};

export const statsFeature = (netmon: Netmon) => reportCommand(netmon, "stats", "o24", buildStats);
