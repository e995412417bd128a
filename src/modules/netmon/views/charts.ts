/**
 * Chart specs for /wan and /stats: which data, which words, which marks. The platform's chart
 * renderer turns them into PNGs; these builders stay pure so tests can read them.
 */
import type { LineChartSpec, TimelineChartSpec } from "../../../platform/charts/index.js";
import type { OnlineRange, OnlineStatsReport } from "../domain/onlineStats.js";
import type { WanReport } from "../domain/wanReport.js";
import { fixed, type Translate } from "./format.js";
import type { WanRange } from "./wan.js";

/** RX/TX 15-minute peak rates over time, the RX 95th percentile as a line, the RX peak marked. */
export function wanChartSpec(
  report: WanReport,
  range: WanRange,
  locationName: string,
  t: Translate,
): LineChartSpec {
  const mbps = (value: number) => t("netmon-mbps", { value: fixed(value) });
  // Chart text is not HTML: the escaping `t` must not see the location name.
  return {
    title: `${t("netmon-chart-wan-title")} · ${locationName}`,
    subtitle: t(`netmon-chart-wan-subtitle-${range}`),
    yAxisName: t("netmon-unit-mbps"),
    noDataText: t("netmon-chart-no-data"),
    series: [
      {
        name: t("netmon-chart-download"),
        points: report.series.map((p) => ({ t: p.atMs, v: p.rxMaxMbps })),
        area: true,
      },
      { name: t("netmon-chart-upload"), points: report.series.map((p) => ({ t: p.atMs, v: p.txMaxMbps })) },
    ],
    markerLines: report.p95 ? [{ value: report.p95.rxMbps, label: `p95 ${mbps(report.p95.rxMbps)}` }] : [],
    markedPoints: report.peak.rx
      ? [
          {
            t: Date.parse(report.peak.rx.at),
            v: report.peak.rx.mbps,
            label: `${t("netmon-chart-peak")} ${mbps(report.peak.rx.mbps)}`,
          },
        ]
      : [],
  };
}

export const ONLINE_COLORS = { online: "#16a34a", offline: "#dc2626", intermittent: "#f59e0b" } as const;

export function statsChartSpec(
  report: OnlineStatsReport,
  range: OnlineRange,
  locationName: string,
  t: Translate,
): TimelineChartSpec {
  return {
    title: `${t("netmon-chart-online-title")} · ${locationName}`,
    subtitle: t(`netmon-stats-range-${range}`),
    noDataText: t("netmon-chart-no-data"),
    stepMs: 3_600_000, // every range is hourly (ONLINE_RANGES)
    samples: report.timeline.map((s) => ({ t: s.atMs, state: s.state })),
    states: {
      online: { label: t("netmon-online-online"), color: ONLINE_COLORS.online },
      intermittent: { label: t("netmon-online-intermittent"), color: ONLINE_COLORS.intermittent },
      offline: { label: t("netmon-online-offline"), color: ONLINE_COLORS.offline },
    },
  };
}
