/**
 * Dates as each language writes them, pure: an invoice's calendar date (`2025-03-05`) as
 * `05.03.2025` in Romanian, Russian and Kazakh and `5 Mar 2025` in English (never the ambiguous
 * 05/03); an instant (a report's "as of") in the user's time zone, with the time: `05.03.2025,
 * 14:00` / `5 Mar 2025, 14:00`.
 */
import type { Language } from "../../../kernel/i18n.js";
import { localeOf } from "./money.js";

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(language: Language, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const id = `${language}:${timeZone}:${withTime}`;
  let format = formats.get(id);
  if (!format) {
    const date: Intl.DateTimeFormatOptions =
      language === "en"
        ? { day: "numeric", month: "short", year: "numeric" }
        : { day: "2-digit", month: "2-digit", year: "numeric" };
    const time: Intl.DateTimeFormatOptions = withTime
      ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
      : {};
    format = new Intl.DateTimeFormat(localeOf(language), { ...date, ...time, timeZone });
    formats.set(id, format);
  }
  return format;
}

/**
 * The epoch ms of a calendar date (`2025-03-05`, or the date part of a date-time), at UTC
 * midnight; NaN when it is not one.
 */
export function calendarDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return Number.NaN;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = Date.UTC(y, m - 1, d);
  return new Date(day).getUTCDate() === d ? day : Number.NaN;
}

/** An invoice's date: `05.03.2025` (ro, ru, kk), `5 Mar 2025` (en); the text as given when it is not a date. */
export function formatDate(text: string, language: Language): string {
  const day = calendarDay(text);
  return Number.isNaN(day) ? text : formatFor(language, "UTC", false).format(day);
}

/** An instant in the user's zone: `05.03.2025, 14:00` (ro, ru, kk), `5 Mar 2025, 14:00` (en). */
export function formatInstant(instant: string | number, language: Language, timeZone: string): string {
  const time = typeof instant === "number" ? instant : Date.parse(instant);
  return Number.isNaN(time) ? String(instant) : formatFor(language, timeZone, true).format(time);
}
