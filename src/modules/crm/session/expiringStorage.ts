/**
 * The store as the token vault sees it for crm: every write without a TTL gets the session
 * lifetime (`REDIS_SESSION_TTL`), so a sign-in nobody uses disappears from SQLite or Redis by
 * itself. The vault's own short-lived keys (its refresh lease) keep the TTL they ask for.
 */
import type { Storage } from "../../../platform/storage/storage.js";

export function withDefaultTtl(storage: Storage, ttlMs: number): Storage {
  return {
    ...storage,
    kind: storage.kind,
    set: (key, value, ttl) => storage.set(key, value, ttl ?? ttlMs),
    setIfAbsent: (key, value, ttl) => storage.setIfAbsent(key, value, ttl ?? ttlMs),
  };
}
