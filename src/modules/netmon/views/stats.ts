/** /stats: online history from `analyzeOnlineStats`, for the 3 h, 24 h or 7 d range. */
import { bold, code } from "../../../kernel/html.js";
import type { OnlineRange, OnlineStatsReport } from "../domain/onlineStats.js";
import { fixed, type Translate } from "./format.js";

const TREND_ICON = { improving: "↗️", stable: "➡️", declining: "↘️" } as const;
const STATE_ICON = { online: "🟢", offline: "🔴", intermittent: "🟡" } as const;

export function renderStats(
  report: OnlineStatsReport,
  range: OnlineRange,
  locationName: string,
  t: Translate,
): string {
  const lines = [t("netmon-stats-title", { location: locationName }), t(`netmon-stats-range-${range}`)];
  if (report.uptimePct === null || report.label === null || report.bar === null) {
    lines.push("", t("netmon-stats-no-data"));
    return lines.join("\n");
  }
  lines.push(
    "",
    t("netmon-stats-uptime", {
      pctHtml: bold(`${fixed(report.uptimePct)} %`),
      barHtml: code(report.bar),
      label: t(`netmon-uptime-${report.label}`),
    }),
    t("netmon-stats-incidents", { count: report.incidents }),
    t("netmon-stats-trend", { icon: TREND_ICON[report.trend], trend: t(`netmon-trend-${report.trend}`) }),
    t("netmon-stats-samples", {
      online: report.counts.online,
      offline: report.counts.offline,
      intermittent: report.counts.intermittent,
    }),
  );
  if (report.current) {
    lines.push(
      t("netmon-stats-now", {
        icon: STATE_ICON[report.current],
        state: t(`netmon-online-${report.current}`),
      }),
    );
  }
  return lines.join("\n");
}
