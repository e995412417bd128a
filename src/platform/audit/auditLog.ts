/**
 * The audit log: an append-only record of privileged actions (and RBAC denials), kept on the
 * storage so it survives restarts and is shared by every instance.
 */
import type { Storage } from "../storage/storage.js";

/** One privileged action: who did what to which target, and how it ended. */
export interface AuditRecord {
  /** ISO time, normalised to UTC (`toISOString`). */
  time: string;
  bot: string;
  module: string;
  /** Who acted, e.g. the Telegram user id as a string. */
  actor: string;
  action: string;
  target?: string;
  /** Extra facts for the reader. Never put a credential, token or OTP here: the log is kept forever. */
  details?: Record<string, unknown>;
  result: "ok" | "denied" | "failed";
}

/** Filters for {@link AuditLog.query}; all given filters must match. */
export interface AuditQuery {
  module?: string;
  actor?: string;
  target?: string;
  /** ISO times, inclusive. */
  from?: string;
  to?: string;
  /** At most this many records (default 100, capped at 1000). */
  limit?: number;
}

export interface AuditLog {
  /** Appends a record; `time` defaults to now. Rejects an unparseable `time`. */
  record(entry: Omit<AuditRecord, "time"> & { time?: string }): Promise<void>;
  /**
   * Records matching every filter, newest first (in the order they were recorded). A filter on
   * module, actor or target reads only that index; a query by time alone walks the log back from
   * its newest record until `limit` records match.
   */
  query(filter?: AuditQuery): Promise<AuditRecord[]>;
}

const MAIN_LOG = "audit";
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const PAGE_SIZE = 200;

/** The index log holding every record with this field value. */
function indexLog(field: "module" | "actor" | "target", value: string): string {
  return `${MAIN_LOG}:${field}:${value}`;
}

function isoTime(time: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) throw new RangeError(`audit: not a time: "${time}"`);
  return date.toISOString();
}

function matches(record: AuditRecord, filter: AuditQuery, from?: string, to?: string): boolean {
  if (filter.module !== undefined && record.module !== filter.module) return false;
  if (filter.actor !== undefined && record.actor !== filter.actor) return false;
  if (filter.target !== undefined && record.target !== filter.target) return false;
  // Normalised ISO strings compare correctly as text.
  if (from !== undefined && record.time < from) return false;
  if (to !== undefined && record.time > to) return false;
  return true;
}

/**
 * The audit log on a Storage. Every record goes to the main log and to one index log per field it
 * can be queried by (module, actor, target), each holding a full copy: a query then reads one
 * index newest-first and never joins. Records are small and rare, so the copies cost little.
 */
export function createAuditLog(storage: Storage): AuditLog {
  return {
    async record(entry) {
      const record: AuditRecord = { ...entry, time: isoTime(entry.time ?? new Date().toISOString()) };
      const logs = [MAIN_LOG, indexLog("module", record.module), indexLog("actor", record.actor)];
      if (record.target !== undefined) logs.push(indexLog("target", record.target));
      await Promise.all(logs.map((log) => storage.append(log, record)));
    },

    async query(filter = {}) {
      const limit = Math.min(Math.max(0, Math.floor(filter.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
      const from = filter.from === undefined ? undefined : isoTime(filter.from);
      const to = filter.to === undefined ? undefined : isoTime(filter.to);
      // The most selective index first: a target usually has few records, a module many.
      const source =
        filter.target !== undefined
          ? indexLog("target", filter.target)
          : filter.actor !== undefined
            ? indexLog("actor", filter.actor)
            : filter.module !== undefined
              ? indexLog("module", filter.module)
              : MAIN_LOG;
      const found: AuditRecord[] = [];
      let toSeq: number | undefined;
      while (found.length < limit) {
        const page = await storage.range<AuditRecord>(source, { reverse: true, toSeq, limit: PAGE_SIZE });
        for (const { entry } of page) {
          if (matches(entry, filter, from, to)) found.push(entry);
          if (found.length === limit) break;
        }
        if (page.length < PAGE_SIZE) break;
        toSeq = page[page.length - 1]!.seq - 1;
      }
      return found;
    },
  };
}
