/**
 * WAN consumption for `/wan`: the research note's rules on 15-minute samples.
 *
 * - a sample with any null (or non-finite) field among its four is skipped and counted missing
 * - totals: Σ rxMbytes / Σ txMbytes; GB = MB / 1024
 * - peak: max rxMaxMbps / txMaxMbps with its UTC time (the earliest on a tie)
 * - two honest averages: the mean of the 15-minute *peak* rates (what the seed called "average")
 *   and the true mean throughput, Mbytes × 8 / 900 s
 * - p95: nearest rank, `sorted[min(floor(n × 0.95), n − 1)]` of the peak rates
 * - data quality: valid / all samples in the window × 100
 * - busy hours: rxMaxMbps grouped by UTC hour (all days merged); an hour whose mean is over
 *   1.5× the overall mean is "moderate", over 2× "high" (judged on the ratio rounded to one decimal,
 *   as shown); top 3 by mean, descending
 *
 * Numbers come back unrounded; the view rounds them.
 */
import type { WanPoint } from "./schemas.js";

const SAMPLE_MS = 15 * 60_000;
const SAMPLE_SECONDS = 900;

export interface WanOptions {
  /** Length of the window ending at `now` (default 24). */
  windowHours?: number;
  /**
   * End of the window. Omitted, the window ends where the newest sample's interval ends, so a
   * backend whose clock differs from ours (tests, the playground) still fills the window.
   */
  now?: number | Date;
}

export interface WanPeak {
  mbps: number;
  /** ISO 8601, UTC. */
  at: string;
}

export interface WanRates {
  rxMbps: number;
  txMbps: number;
}

export type ActivityLevel = "moderate" | "high";

export interface PeakWindow {
  /** UTC hour of day, 0–23: the window is [hour:00, hour+1:00). */
  hourUtc: number;
  averageRxMbps: number;
  /** averageRxMbps / the overall mean of rxMaxMbps. */
  ratio: number;
  level: ActivityLevel;
}

/** A sample as the chart draws it: time and peak rates, both null when the sample is incomplete. */
export interface WanSeriesPoint {
  atMs: number;
  rxMaxMbps: number | null;
  txMaxMbps: number | null;
}

export interface WanReport {
  window: { startMs: number; endMs: number; hours: number };
  samples: { total: number; valid: number; missing: number };
  /** valid / total × 100; null when the window holds no samples at all. */
  dataQualityPct: number | null;
  totals: { rxMB: number; txMB: number; rxGB: number; txGB: number };
  peak: { rx: WanPeak | null; tx: WanPeak | null };
  /** Mean of the 15-minute peak rates; null without valid samples. */
  averageOfPeaks: WanRates | null;
  /** Mean throughput from the transferred volume (Mbytes × 8 / 900 s); null without valid samples. */
  averageThroughput: WanRates | null;
  /** 95th percentile (nearest rank) of the peak rates; null without valid samples. */
  p95: WanRates | null;
  /** Up to three busy UTC hours, busiest first. */
  peakWindows: PeakWindow[];
  /** Every sample in the window, oldest first; rates are null where the sample is incomplete. */
  series: WanSeriesPoint[];
}

interface ValidSample {
  atMs: number;
  rxMbytes: number;
  txMbytes: number;
  rxMaxMbps: number;
  txMaxMbps: number;
}

const isNumber = (value: number | null | undefined): value is number =>
  typeof value === "number" && Number.isFinite(value);

function toValid(point: WanPoint, atMs: number): ValidSample | null {
  const { rxMbytes, txMbytes, rxMaxMbps, txMaxMbps } = point;
  if (!isNumber(rxMbytes) || !isNumber(txMbytes) || !isNumber(rxMaxMbps) || !isNumber(txMaxMbps)) return null;
  return { atMs, rxMbytes, txMbytes, rxMaxMbps, txMaxMbps };
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Nearest-rank percentile as the research note defines it. */
export function nearestRankP95(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(Math.floor(sorted.length * 0.95), sorted.length - 1)]!;
}

function peakOf(samples: readonly ValidSample[], field: "rxMaxMbps" | "txMaxMbps"): WanPeak | null {
  let best: ValidSample | null = null;
  // Strictly greater: the earliest sample wins a tie (samples are sorted oldest first).
  for (const s of samples) if (!best || s[field] > best[field]) best = s;
  return best ? { mbps: best[field], at: new Date(best.atMs).toISOString() } : null;
}

