import { describe, expect, it } from "vitest";
import { assertTimeZone, localParts, nextLocalTime, parseTimeOfDay, zoneOffsetMs } from "./localTime.js";

const BUCHAREST = "Europe/Bucharest";
const next = (time: string, zone: string, after: string) =>
  nextLocalTime(time, zone, Date.parse(after)).toISOString();

describe("nextLocalTime", () => {
  it("is today's time when it is still ahead, tomorrow's once it has passed or is now", () => {
    expect(next("09:00", BUCHAREST, "2026-12-05T06:59:59.999Z")).toBe("2026-12-05T07:00:00.000Z");
    expect(next("09:00", BUCHAREST, "2026-12-05T07:00:00.000Z")).toBe("2026-12-06T07:00:00.000Z");
    expect(next("09:00", BUCHAREST, "2026-07-01T12:00:00Z")).toBe("2026-07-02T06:00:00.000Z");
    expect(next("00:00", "UTC", "2026-12-31T23:59:00Z")).toBe("2027-01-01T00:00:00.000Z");
  });

  it("uses the local date, not the UTC one, to pick the day", () => {
    // 23:30 UTC on the 5th is already 01:30 on the 6th in Bucharest.
    expect(next("01:00", BUCHAREST, "2026-12-05T23:30:00Z")).toBe("2026-12-06T23:00:00.000Z");
    expect(next("23:00", BUCHAREST, "2026-12-05T20:00:00Z")).toBe("2026-12-05T21:00:00.000Z");
    expect(next("07:00", "America/New_York", "2026-12-05T11:00:00Z")).toBe("2026-12-05T12:00:00.000Z");
  });

  it("follows the spring change in Bucharest (2026-03-29, 03:00 → 04:00)", () => {
    // 09:00 is 07:00Z before the change, 06:00Z on the day and after.
    expect(next("09:00", BUCHAREST, "2026-03-28T00:00:00Z")).toBe("2026-03-28T07:00:00.000Z");
    expect(next("09:00", BUCHAREST, "2026-03-28T07:00:00Z")).toBe("2026-03-29T06:00:00.000Z");
    expect(next("09:00", BUCHAREST, "2026-03-29T06:00:00Z")).toBe("2026-03-30T06:00:00.000Z");
    // Before and right at the jump.
    expect(next("02:59", BUCHAREST, "2026-03-28T22:00:00Z")).toBe("2026-03-29T00:59:00.000Z");
    expect(next("04:00", BUCHAREST, "2026-03-28T22:00:00Z")).toBe("2026-03-29T01:00:00.000Z");
    // 03:30 does not exist that day: it comes an hour later, at 04:30 local.
    expect(next("03:30", BUCHAREST, "2026-03-28T22:00:00Z")).toBe("2026-03-29T01:30:00.000Z");
    expect(next("03:00", BUCHAREST, "2026-03-28T22:00:00Z")).toBe("2026-03-29T01:00:00.000Z");
    // The next day is normal again.
    expect(next("03:30", BUCHAREST, "2026-03-29T01:30:00Z")).toBe("2026-03-30T00:30:00.000Z");
  });

  it("follows the autumn change in Bucharest (2026-10-25, 04:00 → 03:00): a repeated time counts once", () => {
    expect(next("09:00", BUCHAREST, "2026-10-24T06:00:00Z")).toBe("2026-10-25T07:00:00.000Z");
    expect(next("09:00", BUCHAREST, "2026-10-25T07:00:00Z")).toBe("2026-10-26T07:00:00.000Z");
    // 03:30 happens at 00:30Z (summer time) and again at 01:30Z (winter time): the first one only.
    expect(next("03:30", BUCHAREST, "2026-10-24T12:00:00Z")).toBe("2026-10-25T00:30:00.000Z");
    expect(next("03:30", BUCHAREST, "2026-10-25T00:30:00Z")).toBe("2026-10-26T01:30:00.000Z");
    expect(next("03:00", BUCHAREST, "2026-10-24T12:00:00Z")).toBe("2026-10-25T00:00:00.000Z");
    expect(next("04:00", BUCHAREST, "2026-10-24T12:00:00Z")).toBe("2026-10-25T02:00:00.000Z");
  });

  it("night mode: 23:00 start and 07:00 end on the spring day", () => {
    const start = nextLocalTime("23:00", BUCHAREST, Date.parse("2026-03-28T12:00:00Z"));
    expect(start.toISOString()).toBe("2026-03-28T21:00:00.000Z");
    // The night is an hour shorter: 23:00 EET → 07:00 EEST is 7 h.
    const end = nextLocalTime("07:00", BUCHAREST, start);
    expect(end.toISOString()).toBe("2026-03-29T04:00:00.000Z");
    expect(end.getTime() - start.getTime()).toBe(7 * 3_600_000);
  });

  it("accepts { hour, minute } and a Date", () => {
    const at = nextLocalTime({ hour: 9, minute: 30 }, BUCHAREST, new Date("2026-12-05T06:00:00Z"));
    expect(at.toISOString()).toBe("2026-12-05T07:30:00.000Z");
  });

  it("rejects a bad zone, time or instant with a clear RangeError", () => {
    expect(() => nextLocalTime("09:00", "Europe/Nowhere", 0)).toThrow(/unknown time zone "Europe\/Nowhere"/);
    expect(() => nextLocalTime("24:00", BUCHAREST, 0)).toThrow(/invalid time of day "24:00"/);
    expect(() => nextLocalTime("9", BUCHAREST, 0)).toThrow(RangeError);
    expect(() => nextLocalTime({ hour: 9, minute: 60 }, BUCHAREST, 0)).toThrow(/minute 0–59/);
    expect(() => nextLocalTime("09:00", BUCHAREST, Number.NaN)).toThrow(/not a valid date/);
  });
});

describe("local time helpers", () => {
  it("localParts reads the zone's wall clock", () => {
    expect(localParts(Date.parse("2026-03-29T00:59:59Z"), BUCHAREST)).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 2,
      minute: 59,
      second: 59,
    });
    expect(localParts(Date.parse("2026-03-29T01:00:00Z"), BUCHAREST).hour).toBe(4);
    expect(localParts(Date.parse("2026-12-31T22:00:00Z"), BUCHAREST)).toMatchObject({ year: 2027, hour: 0 });
  });

  it("zoneOffsetMs changes at the exact instants of the 2026 changes", () => {
    const hour = 3_600_000;
    expect(zoneOffsetMs(Date.parse("2026-03-29T00:59:59.999Z"), BUCHAREST)).toBe(2 * hour);
    expect(zoneOffsetMs(Date.parse("2026-03-29T01:00:00Z"), BUCHAREST)).toBe(3 * hour);
    expect(zoneOffsetMs(Date.parse("2026-10-25T00:59:59.999Z"), BUCHAREST)).toBe(3 * hour);
    expect(zoneOffsetMs(Date.parse("2026-10-25T01:00:00Z"), BUCHAREST)).toBe(2 * hour);
    expect(zoneOffsetMs(Date.parse("2026-10-25T01:00:00Z"), "UTC")).toBe(0);
  });

  it("parseTimeOfDay and assertTimeZone", () => {
    expect(parseTimeOfDay("07:05")).toEqual({ hour: 7, minute: 5 });
    expect(parseTimeOfDay(" 7:05 ")).toEqual({ hour: 7, minute: 5 });
    expect(() => parseTimeOfDay("7:5")).toThrow(RangeError);
    expect(() => assertTimeZone("")).toThrow(/unknown time zone ""/);
    expect(() => assertTimeZone("UTC")).not.toThrow();
  });
});
