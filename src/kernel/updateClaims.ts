/**
 * Who may handle an update: the de-duplication claim, in the form that fits the store.
 *
 * - **Shared store (Redis, several instances):** the claim is a key written with `setIfAbsent`
 *   and a TTL, so exactly one instance wins it, and a claim whose holder died expires (then a
 *   redelivery is handled by whoever gets it).
 * - **Embedded store (SQLite, one process):** the process holding the file is the only one
 *   handling the bot's updates, so the claim lives in memory and the store is only read for the
 *   "handled" marker. A claim's holder is gone exactly when the process is, and a new process
 *   starts with none: what the TTL does on Redis, without a write per update (that write was the
 *   largest cost of an ordinary group message).
 *
 * Either way the update is marked handled in the store when it is done (doneMarks.ts), and the
 * in-memory claim is released only once that marker is written.
 */
import type { StorageOp } from "../platform/storage/storage.js";

/** A claim by an instance that dies mid-update expires, so a re-delivery is handled later. */
const CLAIM_TTL_MS = 60_000;

export interface UpdateClaims {
  /** The store operation (sent in the kernel's first batch) that tells whether `key` is new. */
  op(key: string): StorageOp;
  /** With that operation's result: true when this process now holds the update. */
  take(key: string, result: unknown): boolean;
  /** The update's handled marker is written: the claim is no longer needed. */
  release(key: string): void;
}

/** Claims in the shared store: one instance wins each update id. */
export function storeClaims(): UpdateClaims {
  return {
    op: (key) => ({ op: "setIfAbsent", key, value: "claimed", ttlMs: CLAIM_TTL_MS }),
    take: (_key, result) => result === true,
    release: () => undefined,
  };
}

/** Claims in this process's memory, for a store only this process writes. */
export function memoryClaims(): UpdateClaims {
  const held = new Set<string>();
  return {
    op: (key) => ({ op: "get", key }),
    take(key, result) {
      // "done": handled before (this process or an earlier one); held: a redelivery while we work.
      if (result === "done" || held.has(key)) return false;
      held.add(key);
      return true;
    },
    release: (key) => void held.delete(key),
  };
}
