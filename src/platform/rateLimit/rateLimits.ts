import type { Storage, StorageOp } from "../storage/storage.js";

/** Result of asking a limiter; `retryAfterMs` tells the user when to try again. */
export interface LimitDecision {
  allowed: boolean;
  retryAfterMs: number;
}

export interface RateLimits {
  /** One update from `userKey`: counted against `GENERAL_RATE_LIMIT` per minute. */
  general(userKey: string): Promise<LimitDecision>;
  /**
   * The same count as `general`, as one operation for a `storage.batch` plus how to read its
   * result: the kernel counts an update in the same round trip as its other reads.
   */
  generalOp(userKey: string): { op: StorageOp & { op: "increment" }; decide(count: number): LimitDecision };
  /**
   * Before checking a secret a user typed (OTP, link code, credentials): counted against
   * `LOGIN_RATE_LIMIT` per minute and refused while the key is locked out.
   */
  loginAttempt(userKey: string): Promise<LimitDecision>;
  /** After a wrong secret: repeated failures lock the key out for a while. */
  loginFailed(userKey: string): Promise<LimitDecision>;
  /** After a right secret: clears the failure count. */
  loginSucceeded(userKey: string): Promise<void>;
  /** Time left in the key's lockout (ms), 0 when none: to refuse a login before asking for secrets. */
  lockedFor(userKey: string): Promise<number>;
}

export interface CreateRateLimitsOptions {
  /** Counters live here, so every instance sharing the store shares the limits. */
  storage: Storage;
  /** `GENERAL_RATE_LIMIT`: updates per user per minute (default 30). */
  generalPerMinute?: number;
  /** `LOGIN_RATE_LIMIT`: secret attempts per user per minute (default 5). */
  loginPerMinute?: number;
  /** Wrong secrets in a row (within `lockoutMs`) that lock the user out (default 5). */
  lockoutAfterFailures?: number;
  /** How long a lockout lasts, and how long failures are remembered (default 15 min). */
  lockoutMs?: number;
  /** Storage key prefix (default "ratelimit"). */
  prefix?: string;
  /** Clock, for tests. */
  now?: () => number;
}

const MINUTE = 60_000;
const ALLOWED: LimitDecision = { allowed: true, retryAfterMs: 0 };

/**
 * Rate limits on the shared store. `userKey` should name the bot too (`netmon:42`) when one
 * store serves several bots.
 *
 * Why not rate-limiter-flexible: it has adapters for Redis, SQL and others but none for our
 * `Storage` interface, and using its Redis/SQLite adapters directly would bypass the one storage
 * seam. Fixed windows on `storage.increment` (atomic on both stores) are the "or equal" here:
 * windows are aligned to the clock (`floor(now / window)` is part of the key), which makes
 * `retryAfterMs` exact (time to the window's end) and keeps every instance on the same window
 * without reading a TTL back. The price is the usual fixed-window burst (up to 2× the limit
 * across a window boundary); the failure lockout is what stops brute force.
 */
export function createRateLimits(options: CreateRateLimitsOptions): RateLimits {
  const { storage } = options;
  const generalLimit = options.generalPerMinute ?? 30;
  const loginLimit = options.loginPerMinute ?? 5;
  const lockoutAfter = options.lockoutAfterFailures ?? 5;
  const lockoutMs = options.lockoutMs ?? 15 * MINUTE;
  const prefix = options.prefix ?? "ratelimit";
  const now = options.now ?? Date.now;

  /** One hit in the current window of `area` as a storage operation; refused past `limit`. */
  function hitOp(area: string, userKey: string, limit: number) {
    const at = now();
    const window = Math.floor(at / MINUTE);
    const windowEnd = (window + 1) * MINUTE;
    return {
      op: {
        op: "increment",
        key: `${prefix}:${area}:${userKey}:${window}`,
        by: 1,
        ttlMs: windowEnd - at,
      } as const,
      decide: (count: number): LimitDecision =>
        count <= limit ? ALLOWED : { allowed: false, retryAfterMs: windowEnd - at },
    };
  }

  async function hit(area: string, userKey: string, limit: number): Promise<LimitDecision> {
    const { op, decide } = hitOp(area, userKey, limit);
    return decide(await storage.increment(op.key, op.by, op.ttlMs));
  }

  const lockoutKey = (userKey: string) => `${prefix}:lockout:${userKey}`;
  const failuresKey = (userKey: string) => `${prefix}:login-failures:${userKey}`;

  /** Time left in a lockout, 0 when none. The stored end time decides; the TTL only cleans up. */
  async function lockedFor(userKey: string): Promise<number> {
    const until = await storage.get<number>(lockoutKey(userKey));
    return typeof until === "number" ? Math.max(0, until - now()) : 0;
  }

  return {
    general: (userKey) => hit("general", userKey, generalLimit),
    generalOp: (userKey) => hitOp("general", userKey, generalLimit),

    async loginAttempt(userKey) {
      const locked = await lockedFor(userKey);
      if (locked > 0) return { allowed: false, retryAfterMs: locked };
      return hit("login", userKey, loginLimit);
    },

    async loginFailed(userKey) {
      const locked = await lockedFor(userKey);
      if (locked > 0) return { allowed: false, retryAfterMs: locked };
      const failures = await storage.increment(failuresKey(userKey), 1, lockoutMs);
      if (failures < lockoutAfter) return ALLOWED;
      await storage.set(lockoutKey(userKey), now() + lockoutMs, lockoutMs);
      // A fresh count after the lockout: the user gets `lockoutAfter` tries again, not one.
      await storage.delete(failuresKey(userKey));
      return { allowed: false, retryAfterMs: lockoutMs };
    },

    async loginSucceeded(userKey) {
      await storage.delete(failuresKey(userKey));
    },

    lockedFor,
  };
}
