import { describe, expect, it } from "vitest";
import { assertCronSpec, nextCronRun } from "./cronSchedule.js";

const BUCHAREST = "Europe/Bucharest";
const next = (pattern: string, tz: string, after: string) =>
  new Date(nextCronRun({ pattern, tz }, Date.parse(after))).toISOString();

describe("nextCronRun", () => {
  it("reads the pattern in the zone, strictly after the given instant", () => {
    expect(next("0 9 * * *", BUCHAREST, "2026-12-05T06:59:59Z")).toBe("2026-12-05T07:00:00.000Z");
    expect(next("0 9 * * *", BUCHAREST, "2026-12-05T07:00:00Z")).toBe("2026-12-06T07:00:00.000Z");
    expect(next("0 9 * * mon-fri", BUCHAREST, "2026-12-05T07:00:00Z")).toBe("2026-12-07T07:00:00.000Z");
    expect(next("*/10 * * * * *", "UTC", "2026-12-05T07:00:00.5Z")).toBe("2026-12-05T07:00:10.000Z");
    expect(next("@daily", BUCHAREST, "2026-12-05T07:00:00Z")).toBe("2026-12-05T22:00:00.000Z");
  });

  it("agrees with nextLocalTime on the DST days in Bucharest", () => {
    expect(next("0 9 * * *", BUCHAREST, "2026-03-28T07:00:00Z")).toBe("2026-03-29T06:00:00.000Z");
    expect(next("0 9 * * *", BUCHAREST, "2026-10-24T06:00:00Z")).toBe("2026-10-25T07:00:00.000Z");
    // Skipped 03:30 comes at 04:30 local; a repeated 03:30 counts once.
    expect(next("30 3 * * *", BUCHAREST, "2026-03-28T12:00:00Z")).toBe("2026-03-29T01:30:00.000Z");
    expect(next("30 3 * * *", BUCHAREST, "2026-10-24T12:00:00Z")).toBe("2026-10-25T00:30:00.000Z");
    expect(next("30 3 * * *", BUCHAREST, "2026-10-25T00:30:00Z")).toBe("2026-10-26T01:30:00.000Z");
  });
});

describe("assertCronSpec", () => {
  it("accepts 5 and 6 fields, names and aliases", () => {
    for (const pattern of [
      "0 9 * * *",
      "* * * * * *",
      "0 9 1-7 * mon",
      "0 23 * * 1-5",
      "@weekly",
      " 0 9 * * * ",
    ]) {
      expect(() => assertCronSpec({ pattern, tz: BUCHAREST }), pattern).not.toThrow();
    }
  });

  it("refuses what cron-parser would misread or never fire, quoting the pattern", () => {
    const bad: Array<[string, RegExp]> = [
      ["", /invalid cron pattern "": expected 5 fields \(or 6 with seconds\), got 0/],
      ["0 9 * *", /got 4/],
      ["0 0 9 * * * *", /got 7/],
      ["61 9 * * *", /"61 9 \* \* \*": .*0-59/],
      ["0 0 31 2 *", /"0 0 31 2 \*"/],
      ["H 9 * * *", /hashed \(H\) fields/],
      ["@reboot", /unknown alias/],
      ["every day", /got 2/],
    ];
    for (const [pattern, message] of bad) {
      expect(() => assertCronSpec({ pattern, tz: "UTC" }), pattern).toThrow(message);
      expect(() => assertCronSpec({ pattern, tz: "UTC" }), pattern).toThrow(RangeError);
    }
  });

  it("refuses an unknown or empty zone", () => {
    expect(() => assertCronSpec({ pattern: "0 9 * * *", tz: "Mars/Olympus" })).toThrow(
      /unknown time zone "Mars\/Olympus"/,
    );
    expect(() => assertCronSpec({ pattern: "0 9 * * *", tz: "" })).toThrow(/unknown time zone ""/);
  });
});
