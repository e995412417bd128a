/**
 * Which polled updates are being handled, and so which `getUpdates` offset is safe to send.
 *
 * Telegram forgets every update below the offset of a `getUpdates` call. grammY's runner sends
 * the next offset as soon as a batch is fetched, so a crash loses whatever was fetched and not
 * yet handled. Here the offset is a low-water mark: the oldest update still open (handed out and
 * not done), or, with none open, the first id never handed out. A restart fetches the open ones
 * again (their "handled" markers drop those that did finish). Written by hand: the runner offers
 * no hook for when to confirm, only a supplier we can replace.
 */
import type { Update } from "grammy/types";

export class UpdateLedger {
  /** The first update id never handed out (undefined before the first batch). */
  private next: number | undefined;
  private readonly open = new Set<number>();
  private waiters: Array<() => void> = [];

  /** The `getUpdates` offset: everything below it is done. */
  get offset(): number | undefined {
    let oldest: number | undefined;
    for (const id of this.open) if (oldest === undefined || id < oldest) oldest = id;
    return oldest ?? this.next;
  }

  /** How many updates are being handled. */
  get size(): number {
    return this.open.size;
  }

  /**
   * The updates of a fetched batch that were never handed out before, now open. The batch also
   * repeats the open ones (they are above the offset): those are being handled already.
   */
  take(updates: readonly Update[]): Update[] {
    const fresh = updates.filter((u) => this.next === undefined || u.update_id >= this.next);
    for (const u of fresh) this.open.add(u.update_id);
    const last = fresh.at(-1);
    if (last) this.next = last.update_id + 1;
    return fresh;
  }

  /** The update is handled (or failed for good): it no longer holds the offset back. */
  done(updateId: number): void {
    if (!this.open.delete(updateId)) return;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves when an update is done, after `ms`, or when `signal` aborts, whichever is first. */
  waitForDone(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      signal?.addEventListener("abort", finish, { once: true });
      this.waiters.push(finish);
    });
  }
}
