/**
 * A lease in storage that lets one instance at a time do something: refresh a user's token (with
 * a rotating refresh token, two refreshes at once would spend it twice and log the user out),
 * change a group's permissions (moderation's lockdown and night mode). `setIfAbsent` with a TTL is
 * the lock; the TTL frees it when its holder dies mid-work.
 */
import { randomUUID } from "node:crypto";
import type { Storage } from "../storage/storage.js";

export interface Lease {
  /** Frees the lease now (best effort: on a storage error it simply expires). */
  release(): Promise<void>;
}

/**
 * Takes the lease at `key` for `ttlMs`, or returns undefined when someone else holds it.
 *
 * Sharp edge: release reads then deletes (the storage has no compare-and-delete), so a holder
 * whose lease already expired could, in that gap, free a lease a second holder just took. The TTL
 * must therefore be well above the longest piece of work it guards.
 */
export async function tryLease(storage: Storage, key: string, ttlMs: number): Promise<Lease | undefined> {
  const holder = randomUUID();
  if (!(await storage.setIfAbsent(key, holder, ttlMs))) return undefined;
  return {
    async release() {
      try {
        if ((await storage.get(key)) === holder) await storage.delete(key);
      } catch {
        // The TTL frees it; failing here would hide the refresh's own result.
      }
    },
  };
}
