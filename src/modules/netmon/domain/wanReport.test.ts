import { describe, expect, it } from "vitest";
import type { WanPoint } from "./schemas.js";
import { analyzeWan, findPeakWindows, nearestRankP95 } from "./wanReport.js";

const T0 = Date.UTC(2024, 11, 2, 0, 0, 0);
const Q = 15 * 60_000;
const H = 3_600_000;

const at = (ms: number) => new Date(ms).toISOString();
const point = (
  ms: number,
  rxMbytes: number | null,
  txMbytes: number | null,
  rxMax: number | null,
  txMax: number | null,
): WanPoint => ({
  timestamp: at(ms),
  rxMbytes,
  txMbytes,
  rxMaxMbps: rxMax,
  txMaxMbps: txMax,
});

describe("wan: totals, peaks and averages", () => {
  const points = [
    point(T0, 90, 9, 10, 1),
    point(T0 + Q, 180, 18, 30, 3),
    point(T0 + 2 * Q, 270, 27, 20, 2),
    point(T0 + 3 * Q, 1508, 150, 30, 5),
  ];
  const report = analyzeWan(points, { now: T0 + 4 * Q });

  it("totals are the sums of Mbytes, and GB = MB / 1024", () => {
    expect(report.totals.rxMB).toBe(2048);
    expect(report.totals.txMB).toBe(204);
    expect(report.totals.rxGB).toBe(2);
    expect(report.totals.txGB).toBeCloseTo(204 / 1024, 12);
  });

  it("the peak is the highest 15-minute max rate with its UTC time; the earliest wins a tie", () => {
    expect(report.peak.rx).toEqual({ mbps: 30, at: "2024-12-02T00:15:00.000Z" });
    expect(report.peak.tx).toEqual({ mbps: 5, at: "2024-12-02T00:45:00.000Z" });
  });

  it("reports the average of 15-minute peaks and the true average throughput separately", () => {
    expect(report.averageOfPeaks).toEqual({ rxMbps: 22.5, txMbps: 2.75 });
    // 2048 MB × 8 / (4 × 900 s) = 4.5511 Mbps; 204 × 8 / 3600 = 0.45333 Mbps.
    expect(report.averageThroughput!.rxMbps).toBeCloseTo((2048 * 8) / 3600, 12);
    expect(report.averageThroughput!.txMbps).toBeCloseTo(0.453333333, 8);
  });

  it("p95 is the nearest rank sorted[min(floor(n × 0.95), n − 1)]", () => {
    expect(report.p95).toEqual({ rxMbps: 30, txMbps: 5 });
    expect(nearestRankP95([])).toBeNull();
    expect(nearestRankP95([7])).toBe(7);
    expect(nearestRankP95(Array.from({ length: 10 }, (_, i) => i + 1))).toBe(10);
    expect(nearestRankP95(Array.from({ length: 20 }, (_, i) => 20 - i))).toBe(20);
    expect(nearestRankP95(Array.from({ length: 100 }, (_, i) => i + 1))).toBe(96);
    expect(nearestRankP95(Array.from({ length: 96 }, (_, i) => i + 1))).toBe(92);
  });
});

describe("wan: missing data", () => {
  it("a sample with any null field is skipped and counted missing; quality = valid / all × 100", () => {
    const report = analyzeWan(
      [
        point(T0, 100, 10, 50, 5),
        point(T0 + Q, null, 10, 50, 5),
        point(T0 + 2 * Q, 100, 10, 50, null),
        point(T0 + 3 * Q, 100, 10, 80, 8),
      ],
      { now: T0 + 4 * Q },
    );
    expect(report.samples).toEqual({ total: 4, valid: 2, missing: 2 });
    expect(report.dataQualityPct).toBe(50);
    expect(report.totals.rxMB).toBe(200);
    expect(report.peak.rx!.mbps).toBe(80);
    expect(report.series.map((s) => s.txMaxMbps)).toEqual([5, null, null, 8]);
  });

  it("the chart draws only the samples the figures use: an incomplete spike is a gap, not above the peak", () => {
    const report = analyzeWan(
      [point(T0, 100, 10, 50, 5), point(T0 + Q, null, 10, 900, 5), point(T0 + 2 * Q, 100, 10, 80, 8)],
      { now: T0 + 3 * Q },
    );
    expect(report.peak.rx!.mbps).toBe(80);
    expect(report.series.map((s) => s.rxMaxMbps)).toEqual([50, null, 80]);
    expect(Math.max(...report.series.map((s) => s.rxMaxMbps ?? 0))).toBe(report.peak.rx!.mbps);
  });

  it("a sample whose timestamp does not parse is counted missing", () => {
    const report = analyzeWan([point(T0, 1, 1, 1, 1), { ...point(T0, 1, 1, 1, 1), timestamp: "yesterday" }]);
    expect(report.samples).toEqual({ total: 2, valid: 1, missing: 1 });
  });

  it("an empty series gives no figures rather than zeros that look like data", () => {
    const report = analyzeWan([], { now: T0 });
    expect(report).toMatchObject({
      samples: { total: 0, valid: 0, missing: 0 },
      dataQualityPct: null,
      peak: { rx: null, tx: null },
      averageOfPeaks: null,
      averageThroughput: null,
      p95: null,
      peakWindows: [],
      series: [],
    });
    expect(report.totals.rxGB).toBe(0);
  });

  it("a series of nulls only has 0 % quality and no peaks", () => {
    const report = analyzeWan([point(T0, null, null, null, null), point(T0 + Q, null, null, null, null)]);
    expect(report.dataQualityPct).toBe(0);
    expect(report.peak.rx).toBeNull();
  });
});

