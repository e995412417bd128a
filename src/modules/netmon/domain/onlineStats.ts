/**
 * Online history for `/stats`: uptime, incidents, trend and label from `onlineStats` samples.
 *
 * - samples whose value or timestamp is missing are skipped; the rest are sorted oldest first
 *   (older API versions answered newest first)
 * - uptime = online samples / all samples × 100
 * - an incident is a transition into "offline"; a window that starts offline counts one too,
 *   since the outage is visible in it
 * - values other than online/offline count as intermittent
 * - trend: online ratio of the second half minus the first half (halves split at ⌊n/2⌋);
 *   > +0.05 improving, < −0.05 declining, else stable; fewer than 4 samples are always stable
 *   (two-sample halves say nothing)
 * - label: ≥ 99.5 excellent, ≥ 98 good, ≥ 95 fair, ≥ 90 poor, else critical
 * - bar: 8 cells, filled = ⌊pct / 100 × 8⌋
 */
import type { LocationStateSample } from "./schemas.js";

export type OnlineRange = "3h" | "24h" | "7d";

/**
 * The API query behind each range button. The seed asked for 24 h as `days/1`, a single sample;
 * hourly samples make the 24 h view meaningful. 7 d is hourly too (168 samples): a daily sample
 * says "intermittent" for a day with one flaky hour, and counting that day as down made 7 d
 * contradict 24 h (28.6 % against 95.8 % for the same week).
 */
export const ONLINE_RANGES: Readonly<Record<OnlineRange, { granularity: "hours" | "days"; limit: number }>> =
  {
    "3h": { granularity: "hours", limit: 3 },
    "24h": { granularity: "hours", limit: 24 },
    "7d": { granularity: "hours", limit: 168 },
  };

export type OnlineValue = "online" | "offline" | "intermittent";
export type UptimeLabel = "excellent" | "good" | "fair" | "poor" | "critical";
export type Trend = "improving" | "stable" | "declining";

export const BAR_CELLS = 8;

export interface OnlineStatsReport {
  counts: { total: number; online: number; offline: number; intermittent: number };
  /** null when there is no sample at all (the view says "no data" instead of "0 %"). */
  uptimePct: number | null;
  incidents: number;
  trend: Trend;
  /** Second-half minus first-half online ratio; null with fewer than 4 samples. */
  trendDelta: number | null;
  label: UptimeLabel | null;
  /** `████░░░░`-style bar; null when there is no data. */
  bar: string | null;
  /** The newest sample's state. */
  current: OnlineValue | null;
  /** Oldest first, for the timeline chart. */
  timeline: Array<{ atMs: number; state: OnlineValue }>;
}

export function normalizeOnlineValue(raw: string): OnlineValue {
  const value = raw.trim().toLowerCase();
  return value === "online" || value === "offline" ? value : "intermittent";
}

export function uptimeLabel(pct: number): UptimeLabel {
  if (pct >= 99.5) return "excellent";
  if (pct >= 98) return "good";
  if (pct >= 95) return "fair";
  if (pct >= 90) return "poor";
  return "critical";
}

export function uptimeBar(pct: number): string {
  const filled = Math.min(BAR_CELLS, Math.max(0, Math.floor((pct / 100) * BAR_CELLS)));
  return "█".repeat(filled) + "░".repeat(BAR_CELLS - filled);
}

export function uptimePct(values: readonly OnlineValue[]): number | null {
  if (values.length === 0) return null;
  return (values.filter((v) => v === "online").length / values.length) * 100;
}

export function countIncidents(values: readonly OnlineValue[]): number {
  let incidents = 0;
  values.forEach((value, i) => {
    if (value === "offline" && values[i - 1] !== "offline") incidents++;
  });
  return incidents;
}

export function connectivityTrend(values: readonly OnlineValue[]): { trend: Trend; delta: number | null } {
  if (values.length < 4) return { trend: "stable", delta: null };
  const mid = Math.floor(values.length / 2);
  const ratio = (part: readonly OnlineValue[]) => part.filter((v) => v === "online").length / part.length;
  // Rounded so that 0.55 − 0.5 is exactly 0.05 (stable), not 0.05000000000000004.
  const delta = Math.round((ratio(values.slice(mid)) - ratio(values.slice(0, mid))) * 1e9) / 1e9;
  return { trend: delta > 0.05 ? "improving" : delta < -0.05 ? "declining" : "stable", delta };
}

/** Analyses the `locationState` samples of an `onlineStats` answer, in any order. */
export function analyzeOnlineStats(samples: readonly LocationStateSample[]): OnlineStatsReport {
  const timeline = samples
    .map((s) => ({ atMs: Date.parse(s.timestamp ?? ""), raw: s.value }))
    .filter(
      (s): s is { atMs: number; raw: string } =>
        !Number.isNaN(s.atMs) && typeof s.raw === "string" && s.raw.trim() !== "",
    )
    .map((s) => ({ atMs: s.atMs, state: normalizeOnlineValue(s.raw) }))
    .sort((a, b) => a.atMs - b.atMs);
  const values = timeline.map((s) => s.state);
  const pct = uptimePct(values);
  const { trend, delta } = connectivityTrend(values);
  return {
    counts: {
      total: values.length,
      online: values.filter((v) => v === "online").length,
      offline: values.filter((v) => v === "offline").length,
      intermittent: values.filter((v) => v === "intermittent").length,
    },
    uptimePct: pct,
    incidents: countIncidents(values),
    trend,
    trendDelta: delta,
    label: pct === null ? null : uptimeLabel(pct),
    bar: pct === null ? null : uptimeBar(pct),
    current: values.at(-1) ?? null,
    timeline,
  };
}
