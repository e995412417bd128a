/**
 * Small formatting shared by the views. Times are shown in UTC with the zone named (Plume's
 * data is UTC, and a support engineer compares it with other tools); numbers use a fixed
 * number of decimals so a reader can compare lines at a glance.
 */

/** What views translate with: the kernel's escaping `ctx.t`, or the alert job's equivalent. */
export type Translate = (key: string, variables?: Record<string, string | number>) => string;

const pad = (n: number) => String(n).padStart(2, "0");

function toDate(at: string | number): Date | undefined {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `2024-12-02 14:37 UTC`; an unparsable time is shown as given. */
export function formatUtc(at: string | number): string {
  const d = toDate(at);
  if (!d) return String(at);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** `14:37` (UTC, without the zone: for places that already say UTC). */
export function formatClock(at: string | number): string {
  const d = toDate(at);
  return d ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : String(at);
}

/** A number with `digits` decimals (default 1). */
export function fixed(value: number, digits = 1): string {
  return value.toFixed(digits);
}

/** `3 d 4 h`, `2 h 5 min`, `7 min`, `< 1 min`, with localized unit names. */
export function formatDuration(ms: number, t: Translate): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return t("netmon-duration-under-minute");
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(t("netmon-unit-days", { n: days }));
  if (hours > 0) parts.push(t("netmon-unit-hours", { n: hours }));
  if (days === 0 && mins > 0) parts.push(t("netmon-unit-minutes", { n: mins }));
  return parts.join(" ");
}

/** "since <time> (<duration>)" facts for a state change; `null` time gives nothing. */
export function sinceText(at: string | null, now: number, t: Translate): string | undefined {
  if (!at) return undefined;
  const d = toDate(at);
  if (!d) return undefined;
  return t("netmon-since", { time: formatUtc(at), duration: formatDuration(now - d.getTime(), t) });
}