/** Busy UTC hours by mean rxMaxMbps; exported for the daily digest. */
export function findPeakWindows(samples: readonly { atMs: number; rxMaxMbps: number }[]): PeakWindow[] {
  if (samples.length === 0) return [];
  const overall = mean(samples.map((s) => s.rxMaxMbps));
  if (overall <= 0) return [];
  const byHour = new Map<number, number[]>();
  for (const s of samples) {
    const hour = new Date(s.atMs).getUTCHours();
    const bucket = byHour.get(hour) ?? [];
    bucket.push(s.rxMaxMbps);
    byHour.set(hour, bucket);
  }
  const windows: PeakWindow[] = [];
  for (const [hourUtc, values] of byHour) {
    const averageRxMbps = mean(values);
    // Rounded as the report shows it (one decimal) before it is judged, so "2.0×" is never "high".
    const ratio = Math.round((averageRxMbps / overall) * 10) / 10;
    if (ratio > 2) windows.push({ hourUtc, averageRxMbps, ratio, level: "high" });
    else if (ratio > 1.5) windows.push({ hourUtc, averageRxMbps, ratio, level: "moderate" });
  }
  windows.sort((a, b) => b.averageRxMbps - a.averageRxMbps || a.hourUtc - b.hourUtc);
  return windows.slice(0, 3);
}

/**
 * Analyses `wanStats` samples (in any order). A sample belongs to the window when its
 * 15-minute interval overlaps it; samples whose timestamp does not parse are counted missing.
 */
export function analyzeWan(points: readonly WanPoint[], options: WanOptions = {}): WanReport {
  const hours = options.windowHours ?? 24;
  const timed = points.map((point) => ({ point, atMs: Date.parse(point.timestamp) }));
  const parsed = timed.filter((t) => !Number.isNaN(t.atMs));
  const unparsable = timed.length - parsed.length;

  const newest = parsed.reduce((max, t) => Math.max(max, t.atMs), Number.NEGATIVE_INFINITY);
  const endMs =
    options.now !== undefined
      ? new Date(options.now).getTime()
      : Number.isFinite(newest)
        ? newest + SAMPLE_MS
        : 0;
  const startMs = endMs - hours * 3_600_000;

  const inWindow = parsed
    .filter((t) => t.atMs + SAMPLE_MS > startMs && t.atMs < endMs)
    .sort((a, b) => a.atMs - b.atMs);
  const checked = inWindow.map((t) => ({ atMs: t.atMs, sample: toValid(t.point, t.atMs) }));
  const valid = checked.flatMap((c) => (c.sample ? [c.sample] : []));
  const total = inWindow.length + unparsable;

  const rxMB = valid.reduce((sum, s) => sum + s.rxMbytes, 0);
  const txMB = valid.reduce((sum, s) => sum + s.txMbytes, 0);
  const hasData = valid.length > 0;
  const toMbps = (mbytes: number) => (mbytes * 8) / (valid.length * SAMPLE_SECONDS);

  return {
    window: { startMs, endMs, hours },
    samples: { total, valid: valid.length, missing: total - valid.length },
    dataQualityPct: total > 0 ? (valid.length / total) * 100 : null,
    totals: { rxMB, txMB, rxGB: rxMB / 1024, txGB: txMB / 1024 },
    peak: { rx: peakOf(valid, "rxMaxMbps"), tx: peakOf(valid, "txMaxMbps") },
    averageOfPeaks: hasData
      ? { rxMbps: mean(valid.map((s) => s.rxMaxMbps)), txMbps: mean(valid.map((s) => s.txMaxMbps)) }
      : null,
    averageThroughput: hasData ? { rxMbps: toMbps(rxMB), txMbps: toMbps(txMB) } : null,
    p95: hasData
      ? {
          rxMbps: nearestRankP95(valid.map((s) => s.rxMaxMbps))!,
          txMbps: nearestRankP95(valid.map((s) => s.txMaxMbps))!,
        }
      : null,
    peakWindows: findPeakWindows(valid),
    // The samples the figures use, and only those: an incomplete sample is a gap in the chart,
    // never a spike drawn above the "Peak" the report names.
    series: checked.map(({ atMs, sample }) => ({
      atMs,
      rxMaxMbps: sample?.rxMaxMbps ?? null,
      txMaxMbps: sample?.txMaxMbps ?? null,
    })),
  };
}
