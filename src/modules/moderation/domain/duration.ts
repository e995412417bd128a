/**
 * Durations as admins type them (`30s 10m 2h 1d 1w`, or combined: `1h30m`) and the limits
 * Telegram puts on `until_date`: less than 30 s or more than 366 days ahead means "forever" to
 * Telegram, so the bot clamps first and says so, instead of silently muting someone for good.
 */

/** Seconds per unit letter. */
const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** Telegram's shortest timed restriction. */
export const MIN_DURATION_SECONDS = 30;
/** Telegram's longest timed restriction: 366 days. */
export const MAX_DURATION_SECONDS = 366 * 86_400;

const DURATION = /^(?:\d{1,6}[smhdw])+$/;

/**
 * The seconds `text` stands for (`10m` → 600, `1h30m` → 5400), or undefined when it is not a
 * duration (so the word belongs to the reason). Case-insensitive; zero is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!DURATION.test(lower)) return undefined;
  let total = 0;
  for (const [, amount, unit] of lower.matchAll(/(\d+)([smhdw])/g)) {
    total += Number(amount) * (UNIT_SECONDS[unit as string] ?? 0);
  }
  return total > 0 ? total : undefined;
}

/** A duration after Telegram's limits, and what was changed to fit them. */
export interface ClampedDuration {
  /** Seconds; undefined: forever. */
  seconds: number | undefined;
  /** `raised`: shorter than 30 s, made 30 s; `forever`: longer than 366 days, made permanent. */
  clamped?: "raised" | "forever";
}

/** Fits a requested duration (undefined: forever) into what Telegram accepts. */
export function clampDuration(seconds: number | undefined): ClampedDuration {
  if (seconds === undefined) return { seconds: undefined };
  if (seconds < MIN_DURATION_SECONDS) return { seconds: MIN_DURATION_SECONDS, clamped: "raised" };
  if (seconds > MAX_DURATION_SECONDS) return { seconds: undefined, clamped: "forever" };
  return { seconds };
}

/**
 * Telegram's `until_date` (Unix seconds) for a clamped duration starting at `nowMs`; 0 (forever)
 * for none. Rounded up so the restriction is never a fraction of a second shorter than 30 s.
 */
export function untilDate(seconds: number | undefined, nowMs: number): number {
  return seconds === undefined ? 0 : Math.ceil(nowMs / 1000) + seconds;
}

/** A duration for people: the largest units that divide it, at most two (`1d 2h`, `10m`, `45s`). */
export function durationParts(seconds: number): Array<{ amount: number; unit: "w" | "d" | "h" | "m" | "s" }> {
  const parts: Array<{ amount: number; unit: "w" | "d" | "h" | "m" | "s" }> = [];
  let rest = seconds;
  for (const unit of ["w", "d", "h", "m", "s"] as const) {
    const size = UNIT_SECONDS[unit] as number;
    if (rest >= size) {
      parts.push({ amount: Math.floor(rest / size), unit });
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return parts;
}
