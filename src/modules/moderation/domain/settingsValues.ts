/**
 * The values an admin types into the private settings menu, as zod schemas over the text: each
 * takes what people write (`10m`, `1h30m` or plain seconds; `7:00`; `europe/berlin`) and gives
 * what API V2 stores, within API V2's own bounds (backends/apiv2/README.md "Settings"), so a value
 * that passes here is one API V2 takes. Pure.
 */
import { z } from "zod";
import { MAX_DURATION_SECONDS, MIN_DURATION_SECONDS, parseDuration } from "./duration.js";

/** API V2's bounds, by setting. */
export const BOUNDS = {
  warnLimit: { min: 1, max: 20 },
  /** A timed ban or mute: Telegram's range. */
  penalty: { min: MIN_DURATION_SECONDS, max: MAX_DURATION_SECONDS },
  expiry: { min: 60, max: MAX_DURATION_SECONDS },
  floodMessages: { min: 2, max: 100 },
  floodSeconds: { min: 1, max: 3600 },
  captchaSeconds: { min: 15, max: 3600 },
  welcomeText: { max: 4096 },
} as const;

/** Seconds from `90` (plain seconds) or a duration (`10m`, `1h30m`); undefined otherwise. */
export function secondsOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed);
  return parseDuration(trimmed);
}

/** A whole number typed alone, in [min, max]. */
export const wholeNumber = ({ min, max }: { min: number; max: number }) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** A length of time typed as seconds or a duration, in [min, max] seconds. */
export const timeSpan = ({ min, max }: { min: number; max: number }) =>
  z
    .string()
    .transform((text, ctx) => {
      const seconds = secondsOf(text);
      if (seconds === undefined) {
        ctx.addIssue({ code: "custom", message: "not a duration" });
        return z.NEVER;
      }
      return seconds;
    })
    .pipe(z.number().int().min(min).max(max));

/** `HH:MM` on a 24-hour clock; `7:00` and `7.00` are taken as `07:00`. */
export const clockTime = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3])[:.]([0-5]\d)$/)
  .transform((text) => {
    const [hours = "", minutes = ""] = text.split(/[:.]/);
    return `${hours.padStart(2, "0")}:${minutes}`;
  });

/** The IANA name of a time zone (`Europe/Berlin`, `UTC`), in its canonical spelling; undefined if none. */
export function canonicalZone(text: string): string | undefined {
  const name = text.trim();
  // Names only: Intl also takes offsets (`+05:00`), which have no daylight saving and no IANA name.
  if (!/^(?:UTC|GMT|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2})$/i.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export const timeZone = z.string().transform((text, ctx) => {
  const zone = canonicalZone(text);
  if (zone === undefined) {
    ctx.addIssue({ code: "custom", message: "not an IANA time zone" });
    return z.NEVER;
  }
  return zone;
});

/** A welcome text: up to 4096 characters, not blank. */
export const welcomeText = z.string().trim().min(1).max(BOUNDS.welcomeText.max);

/** How an admin names a log channel in text: its `@username`, or its numeric id (`-100…`). */
export type ChannelRef = { kind: "username"; username: string } | { kind: "id"; id: number };

/** `@name`, `t.me/name` or `https://t.me/name`; or `-100…`. */
export function channelRefOf(text: string): ChannelRef | undefined {
  const trimmed = text.trim();
  const username = /^(?:@|(?:https?:\/\/)?t\.me\/)([A-Za-z][A-Za-z0-9_]{3,31})$/i.exec(trimmed)?.[1];
  if (username) return { kind: "username", username };
  if (/^-\d{1,16}$/.test(trimmed)) return { kind: "id", id: Number(trimmed) };
  return undefined;
}
