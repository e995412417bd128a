/**
 * The building blocks every route's schemas share: Telegram ids, durations (always seconds),
 * timestamps, paging, and the envelope every answer comes in. The routes' validation and the
 * OpenAPI document are both made from these, so they cannot disagree.
 */
import { z } from "zod";
import { invalid } from "./envelope.js";

/** Telegram allows 30 s .. 366 days for a timed restriction; outside that it means "forever". */
const MIN_DURATION_SEC = 30;
const MAX_DURATION_SEC = 366 * 86_400;

/** A group or channel id: Telegram's are negative (`-100…`), but any non-zero integer is taken. */
export const chatId = z
  .number()
  .int()
  .safe()
  .refine((id) => id !== 0, "must not be 0")
  .meta({ description: "Telegram chat id (groups and channels are usually negative)" });

export const userId = z.number().int().positive().safe().meta({ description: "Telegram user id" });

/** A timed action's length. */
export const durationSec = z
  .number()
  .int()
  .min(MIN_DURATION_SEC, `must be at least ${MIN_DURATION_SEC} seconds`)
  .max(MAX_DURATION_SEC, `must be at most ${MAX_DURATION_SEC} seconds (366 days)`)
  .meta({ description: "Seconds (30 .. 31622400); null or absent: until lifted" });

/** ISO 8601; without an offset it is UTC (the seed's client sends `2026-01-17T14:30:45.123456`). */
export const timestamp = z.iso
  .datetime({ offset: true, local: true })
  .meta({ description: "ISO 8601 date-time; no offset means UTC" });

/** The instant of a `timestamp`, in epoch ms. */
export function instantOf(text: string): number {
  const hasOffset = /(Z|[+-]\d\d:\d\d)$/i.test(text);
  return Date.parse(hasOffset ? text : `${text}Z`);
}

/** A client's clock may run a little ahead; further than this is a mistake. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** When something happened: the body's `timestamp` (not in the future), or now. */
export function effectiveAt(text: string | undefined, now: number): number {
  if (text === undefined) return now;
  const at = instantOf(text);
  if (at > now + MAX_CLOCK_SKEW_MS) throw invalid([{ field: "timestamp", message: "is in the future" }]);
  return at;
}

/** An instant as every answer shows it. */
export const isoAt = (ms: number): string => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : isoAt(ms));

export const isoInstant = z.iso.datetime().meta({ description: "UTC, ISO 8601" });

/** Path and query integers arrive as text. */
export const chatIdParam = z.coerce
  .number()
  .int()
  .safe()
  .refine((id) => id !== 0, "must not be 0");
export const userIdParam = z.coerce.number().int().positive().safe();

export const groupParams = z.object({ group_id: chatIdParam });
export const memberParams = z.object({ group_id: chatIdParam, user_id: userIdParam });

const MAX_PAGE_SIZE = 100;
export const pagingQuery = {
  page: z.coerce.number().int().min(1).default(1).meta({ description: "1-based" }),
  page_size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
};

/** `{success: true, data, message, error: null}` with this data. */
export function successEnvelope<Data extends z.ZodType>(data: Data) {
  return z.object({ success: z.literal(true), data, message: z.string(), error: z.null() });
}

const fieldIssue = z.object({
  field: z.string().meta({ description: "Dotted path, e.g. `warnings.limit`; `body` for the body itself" }),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssue>;

/** `{success: false, data: null | {issues}, message, error}`; `data.issues` only on 400. */
export const errorEnvelope = z.object({
  success: z.literal(false),
  data: z.object({ issues: z.array(fieldIssue) }).nullable(),
  message: z.string().meta({ description: "Short, for a person: `❌ …`" }),
  error: z.string().meta({ description: "What went wrong, naming the field when one is at fault" }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelope>;
