/**
 * Night mode's window in a group's time zone, at exact instants: crossing midnight, chosen
 * weekdays (the day a window starts), and a daylight-saving change.
 */
import { describe, expect, it } from "vitest";
import { nightState } from "./nightWindow.js";
import { WEEKDAYS } from "./settingsSchemas.js";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const state = (schedule: Parameters<typeof nightState>[0], now: string) => {
  const result = nightState(schedule, at(now));
  return { active: result.active, nextChange: iso(result.nextChange) };
};

describe("night window", () => {
  const everyNight = { start: "23:00", end: "07:00", weekdays: WEEKDAYS, time_zone: "UTC" };

  it("23:00–07:00 every day: in force across midnight, off in the day", () => {
    expect(state(everyNight, "2026-01-19T22:59:59Z")).toEqual({
      active: false,
      nextChange: "2026-01-19T23:00:00.000Z",
    });
    expect(state(everyNight, "2026-01-19T23:00:00Z")).toEqual({
      active: true,
      nextChange: "2026-01-20T07:00:00.000Z",
    });
    expect(state(everyNight, "2026-01-20T03:00:00Z")).toEqual({
      active: true,
      nextChange: "2026-01-20T07:00:00.000Z",
    });
    expect(state(everyNight, "2026-01-20T07:00:00Z")).toEqual({
      active: false,
      nextChange: "2026-01-20T23:00:00.000Z",
    });
  });

  it("in the group's zone: 22:00 in Almaty (UTC+5) is 17:00 UTC", () => {
    const almaty = { ...everyNight, start: "22:00", end: "06:00", time_zone: "Asia/Almaty" };
    expect(state(almaty, "2026-01-19T16:00:00Z")).toEqual({
      active: false,
      nextChange: "2026-01-19T17:00:00.000Z",
    });
    expect(state(almaty, "2026-01-19T20:00:00Z")).toEqual({
      active: true,
      nextChange: "2026-01-20T01:00:00.000Z",
    });
  });

  it("weekdays are the days a window starts: Friday's night runs into Saturday", () => {
    const weekend = { ...everyNight, weekdays: ["fri"] as const };
    // Monday 2026-01-19: the next window opens Friday 23:00.
    expect(state(weekend, "2026-01-19T12:00:00Z")).toEqual({
      active: false,
      nextChange: "2026-01-23T23:00:00.000Z",
    });
    expect(state(weekend, "2026-01-24T06:00:00Z")).toEqual({
      active: true,
      nextChange: "2026-01-24T07:00:00.000Z",
    });
    // Saturday night is not Friday's: the next is a week on.
    expect(state(weekend, "2026-01-24T23:30:00Z")).toEqual({
      active: false,
      nextChange: "2026-01-30T23:00:00.000Z",
    });
  });

  it("a daytime window on the same day", () => {
    const lunch = { start: "12:00", end: "13:30", weekdays: ["mon"] as const, time_zone: "UTC" };
    expect(state(lunch, "2026-01-19T12:45:00Z")).toEqual({
      active: true,
      nextChange: "2026-01-19T13:30:00.000Z",
    });
  });

  it("follows a daylight-saving change: Berlin's 22:00 is 21:00 UTC in winter, 20:00 in summer", () => {
    const berlin = { ...everyNight, start: "22:00", end: "06:00", time_zone: "Europe/Berlin" };
    // Clocks go forward on Sunday 2026-03-29 at 02:00.
    expect(state(berlin, "2026-03-28T12:00:00Z").nextChange).toBe("2026-03-28T21:00:00.000Z");
    expect(state(berlin, "2026-03-28T22:00:00Z").nextChange).toBe("2026-03-29T04:00:00.000Z");
    expect(state(berlin, "2026-03-29T12:00:00Z").nextChange).toBe("2026-03-29T20:00:00.000Z");
  });
});
