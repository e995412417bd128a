/**
 * /wan: WAN consumption from `analyzeWan`. The averages are labelled for what they are: the
 * true average throughput (volume over time) and the average of the 15-minute peak rates,
 * which the seed called "average" although it is far higher.
 */
import { bold } from "../../../kernel/html.js";
import type { WanRates, WanReport } from "../domain/wanReport.js";
import { fixed, formatClock, formatUtc, type Translate } from "./format.js";

export type WanRange = "24h" | "7d";

function rates(value: WanRates, t: Translate): string {
  return `⬇️ ${t("netmon-mbps", { value: fixed(value.rxMbps) })} · ⬆️ ${t("netmon-mbps", { value: fixed(value.txMbps) })}`;
}

function gigabytes(value: number): string {
  return value >= 100 ? fixed(value, 1) : fixed(value, 2);
}

export function renderWan(report: WanReport, range: WanRange, locationName: string, t: Translate): string {
  const lines = [
    t("netmon-wan-title", { location: locationName }),
    t(`netmon-wan-range-${range}`, {
      from: formatUtc(report.window.startMs),
      to: formatUtc(report.window.endMs),
    }),
  ];
  if (report.samples.valid === 0) {
    lines.push("", t("netmon-wan-no-data"));
    if (report.samples.total > 0) {
      lines.push(t("netmon-wan-quality", { pct: "0.0", valid: 0, total: report.samples.total }));
    }
    return lines.join("\n");
  }

  lines.push(
    "",
    bold(t("netmon-wan-data-title")),
    `⬇️ ${t("netmon-wan-download", { gb: gigabytes(report.totals.rxGB) })} · ⬆️ ${t("netmon-wan-upload", { gb: gigabytes(report.totals.txGB) })}`,
  );

  const { rx, tx } = report.peak;
  lines.push("", bold(t("netmon-wan-peak-title")));
  if (rx) lines.push(`⬇️ ${t("netmon-wan-peak-at", { value: fixed(rx.mbps), time: formatUtc(rx.at) })}`);
  if (tx) lines.push(`⬆️ ${t("netmon-wan-peak-at", { value: fixed(tx.mbps), time: formatUtc(tx.at) })}`);

  lines.push("", bold(t("netmon-wan-averages-title")));
  if (report.averageThroughput) {
    lines.push(t("netmon-wan-average-throughput", { ratesHtml: rates(report.averageThroughput, t) }));
  }
  if (report.averageOfPeaks) {
    lines.push(t("netmon-wan-average-of-peaks", { ratesHtml: rates(report.averageOfPeaks, t) }));
  }
  if (report.p95) lines.push(t("netmon-wan-p95", { ratesHtml: rates(report.p95, t) }));

  lines.push("", bold(t("netmon-wan-busy-title")));
  if (report.peakWindows.length === 0) lines.push(t("netmon-wan-busy-none"));
  for (const w of report.peakWindows) {
    const start = Date.UTC(2000, 0, 1, w.hourUtc);
    lines.push(
      t(`netmon-wan-busy-${w.level}`, {
        from: formatClock(start),
        to: formatClock(start + 3_600_000),
        value: fixed(w.averageRxMbps),
        ratio: fixed(w.ratio),
      }),
    );
  }

  lines.push(
    "",
    t("netmon-wan-quality", {
      pct: fixed(report.dataQualityPct ?? 0),
      valid: report.samples.valid,
      total: report.samples.total,
    }),
  );
  return lines.join("\n");
}
