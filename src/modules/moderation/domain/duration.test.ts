import { describe, expect, it } from "vitest";
import {
  clampDuration,
  durationParts,
  MAX_DURATION_SECONDS,
  MIN_DURATION_SECONDS,
  parseDuration,
  untilDate,
} from "./duration.js";

describe("parseDuration", () => {
  it.each([
    ["30s", 30],
    ["10m", 600],
    ["2h", 7200],
    ["1d", 86_400],
    ["1w", 604_800],
    ["1h30m", 5400],
    ["2D", 172_800],
  ])("%s is %i seconds", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(["", "10", "m", "10x", "1.5h", "-5m", "0s", "spam", "10m spam", "1234567m"])(
    "%j is not a duration",
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe("clampDuration: Telegram takes 30 s to 366 days", () => {
  it("keeps what fits, forever stays forever", () => {
    expect(clampDuration(600)).toEqual({ seconds: 600 });
    expect(clampDuration(30)).toEqual({ seconds: 30 });
    expect(clampDuration(366 * 86_400)).toEqual({ seconds: 31_622_400 });
    expect(clampDuration(undefined)).toEqual({ seconds: undefined });
  });

  it("raises under 30 s to 30 s, and makes over 366 days forever, saying so", () => {
    expect(clampDuration(5)).toEqual({ seconds: MIN_DURATION_SECONDS, clamped: "raised" });
    expect(clampDuration(29)).toEqual({ seconds: 30, clamped: "raised" });
    expect(clampDuration(MAX_DURATION_SECONDS + 1)).toEqual({ seconds: undefined, clamped: "forever" });
    expect(clampDuration(400 * 86_400)).toEqual({ seconds: undefined, clamped: "forever" });
  });
});

describe("untilDate", () => {
  it("is now in whole seconds rounded up plus the duration; 0 for forever", () => {
    expect(untilDate(600, 1_700_000_000_000)).toBe(1_700_000_600);
    expect(untilDate(30, 1_700_000_000_001)).toBe(1_700_000_031);
    expect(untilDate(undefined, 1_700_000_000_000)).toBe(0);
  });
});

describe("durationParts", () => {
  it("gives at most the two largest units", () => {
    expect(durationParts(600)).toEqual([{ amount: 10, unit: "m" }]);
    expect(durationParts(93_600)).toEqual([
      { amount: 1, unit: "d" },
      { amount: 2, unit: "h" },
    ]);
    expect(durationParts(604_800 + 3661)).toEqual([
      { amount: 1, unit: "w" },
      { amount: 1, unit: "h" },
    ]);
    expect(durationParts(45)).toEqual([{ amount: 45, unit: "s" }]);
  });
});
