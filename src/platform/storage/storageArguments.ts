/**
 * Argument checks shared by both storage implementations, so SQLite and Redis reject the same
 * mistakes with the same message instead of each failing in its own way (or not at all).
 */

/** Serialises a value for the store; rejects what JSON cannot carry (`undefined`, functions). */
export function encodeValue(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError("storage: value is not JSON-serialisable");
  return text;
}

/** Validates an optional TTL; Redis would reject 0 or negatives, SQLite would store them silently. */
export function checkTtl(ttlMs: number | undefined): number | undefined {
  if (ttlMs === undefined) return undefined;
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`storage: ttlMs must be > 0, got ${ttlMs}`);
  // Redis PX takes whole milliseconds; rounding up never expires a key early.
  return Math.ceil(ttlMs);
}

/** Validates an increment step: counters are integers on both stores. */
export function checkIncrement(by: number): number {
  if (!Number.isSafeInteger(by)) throw new RangeError(`storage: increment must be an integer, got ${by}`);
  return by;
}

/** Normalised range bounds: 1-based inclusive sequence numbers and an optional limit. */
export interface RangeBounds {
  fromSeq: number;
  toSeq: number;
  limit: number | undefined;
  reverse: boolean;
}

/** Fills range defaults and rejects bounds that would make the two stores disagree. */
export function rangeBounds(options: {
  fromSeq?: number;
  toSeq?: number;
  limit?: number;
  reverse?: boolean;
}): RangeBounds {
  const fromSeq = Math.max(1, Math.ceil(options.fromSeq ?? 1));
  const toSeq = Math.floor(options.toSeq ?? Number.MAX_SAFE_INTEGER);
  const { limit } = options;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new RangeError(`storage: limit must be a non-negative integer, got ${limit}`);
  }
  return { fromSeq, toSeq, limit, reverse: options.reverse ?? false };
}
