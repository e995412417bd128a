import { describe, expect, it } from "vitest";
import {
  analyzeOnlineStats,
  connectivityTrend,
  countIncidents,
  normalizeOnlineValue,
  ONLINE_RANGES,
  type OnlineValue,
  uptimeBar,
  uptimeLabel,
} from "./onlineStats.js";

const T0 = Date.UTC(2025, 10, 1, 0, 0, 0);
const hourly = (...values: Array<string | null>) =>
  values.map((value, i) => ({ timestamp: new Date(T0 + i * 3_600_000).toISOString(), value }));
const v = (...values: OnlineValue[]) => values;

describe("stats: uptime (seed expectations)", () => {
  it("uptime is 75.0 for 3 online samples of 4", () => {
    expect(analyzeOnlineStats(hourly("online", "offline", "online", "online")).uptimePct).toBe(75);
  });

  it("uptime is 100 when all samples are online", () => {
    expect(analyzeOnlineStats(hourly("online", "online", "online")).uptimePct).toBe(100);
  });

  it("no samples means no uptime figure (not 0 %), no label and no bar", () => {
    expect(analyzeOnlineStats([])).toMatchObject({
      uptimePct: null,
      label: null,
      bar: null,
      incidents: 0,
      trend: "stable",
      current: null,
      counts: { total: 0, online: 0, offline: 0, intermittent: 0 },
    });
  });

  it("the seed's 7-day sample: 75 %, 3 online, 1 offline, 1 incident", () => {
    const days = ["online", "online", "offline", "online"].map((value, i) => ({
      timestamp: new Date(T0 + i * 86_400_000).toISOString(),
      value,
    }));
    expect(analyzeOnlineStats(days)).toMatchObject({
      uptimePct: 75,
      counts: { total: 4, online: 3, offline: 1, intermittent: 0 },
      incidents: 1,
    });
  });
});

describe("stats: incidents", () => {
  it("counts transitions into offline: 0, 1 and 2 for the seed's sequences", () => {
    expect(countIncidents(v("online", "online"))).toBe(0);
    expect(countIncidents(v("online", "offline", "online"))).toBe(1);
    expect(countIncidents(v("online", "offline", "online", "offline"))).toBe(2);
  });

  it("a long outage is one incident; a window that starts offline counts its outage", () => {
    expect(countIncidents(v("online", "offline", "offline", "offline", "online"))).toBe(1);
    expect(countIncidents(v("offline", "online"))).toBe(1);
  });

  it("going offline again after an intermittent sample is a new incident", () => {
    expect(countIncidents(v("offline", "intermittent", "offline"))).toBe(2);
  });
});

describe("stats: trend", () => {
  it("stable, improving and declining from the halves (seed expectations)", () => {
    expect(connectivityTrend(v("online", "online", "online", "online")).trend).toBe("stable");
    expect(connectivityTrend(v("offline", "offline", "online", "online"))).toEqual({
      trend: "improving",
      delta: 1,
    });
    expect(connectivityTrend(v("online", "online", "offline", "offline"))).toEqual({
      trend: "declining",
      delta: -1,
    });
  });

  it("a change of exactly 0.05 is stable, just over it is not", () => {
    // 20 + 20 samples: first half 10/20 online = 0.5, second 11/20 = 0.55 → +0.05.
    const half = (online: number) => [
      ...Array<OnlineValue>(online).fill("online"),
      ...Array<OnlineValue>(20 - online).fill("offline"),
    ];
    expect(connectivityTrend([...half(10), ...half(11)])).toEqual({ trend: "stable", delta: 0.05 });
    expect(connectivityTrend([...half(10), ...half(12)]).trend).toBe("improving");
    expect(connectivityTrend([...half(12), ...half(10)]).trend).toBe("declining");
  });

  it("with an odd count, the middle sample belongs to the second half", () => {
    // First half [offline, offline] = 0, second [online, online, offline] = 2/3.
    expect(connectivityTrend(v("offline", "offline", "online", "online", "offline")).delta).toBeCloseTo(
      2 / 3,
      9,
    );
  });

  it("fewer than 4 samples are always stable", () => {
    expect(connectivityTrend(v("offline", "online", "online"))).toEqual({ trend: "stable", delta: null });
  });
});