describe("wan: the window", () => {
  it("keeps the samples whose 15 minutes overlap the last windowHours before now", () => {
    const now = T0 + 24 * H + 7 * 60_000;
    const report = analyzeWan(
      [
        point(now - 24 * H - Q, 1, 1, 1, 1), // ends exactly when the window starts: out
        point(now - 24 * H - Q + 60_000, 2, 2, 2, 2), // its last minute is in
        point(now - 60_000, 4, 4, 4, 4),
        point(now, 8, 8, 8, 8), // starts at the end: out
      ],
      { now, windowHours: 24 },
    );
    expect(report.totals.rxMB).toBe(6);
    expect(report.window).toEqual({ startMs: now - 24 * H, endMs: now, hours: 24 });
  });

  it("without now, the window ends with the newest sample's interval", () => {
    const points = Array.from({ length: 8 * 96 }, (_, i) => point(T0 + i * Q, 1, 1, 1, 1));
    const day = analyzeWan(points);
    expect(day.samples.total).toBe(96);
    expect(day.window.endMs).toBe(T0 + 8 * 96 * Q);
    expect(analyzeWan(points, { windowHours: 168 }).samples.total).toBe(672);
  });

  it("sorts newest-first input oldest first", () => {
    const report = analyzeWan([
      point(T0 + 2 * Q, 3, 3, 3, 3),
      point(T0 + Q, 2, 2, 2, 2),
      point(T0, 1, 1, 1, 1),
    ]);
    expect(report.series.map((s) => s.rxMaxMbps)).toEqual([1, 2, 3]);
  });
});

describe("wan: peak activity windows", () => {
  it("hours over 2× the overall mean are high, over 1.5× moderate, busiest first, all days merged", () => {
    const samples = [
      ...[0, 1, 2, 3, 4, 5].map((h) => ({ atMs: T0 + h * H, rxMaxMbps: 10 })),
      { atMs: T0 + 18 * H, rxMaxMbps: 25 },
      // Hour 20 on two days: 30 and 50 → mean 40.
      { atMs: T0 + 20 * H, rxMaxMbps: 30 },
      { atMs: T0 + 44 * H, rxMaxMbps: 50 },
    ];
    // Overall mean = (60 + 25 + 80) / 9 = 18.333…; 40 / 18.33 = 2.18 (high), 25 / 18.33 = 1.36 (none).
    expect(findPeakWindows(samples)).toEqual([{ hourUtc: 20, averageRxMbps: 40, ratio: 2.2, level: "high" }]);
  });

  it("a ratio between 1.5 and 2 is moderate; exactly 1.5 is not a window", () => {
    // Mean = (10 × 6 + 25 + 40) / 8 = 15.625: 40 → 2.56 high, 25 → 1.6 moderate.
    const samples = [
      ...[0, 1, 2, 3, 4, 5].map((h) => ({ atMs: T0 + h * H, rxMaxMbps: 10 })),
      { atMs: T0 + 18 * H, rxMaxMbps: 25 },
      { atMs: T0 + 20 * H, rxMaxMbps: 40 },
    ];
    expect(findPeakWindows(samples).map((w) => [w.hourUtc, w.level])).toEqual([
      [20, "high"],
      [18, "moderate"],
    ]);
    // Mean of [10, 10, 20] = 13.33: 20 → 1.5 exactly, not "over 1.5×".
    const edge = [10, 10, 20].map((v, h) => ({ atMs: T0 + h * H, rxMaxMbps: v }));
    expect(findPeakWindows(edge)).toEqual([]);
  });

  it("the level agrees with the ratio as shown: 2.04× reads 2.0× and is moderate, not high", () => {
    // Mean of [10, 10, 10, 10, 27.5] = 13.5: 27.5 / 13.5 = 2.037 → shown 2.0 → moderate.
    const samples = [10, 10, 10, 10, 27.5].map((v, h) => ({ atMs: T0 + h * H, rxMaxMbps: v }));
    expect(findPeakWindows(samples).map((w) => [w.hourUtc, w.level, w.ratio])).toEqual([[4, "moderate", 2]]);
  });

  it("keeps the top three", () => {
    const samples = [
      ...Array.from({ length: 20 }, (_, h) => ({ atMs: T0 + h * H, rxMaxMbps: 1 })),
      ...[20, 21, 22, 23].map((h, i) => ({ atMs: T0 + h * H, rxMaxMbps: 10 + i })),
    ];
    expect(findPeakWindows(samples).map((w) => w.hourUtc)).toEqual([23, 22, 21]);
  });

  it("no windows when everything is idle", () => {
    expect(findPeakWindows([{ atMs: T0, rxMaxMbps: 0 }])).toEqual([]);
    expect(findPeakWindows([])).toEqual([]);
  });

  it("analyzeWan reports the windows of its valid samples", () => {
    const points = Array.from({ length: 96 }, (_, i) =>
      point(T0 + i * Q, 1, 1, Math.floor(i / 4) === 20 ? 100 : 10, 1),
    );
    expect(analyzeWan(points).peakWindows).toMatchObject([
      { hourUtc: 20, level: "high", averageRxMbps: 100 },
    ]);
  });
});
