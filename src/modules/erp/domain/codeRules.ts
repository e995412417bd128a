/**
 * The life of a stored link code, pure: what the backend may hand over (an expiry in the future and
 * at most 15 minutes ahead), and what a code presented in the chat is now: good, expired, used, or
 * burned. A code "absorbs" every wrong guess made on the bot while it is live (the bot-wide count
 * of wrong guesses when it was stored is kept with it); past the budget it is burned, so however
 * many accounts guess, a code's chance stays at most budget / 2^40.
 */

export const CODE_LIFETIME_MS = 15 * 60_000;
/** How far ahead of our clock a backend's clock may run before its expiry counts as too far. */
export const CLOCK_SKEW_MS = 30_000;
/** How long a code is remembered after it expired, to say "expired" or "used" rather than "wrong". */
export const CODE_MEMORY_MS = 24 * 3_600_000;
/** Wrong guesses on the bot a live code absorbs before it is burned. */
export const DEFAULT_GUESS_BUDGET = 200;

/** What the bot keeps of a code (under its keyed hash). */
export interface CodeRecord {
  /** The ERP user the code links, and who they are (for the relink question). */
  userId: number;
  email: string;
  serverId: string;
  /** Epoch ms. */
  expiresAt: number;
  savedAt: number;
  /** The bot-wide count of wrong guesses when the code was stored. */
  wrongAtSave: number;
  /** Set once the code linked an account (epoch ms, and the Telegram user). */
  usedAt?: number;
  usedBy?: number;
  /** Set when it absorbed too many wrong guesses. */
  burnedAt?: number;
}

/** Why the backend's `expires_at` is refused, or undefined when it is acceptable. */
export function expiryProblem(expiresAt: number, now: number): string | undefined {
  if (!Number.isFinite(expiresAt)) return "must be an ISO 8601 date-time";
  if (expiresAt <= now) return "is in the past";
  if (expiresAt - now > CODE_LIFETIME_MS + CLOCK_SKEW_MS) return "is more than 15 minutes ahead";
  return undefined;
}

export type CodeState = "good" | "expired" | "used" | "burned";

/**
 * What a stored code is now. Used and burned come first (they stay so after expiry); a code past
 * its guess budget is burned the moment it is presented.
 */
export function codeState(record: CodeRecord, now: number, wrongNow: number, budget: number): CodeState {
  if (record.usedAt !== undefined) return "used";
  if (record.burnedAt !== undefined) return "burned";
  if (now >= record.expiresAt) return "expired";
  if (wrongNow - record.wrongAtSave >= budget) return "burned";
  return "good";
}

/** Whether the hourly clean-up may forget the record (it is past its memory). */
export const isForgettable = (record: CodeRecord, now: number): boolean =>
  now >= record.expiresAt + CODE_MEMORY_MS;

/** How long the store keeps a record by itself, a safety net under the clean-up: its memory, plus an hour. */
export const recordTtlMs = (record: CodeRecord, now: number): number =>
  Math.max(1, record.expiresAt + CODE_MEMORY_MS + 3_600_000 - now);
