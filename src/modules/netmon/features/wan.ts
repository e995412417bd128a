/** /wan: WAN consumption of the last 24 h (or 7 d by button), with a chart of RX/TX over time. */
import { renderLineChart } from "../../../platform/charts/index.js";
import { analyzeWan } from "../domain/wanReport.js";
import type { Netmon } from "../runtime.js";
import { wanChartSpec } from "../views/charts.js";
import { renderWan, type WanRange } from "../views/wan.js";
import { type ReportBuilder, reportCommand } from "./reportDelivery.js";

export const buildWan: ReportBuilder = async (ctx, netmon, target, view) => {
  const range: WanRange = view === "w7" ? "7d" : "24h";
  const points = await netmon.plume.wanStats(target.userId, target, range === "7d" ? "weekly" : "daily");
  const report = analyzeWan(points, { windowHours: range === "7d" ? 168 : 24 });
  const t = ctx.t;
  return {
    text: renderWan(report, range, target.locationName, t),
    chart: () => renderLineChart(wanChartSpec(report, range, target.locationName, t)),
  };
};

export const wanFeature = (netmon: Netmon) => reportCommand(netmon, "wan", "w1", buildWan);
