/**
 * When a group's night mode is in force: a daily window HH:MM–HH:MM in the group's IANA time zone,
 * starting on chosen weekdays (a window whose end is before its start ends the next day). Pure: the
 * instant is passed in, so the backend's movable clock decides, and tests pin exact instants.
 */
import type { Weekday } from "./settingsSchemas.js";

export interface NightSchedule {
  start: string;
  end: string;
  weekdays: readonly Weekday[];
  time_zone: string;
}

export interface NightState {
  /** Whether `now` falls inside a window. */
  active: boolean;
  /** The next instant `active` flips (epoch ms): the current window's end, or the next start. */
  nextChange: number;
}

/** `Date#getUTCDay()` order. */
const DAY_NAMES: readonly Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const DAY_MS = 86_400_000;

/** The wall-clock fields of `ms` in `timeZone`, read back as if they were UTC. */
function wallClockAsUtc(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(ms);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(
    field("year"),
    field("month") - 1,
    field("day"),
    field("hour"),
    field("minute"),
    field("second"),
  );
}

/**
 * The instant the wall clock in `timeZone` shows `localMs` (local fields written as UTC). Two
 * rounds settle the offset across a DST change; a time skipped by the change lands next to it.
 */
function zonedToInstant(localMs: number, timeZone: string): number {
  let instant = localMs;
  for (let round = 0; round < 2; round++) instant = localMs - (wallClockAsUtc(instant, timeZone) - instant);
  return instant;
}

const minutesOf = (hhmm: string): number => {
  const [hours, minutes] = hhmm.split(":").map(Number);
  return hours! * 60 + minutes!;
};

/**
 * The windows that start from yesterday to eight days ahead, in order. Each is shorter than a day
 * (start and end differ), so they never overlap.
 */
function windowsAround(schedule: NightSchedule, now: number): Array<[number, number]> {
  const today = Math.floor(wallClockAsUtc(now, schedule.time_zone) / DAY_MS) * DAY_MS;
  const start = minutesOf(schedule.start) * 60_000;
  let end = minutesOf(schedule.end) * 60_000;
  if (end <= start) end += DAY_MS;
  const windows: Array<[number, number]> = [];
  for (let day = -1; day <= 8; day++) {
    const midnight = today + day * DAY_MS;
    if (!schedule.weekdays.includes(DAY_NAMES[new Date(midnight).getUTCDay()]!)) continue;
    windows.push([
      zonedToInstant(midnight + start, schedule.time_zone),
      zonedToInstant(midnight + end, schedule.time_zone),
    ]);
  }
  return windows;
}

export function nightState(schedule: NightSchedule, now: number): NightState {
  const windows = windowsAround(schedule, now);
  const current = windows.find(([from, to]) => from <= now && now < to);
  if (current) return { active: true, nextChange: current[1] };
  // At least one weekday is chosen, so a window starts within the next eight days.
  const next = windows.find(([from]) => from > now)!;
  return { active: false, nextChange: next[0] };
}
