/**
 * Calendar dates as the ERP keeps them: ISO `YYYY-MM-DD` text. "Today" is the date of the
 * backend's clock in Bucharest, so an invoice due on the 14th is overdue from the 15th, Romanian
 * time, whatever the server's own time zone.
 */

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const ERP_TIME_ZONE = "Europe/Bucharest";
const DAY_MS = 86_400_000;

const bucharest = new Intl.DateTimeFormat("en-US", {
  timeZone: ERP_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Bucharest calendar date at the instant `ms`. */
export function dateAt(ms: number): IsoDate {
  const parts = Object.fromEntries(bucharest.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const utcMidnight = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The first day of the date's month. */
export function monthStart(date: IsoDate): IsoDate {
  return `${date.slice(0, 8)}01`;
}

/** An instant as the API shows it (`as_of`, `expires_at`): ISO 8601 in UTC. */
export const isoInstant = (ms: number): string => new Date(ms).toISOString();

const bucharestTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: ERP_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** `YYYY-MM-DD HH:mm`, Bucharest time: how the web app shows an instant. */
export function localDateTime(ms: number): string {
  const parts = Object.fromEntries(bucharestTime.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
