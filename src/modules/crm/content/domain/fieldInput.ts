/**
 * What a user types for a field, checked and turned into what the backend takes: trimmed text
 * within its limits, an integer within its range, a date (`YYYY-MM-DD` or `DD.MM.YYYY`), a local
 * date and time (`… HH:MM`, in the Tabys time zone) as a UTC ISO instant, an http(s) URL, an
 * e-mail address. A refusal is a Fluent key with its variables, so the form says it in the
 * user's language. Pure: no Telegram, no HTTP.
 */
import { localParts, zoneOffsetMs } from "../../../../platform/jobs/localTime.js";
import { type FieldSpec, TABYS_TIME_ZONE } from "../types/typeSpec.js";

export type FieldInput =
  | { ok: true; value: string | number }
  | { ok: false; key: string; args?: Record<string, string | number> };

const refuse = (key: string, args?: Record<string, string | number>): FieldInput =>
  args
    ? { ok: false, key: `crm-content-invalid-${key}`, args }
    : { ok: false, key: `crm-content-invalid-${key}` };

/** The backend's cap on URLs and e-mail addresses. */
const URL_MAX = 2000;
const EMAIL_MAX = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Spaces people put in numbers: `150 000`, with a no-break or a thin space too. */
const NUMBER_SPACES = /[\s\u00a0\u2009\u202f_]/g;
/** Larger integers are refused outright (and JSON keeps them exact). */
const INT_LIMIT = 1e12;

/** Checks `text` as typed for `field` (a text, number, date, time, URL or e-mail field). */
export function parseFieldInput(field: FieldSpec, text: string, zone = TABYS_TIME_ZONE): FieldInput {
  const typed = field.kind === "longtext" ? text.trim() : text.replace(/\s+/g, " ").trim();
  if (typed === "") return refuse("empty");
  switch (field.kind) {
    case "text":
    case "longtext":
      if (field.min !== undefined && typed.length < field.min) return refuse("short", { min: field.min });
      if (field.max !== undefined && typed.length > field.max) return refuse("long", { max: field.max });
      return { ok: true, value: typed };
    case "int":
      return parseInteger(field, typed);
    case "date": {
      const date = parseDate(typed);
      return date ? { ok: true, value: isoDate(date) } : refuse("date");
    }
    case "datetime": {
      const instant = parseLocalDateTime(typed, zone);
      return instant === undefined
        ? refuse("datetime")
        : { ok: true, value: new Date(instant).toISOString() };
    }
    case "url":
      return isWebUrl(typed) ? { ok: true, value: typed } : refuse("url");
    case "email":
      return EMAIL.test(typed) && typed.length <= EMAIL_MAX ? { ok: true, value: typed } : refuse("email");
    default:
      // Enums, booleans and photos are chosen or sent, never typed.
      throw new Error(`crm content: a ${field.kind} field is not typed`);
  }
}

function parseInteger(field: FieldSpec, typed: string): FieldInput {
  const digits = typed.replace(NUMBER_SPACES, "");
  if (!/^-?\d+$/.test(digits)) return refuse("int");
  const value = Number(digits);
  if (field.min !== undefined && value < field.min) return refuse("min", { min: field.min });
  if (field.max !== undefined && value > field.max) return refuse("max", { max: field.max });
  if (Math.abs(value) > INT_LIMIT) return refuse("max", { max: INT_LIMIT });
  return { ok: true, value };
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** `2026-12-31` or `31.12.2026` (`1.2.2026` too), a real calendar day; else undefined. */
export function parseDate(text: string): CalendarDate | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dotted
      ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
      : [Number.NaN, Number.NaN, Number.NaN];
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
    ? { year, month, day }
    : undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (d: CalendarDate) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/**
 * A date with an optional `HH:MM` (after a space or a `T`; midnight without one) read on the wall
 * clock of `zone`, as an instant in ms; undefined when either part is not valid.
 */
export function parseLocalDateTime(text: string, zone: string): number | undefined {
  const [datePart = "", timePart, ...rest] = text.split(/[\sT]+/);
  if (rest.length > 0) return undefined;
  const date = parseDate(datePart);
  const time = timePart === undefined ? [0, 0] : /^(\d{1,2}):(\d{2})$/.exec(timePart)?.slice(1).map(Number);
  if (!date || !time || time[0]! > 23 || time[1]! > 59) return undefined;
  const wall = Date.UTC(date.year, date.month - 1, date.day, time[0], time[1]);
  // The offset at the wall time read as UTC, then at the instant that gives: right on both sides
  // of an offset change, which Kazakhstan has no more of anyway.
  return wall - zoneOffsetMs(wall - zoneOffsetMs(wall, zone), zone);
}

/** An instant as the wall clock of `zone` shows it: `25.12.2026 18:00`. */
export function formatLocalDateTime(instant: number, zone = TABYS_TIME_ZONE): string {
  const p = localParts(instant, zone);
  return `${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** `2026-12-31` as `31.12.2026`; anything else unchanged. */
export function formatIsoDate(text: string): string {
  const date = parseDate(text.slice(0, 10));
  return date ? `${pad(date.day)}.${pad(date.month)}.${date.year}` : text;
}

function isWebUrl(text: string): boolean {
  if (text.length > URL_MAX || !URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}

/**
 * The end field of `order` (`[start, end]`) when both are set and the end comes before the start,
 * for the form to ask it again; undefined otherwise. Values are ISO dates or instants.
 */
export function endBeforeStart(
  order: readonly [start: string, end: string] | undefined,
  values: Readonly<Record<string, unknown>>,
): string | undefined {
  if (!order) return undefined;
  const [start, end] = order.map((key) => values[key]);
  if (typeof start !== "string" || typeof end !== "string") return undefined;
  return Date.parse(end) < Date.parse(start) ? order[1] : undefined;
}
