/**
 * Local wall-clock time in an IANA time zone, with nothing but `Intl`: what "09:00 in
 * Europe/Bucharest" is as an instant, on any day, including the two DST days a year.
 *
 * DST rule (the same as cron-parser's, so cron jobs and these helpers agree, and the same as
 * Temporal's "compatible"): a local time that happens twice (autumn) means its first occurrence;
 * a local time that never happens (spring, inside the skipped hour) means the instant the clocks
 * would show it had they not jumped, i.e. shifted forward by the gap (03:30 → 04:30).
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A local time of day. */
export interface TimeOfDay {
  /** 0–23 */
  hour: number;
  /** 0–59 */
  minute: number;
}

/** The wall clock of a zone at an instant (month 1–12, hour 0–23). */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// One formatter per zone: building them is the slow part. Only valid zones get in (the constructor
// throws first), so the cache is bounded by the IANA list.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Throws a RangeError naming the zone when `timeZone` is not one this Node knows (IANA names such
 * as `Europe/Bucharest`, or `UTC`). Call it where a zone enters the system (config, user input).
 */
export function assertTimeZone(timeZone: string): void {
  try {
    formatterFor(timeZone);
  } catch {
    throw new RangeError(`unknown time zone "${timeZone}": use an IANA name such as "Europe/Bucharest"`);
  }
}

/** The wall clock of `timeZone` at `instant`. Throws a RangeError on an unknown zone. */
export function localParts(instant: Date | number, timeZone: string): LocalParts {
  assertTimeZone(timeZone);
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year!,
    month: fields.month!,
    day: fields.day!,
    hour: fields.hour!,
    minute: fields.minute!,
    second: fields.second!,
  };
}

/** The zone's offset from UTC at `instant`, in ms (Bucharest: +2 h in winter, +3 h in summer). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant a wall-clock reading (given as if it were UTC ms) happens in `timeZone`, by the
 * DST rule in this file's header. Offsets are taken a day either side of the reading: zones
 * change offset at most once in that span.
 */
function instantOfWall(wall: number, timeZone: string): number {
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  // Earliest first: of two real occurrences, the first one wins.
  const candidates = [wall - Math.max(before, after), wall - Math.min(before, after)];
  for (const candidate of candidates) {
    if (zoneOffsetMs(candidate, timeZone) === wall - candidate) return candidate;
  }
  // In a gap: read it with the offset in force before the jump, which lands past the gap.
  return wall - before;
}

/**
 * Parses `"HH:MM"` (24-hour, `"7:05"` also accepted). Throws a RangeError quoting the input
 * otherwise, so a bad setting fails where it is read.
 */
export function parseTimeOfDay(text: string): TimeOfDay {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) {
    throw new RangeError(`invalid time of day "${text}": expected HH:MM from 00:00 to 23:59`);
  }
  return { hour, minute };
}

/**
 * The first instant strictly after `after` at which the wall clock of `timeZone` shows `time`
 * (`"23:00"` or `{ hour, minute }`). Strictly: passing a run's own instant back gives the next
 * day's, so a job that reschedules itself with this never runs twice for one day — including on the
 * autumn day whose 03:00–03:59 happens twice (only the first counts). On the spring day a time
 * inside the skipped hour comes an hour later (03:30 → 04:30 local); other days are unaffected.
 *
 * Pure (no clock read): pass the current time as `after`. Throws a RangeError on an unknown zone
 * or a malformed time.
 */
export function nextLocalTime(time: string | TimeOfDay, timeZone: string, after: Date | number): Date {
  const { hour, minute } = typeof time === "string" ? parseTimeOfDay(time) : checkTimeOfDay(time);
  const from = Number(after);
  if (!Number.isFinite(from)) throw new RangeError("nextLocalTime: `after` is not a valid date");
  const today = localParts(from, timeZone);
  // Today's, else tomorrow's; the day after only matters for a zone that skipped a whole date.
  for (let days = 0; days <= 2; days++) {
    const wall = Date.UTC(today.year, today.month - 1, today.day + days, hour, minute);
    const instant = instantOfWall(wall, timeZone);
    if (instant > from) return new Date(instant);
  }
  throw new Error(`nextLocalTime: no ${hour}:${minute} in ${timeZone} after ${new Date(from).toISOString()}`);
}

function checkTimeOfDay(time: TimeOfDay): TimeOfDay {
  const { hour, minute } = time;
  if (
    !Number.isInteger(hour) ||
    !Number.isInteger(minute) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59
  ) {
    throw new RangeError(`invalid time of day ${JSON.stringify(time)}: hour 0–23, minute 0–59`);
  }
  return time;
}
