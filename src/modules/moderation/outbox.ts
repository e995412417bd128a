/**
 * The outbox: records API V2 could not take now (it is down, slow, overloaded), kept in storage
 * and delivered by the module's `outbox` job when it is back. A record is the exact request (path,
 * body, `Idempotency-Key`), so a delivery whose answer was lost and is sent again is answered by
 * API V2 from what it stored: nothing doubled. A record leaves only once API V2 took it (2xx) or
 * said it never will (a 4xx: logged and dropped); anything else keeps it for the next run.
 *
 * Storage: each record under `key("outbox", id)`, and the set `key("outbox")` as the index, one
 * member per record. Ids start with the zero-padded enqueue time, and `members` answers sorted, so
 * records are delivered in the order they were queued.
 */
import type { Logger } from "pino";
import { BackendError } from "../../platform/http/backendError.js";
import type { Storage } from "../../platform/storage/storage.js";
import type { ApiV2Client, RecordRequest } from "./apiV2Client.js";

/** What a failed record says about trying again: only API V2's own trouble is worth it. */
export function worthRetrying(error: unknown): boolean {
  // Not an HTTP answer at all (a bug, a broken socket surfacing raw): keep it, never lose it.
  if (!(error instanceof BackendError)) return true;
  // Network failures, timeouts, 5xx, 429 and an open breaker; a 4xx will never succeed.
  return error.kind === "timeout" || error.kind === "unavailable" || error.kind === "rate_limited";
}

interface Stored extends RecordRequest {
  queuedAt: string;
}

export interface DeliveryReport {
  delivered: number;
  dropped: number;
  pending: number;
}

export interface Outbox {
  /** Keeps `request` for delivery later. */
  add(request: RecordRequest): Promise<void>;
  /** The ids waiting, oldest first. */
  pending(): Promise<string[]>;
  /** Delivers what waits, in order; stops at the first record API V2 cannot take now. */
  deliver(): Promise<DeliveryReport>;
}

export function createOutbox(deps: {
  storage: Storage;
  key: (...parts: Array<string | number>) => string;
  api: ApiV2Client;
  now: () => number;
  logger: Logger;
}): Outbox {
  const { storage, key, api, now, logger } = deps;
  const index = key("outbox");
  const recordKey = (id: string) => key("outbox", id);

  const remove = async (id: string) => {
    await storage.removeFromSet(index, id);
    await storage.delete(recordKey(id));
  };

  return {
    async add(request) {
      const id = `${String(now()).padStart(15, "0")}-${request.idempotencyKey}`;
      const stored: Stored = { ...request, queuedAt: new Date(now()).toISOString() };
      // The record first: an index entry never points at nothing for long.
      await storage.set(recordKey(id), stored);
      await storage.addToSet(index, id);
    },

    pending: () => storage.members(index),

    async deliver() {
      const report: DeliveryReport = { delivered: 0, dropped: 0, pending: 0 };
      const ids = await storage.members(index);
      for (const [position, id] of ids.entries()) {
        const stored = await storage.get<Stored>(recordKey(id));
        if (!stored) {
          await storage.removeFromSet(index, id);
          continue;
        }
        try {
          await api.deliver(stored);
          report.delivered += 1;
        } catch (error) {
          if (worthRetrying(error)) {
            logger.info({ err: error, id }, "moderation outbox: API V2 still cannot take records");
            report.pending = ids.length - position;
            return report;
          }
          logger.error(
            { err: error, id, path: stored.path, queuedAt: stored.queuedAt },
            "moderation outbox: API V2 refused a record for good; dropped",
          );
          report.dropped += 1;
        }
        await remove(id);
      }
      if (report.delivered || report.dropped) logger.info(report, "moderation outbox: delivered");
      return report;
    },
  };
}
