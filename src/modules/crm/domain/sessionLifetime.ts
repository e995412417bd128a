/**
 * How long a crm sign-in lives, as the seed has it: `REDIS_SESSION_TTL` (24 h by default) after
 * the user's last activity, sliding. Sliding costs a store write, so activity refreshes the
 * lifetime at most once a minute per user; the session may therefore end up to a minute earlier
 * than "last update + TTL", never later. Pure: every time is epoch ms from the caller's clock.
 */

/** Activity closer than this to the last recorded one is not written again. */
export const TOUCH_INTERVAL_MS = 60_000;

/** A JWT whose `exp` cannot be read is renewed after this long (the backend's 401 still rules). */
export const UNKNOWN_JWT_LIFETIME_MS = 10 * 60_000;

/** What the lifetime is judged by: the seed's `created_at` and `last_activity`. */
export interface SessionTimes {
  createdAt: number;
  lastActivity: number;
}

/** When the session ends if nothing else happens. */
export const sessionEndsAt = (times: SessionTimes, ttlMs: number): number => times.lastActivity + ttlMs;

/** True once the session has been idle for the whole lifetime. */
export const isSessionOver = (times: SessionTimes, ttlMs: number, now: number): boolean =>
  now >= sessionEndsAt(times, ttlMs);

/** True when this activity should be written (and the lifetime restarted). */
export const isTouchDue = (times: SessionTimes, now: number): boolean =>
  now - times.lastActivity >= TOUCH_INTERVAL_MS;

/** When to treat a JWT as expired: its `exp`, or a short default when it carries none. */
export const jwtDeadline = (exp: number | undefined, now: number): number =>
  exp ?? now + UNKNOWN_JWT_LIFETIME_MS;
