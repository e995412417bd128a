/**
 * Who may handle an update: the de-duplication claim, in the form that fits the store.
 *
 * - **Shared store (Redis, several instances):** the claim is a lease: a key holding this
 *   instance's id, written with `setIfAbsent` so exactly one instance wins it, with a short TTL
 *   that the holder renews while it works. A holder that dies stops renewing, so its lease lapses
 *   within seconds and a redelivery is then taken over; a holder that is merely slow keeps it.
 * - **Embedded store (SQLite, one process):** the process holding the file is the only one
 *   handling the bot's updates, so the claim lives in memory and the store is only read for the
 *   "handled" marker. A claim's holder is gone exactly when the process is, and a new process
 *   starts with none: what the lease does on Redis, without a write per update (that write was
 *   the largest cost of an ordinary group message).
 *
 * A claim answers one of three things: `take` (handle it), `done` (handled before: drop it) or
 * `busy` (someone, maybe this process, is handling it now). A busy update is neither handled nor
 * dropped: the webhook answers with an error so Telegram delivers it again later, and polling
 * keeps it unconfirmed and tries again, so it is never lost if its holder dies.
 *
 * Either way the update is marked handled in the store when it is done (doneMarks.ts); until
 * that marker is written, this process remembers the update as finished, so a redelivery in
 * those few milliseconds is dropped, not made to wait.
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Storage, StorageOp } from "../platform/storage/storage.js";

/** How long a lease lasts without renewal: how soon a dead holder's updates are taken over. */
export const LEASE_MS = 10_000;
/** How often a holder renews its leases (well within LEASE_MS, so a slow store does not lose one). */
const RENEW_EVERY_MS = 3_000;

export type ClaimVerdict = "take" | "done" | "busy";

export interface UpdateClaims {
  /** The store operations (sent in the kernel's first batch) that tell who holds `key`. */
  ops(key: string): StorageOp[];
  /** With those operations' results, in order: what this process may do with the update. */
  take(key: string, results: readonly unknown[]): ClaimVerdict;
  /**
   * The update is handled; its marker is on its way to the store. Until `release`, a redelivery
   * to this process is known to be a duplicate without the store.
   */
  finish(key: string): void;
  /** The update's handled marker is written: the claim is no longer needed. */
  release(key: string): void;
  /** Stops renewing (shutdown). */
  close(): void;
}

/** This process, as a lease names its holder (for logs and for telling leases apart). */
export const instanceId = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

/** Claims in the shared store: one instance wins each update id and renews its lease until done. */
export function storeClaims(storage: Pick<Storage, "batch">, holder = instanceId): UpdateClaims {
  const held = new Set<string>();
  const finished = new Set<string>();
  const timer = setInterval(() => {
    if (held.size === 0) return;
    // A renewal may land just after the "done" marker of an update finishing now; that key then
    // holds the lease again for LEASE_MS and a redelivery in that window waits (busy), no worse.
    void storage
      .batch([...held].map((key) => ({ op: "set" as const, key, value: holder, ttlMs: LEASE_MS })))
      .catch(() => undefined); // the next round tries again; a lapsed lease is taken over, not lost
  }, RENEW_EVERY_MS);
  timer.unref();
  return {
    ops: (key) => [
      { op: "setIfAbsent", key, value: holder, ttlMs: LEASE_MS },
      { op: "get", key },
    ],
    take(key, [won, value]) {
      if (won === true) {
        held.add(key);
        return "take";
      }
      return value === "done" || finished.has(key) ? "done" : "busy";
    },
    finish(key) {
      held.delete(key);
      finished.add(key);
    },
    release: (key) => void finished.delete(key),
    close: () => clearInterval(timer),
  };
}

/** Claims in this process's memory, for a store only this process writes. */
export function memoryClaims(): UpdateClaims {
  const held = new Set<string>();
  const finished = new Set<string>();
  return {
    ops: (key) => [{ op: "get", key }],
    take(key, [marker]) {
      // "done": handled before (this process or an earlier one); held: a redelivery while we work.
      if (marker === "done" || finished.has(key)) return "done";
      if (held.has(key)) return "busy";
      held.add(key);
      return "take";
    },
    finish(key) {
      held.delete(key);
      finished.add(key);
    },
    release: (key) => void finished.delete(key),
    close: () => undefined,
  };
}

/**
 * Thrown by the kernel for an update another handler holds right now: it must not be confirmed to
 * Telegram (webhook: an error answer, so it is delivered again; polling: tried again shortly).
 */
export class UpdateBusyError extends Error {
  override readonly name = "UpdateBusyError";
  constructor(readonly updateId: number) {
    super(`update ${updateId} is being handled elsewhere; it will be delivered again`);
  }
}