describe("stats: label and bar", () => {
  it("labels at the thresholds 99.5 / 98 / 95 / 90", () => {
    expect(
      [99.9, 99.5, 99.49, 98.5, 98, 97.99, 96, 95, 94.99, 91, 90, 89.99, 85, 0].map(uptimeLabel),
    ).toEqual([
      "excellent",
      "excellent",
      "good",
      "good",
      "good",
      "fair",
      "fair",
      "fair",
      "poor",
      "poor",
      "poor",
      "critical",
      "critical",
      "critical",
    ]);
  });

  it("an 8-cell bar fills floor(pct / 100 × 8) cells", () => {
    expect(uptimeBar(50)).toBe("████░░░░");
    expect(uptimeBar(100)).toBe("████████");
    expect(uptimeBar(0)).toBe("░░░░░░░░");
    expect(uptimeBar(87.5)).toBe("███████░");
    expect(uptimeBar(99.9)).toBe("███████░");
    expect(uptimeBar(12.4)).toBe("░░░░░░░░");
    expect(uptimeBar(12.5)).toBe("█░░░░░░░");
  });

  it("the report carries the label and bar of its uptime", () => {
    expect(analyzeOnlineStats(hourly("online", "offline"))).toMatchObject({
      label: "critical",
      bar: "████░░░░",
    });
  });
});

describe("stats: samples", () => {
  it("values other than online/offline count as intermittent, case-insensitively", () => {
    expect(normalizeOnlineValue("ONLINE")).toBe("online");
    expect(normalizeOnlineValue(" Offline ")).toBe("offline");
    expect(normalizeOnlineValue("partial")).toBe("intermittent");
    const report = analyzeOnlineStats(hourly("online", "intermittent", "degraded", "offline"));
    expect(report.counts).toEqual({ total: 4, online: 1, offline: 1, intermittent: 2 });
    expect(report.uptimePct).toBe(25);
  });

  it("samples with a null value or timestamp are skipped", () => {
    const samples = [...hourly("online", null, "offline", "online"), { timestamp: null, value: "offline" }];
    const report = analyzeOnlineStats(samples);
    expect(report.counts.total).toBe(3);
    expect(report.uptimePct).toBeCloseTo(200 / 3, 12);
  });

  it("newest-first input is sorted oldest first before incidents and trend are computed", () => {
    const newestFirst = hourly("online", "online", "offline", "offline").reverse();
    const report = analyzeOnlineStats(newestFirst);
    expect(report.trend).toBe("declining");
    expect(report.current).toBe("offline");
    expect(report.timeline.map((s) => s.atMs)).toEqual([0, 1, 2, 3].map((i) => T0 + i * 3_600_000));
  });
});

describe("stats: ranges", () => {
  it("3 h = hours/3, 24 h = hours/24 (not one daily sample), 7 d = hours/168 (not seven days)", () => {
    expect(ONLINE_RANGES).toEqual({
      "3h": { granularity: "hours", limit: 3 },
      "24h": { granularity: "hours", limit: 24 },
      "7d": { granularity: "hours", limit: 168 },
    });
  });

  it("a week with one flaky hour a day is 95.8 % up over 7 d, as each of its days is over 24 h", () => {
    const week = Array.from({ length: 168 }, (_, i) => (i % 24 === 3 ? "intermittent" : "online"));
    const lastDay = analyzeOnlineStats(hourly(...week.slice(-24)));
    const sevenDays = analyzeOnlineStats(hourly(...week));
    expect(lastDay.uptimePct).toBeCloseTo(95.833, 3);
    expect(sevenDays.uptimePct).toBeCloseTo(95.833, 3);
    expect([sevenDays.counts.total, sevenDays.incidents, sevenDays.label]).toEqual([168, 0, "fair"]);
  });
});
