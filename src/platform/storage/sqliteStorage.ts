/**
 * The embedded store: one SQLite file (better-sqlite3, WAL) holding key/value entries with optional
 * expiry and append-only logs. better-sqlite3 is synchronous, so every operation is a single
 * statement or an IMMEDIATE transaction: atomic within this process and across processes that
 * share the file.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Logger } from "pino";
import type { BatchResults, Storage, StorageOp } from "./storage.js";
import { checkIncrement, checkTtl, encodeValue, rangeBounds } from "./storageArguments.js";

/** Options for {@link openSqliteStorage}. */
export interface SqliteStorageOptions {
  logger?: Logger;
  /** How often expired rows are deleted (they already read as absent). Default 60 s. */
  purgeIntervalMs?: number;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS kv (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    expires_at INTEGER
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS kv_expires_at ON kv (expires_at) WHERE expires_at IS NOT NULL;
  CREATE TABLE IF NOT EXISTS set_member (
    set_key TEXT NOT NULL,
    member TEXT NOT NULL,
    PRIMARY KEY (set_key, member)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS log_entry (
    log TEXT NOT NULL,
    seq INTEGER NOT NULL,
    entry TEXT NOT NULL,
    PRIMARY KEY (log, seq)
  ) WITHOUT ROWID;
`;

const LIVE = "(expires_at IS NULL OR expires_at > @now)";

interface ValueRow {
  value: string;
}

/** GLOB treats `*`, `?` and `[` as wildcards; brackets make them literal. */
function globLiteral(text: string): string {
  return text.replace(/[*?[]/g, (c) => `[${c}]`);
}

/**
 * Opens (creating when needed) the SQLite store at `path`, or an in-memory one for `:memory:`.
 * The parent folder is created. Call `close()` to stop the purge timer and release the file.
 */
export function openSqliteStorage(path: string, options: SqliteStorageOptions = {}): Storage {
  if (path === "") throw new Error("storage: sqlite URL needs a path, e.g. sqlite:./data/switchboard.db");
  const inMemory = path === ":memory:";
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL lets readers run during a write; NORMAL sync is durable across crashes of the process
  // (only an OS crash can lose the last commit), which is the usual WAL trade-off.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  // Another process holding the write lock makes us wait instead of failing with SQLITE_BUSY.
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);

  const statements = {
    get: db.prepare<{ key: string; now: number }, ValueRow>(
      `SELECT value FROM kv WHERE key = @key AND ${LIVE}`,
    ),
    set: db.prepare<{ key: string; value: string; expiresAt: number | null }>(
      `INSERT INTO kv (key, value, expires_at) VALUES (@key, @value, @expiresAt)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
    ),
    updateValue: db.prepare<{ key: string; value: string }>("UPDATE kv SET value = @value WHERE key = @key"),
    delete: db.prepare<{ key: string }, { expires_at: number | null }>(
      "DELETE FROM kv WHERE key = @key RETURNING expires_at",
    ),
    // The conflict branch only fires for an expired row, so a live key is never overwritten.
    setIfAbsent: db.prepare<{ key: string; value: string; expiresAt: number | null; now: number }>(
      `INSERT INTO kv (key, value, expires_at) VALUES (@key, @value, @expiresAt)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
       WHERE kv.expires_at IS NOT NULL AND kv.expires_at <= @now`,
    ),
    listKeys: db.prepare<{ pattern: string; now: number }, { key: string }>(
      `SELECT key FROM kv WHERE key GLOB @pattern AND ${LIVE} ORDER BY key`,
    ),
    // One statement computes the next seq and inserts, so concurrent appends cannot collide.
    append: db.prepare<{ log: string; entry: string }, { seq: number }>(
      `INSERT INTO log_entry (log, seq, entry)
       SELECT @log, COALESCE(MAX(seq), 0) + 1, @entry FROM log_entry WHERE log = @log
       RETURNING seq`,
    ),
    rangeAsc: db.prepare<
      { log: string; fromSeq: number; toSeq: number; limit: number },
      { seq: number; entry: string }
    >(
      `SELECT seq, entry FROM log_entry WHERE log = @log AND seq BETWEEN @fromSeq AND @toSeq
       ORDER BY seq ASC LIMIT @limit`,
    ),
    rangeDesc: db.prepare<
      { log: string; fromSeq: number; toSeq: number; limit: number },
      { seq: number; entry: string }
    >(
      `SELECT seq, entry FROM log_entry WHERE log = @log AND seq BETWEEN @fromSeq AND @toSeq
       ORDER BY seq DESC LIMIT @limit`,
    ),
    addToSet: db.prepare<{ key: string; member: string }>(
      "INSERT OR IGNORE INTO set_member (set_key, member) VALUES (@key, @member)",
    ),
    removeFromSet: db.prepare<{ key: string; member: string }>(
      "DELETE FROM set_member WHERE set_key = @key AND member = @member",
    ),
    members: db.prepare<{ key: string }, { member: string }>(
      "SELECT member FROM set_member WHERE set_key = @key ORDER BY member",
    ),
    purge: db.prepare<{ now: number }>("DELETE FROM kv WHERE expires_at <= @now"),
    ping: db.prepare("SELECT 1"),
  };

  const incrementBody = (key: string, by: number, ttlMs: number | undefined): number => {
    const now = Date.now();
    const row = statements.get.get({ key, now });
    if (!row) {
      statements.set.run({ key, value: String(by), expiresAt: ttlMs ? now + ttlMs : null });
      return by;
    }
    const current: unknown = JSON.parse(row.value);
    if (!Number.isSafeInteger(current)) throw new TypeError(`storage: "${key}" does not hold an integer`);
    const next = (current as number) + by;
    statements.updateValue.run({ key, value: String(next) });
    return next;
  };
  const increment = db.transaction(incrementBody);

  // Synchronous bodies of the key/value operations, shared by the single calls and `batch`.
  const ops = {
    get(key: string): unknown {
      const row = statements.get.get({ key, now: Date.now() });
      return row ? JSON.parse(row.value) : undefined;
    },
    set(key: string, value: unknown, ttlMs: number | undefined): undefined {
      const ttl = checkTtl(ttlMs);
      statements.set.run({ key, value: encodeValue(value), expiresAt: ttl ? Date.now() + ttl : null });
      return undefined;
    },
    delete(key: string): boolean {
      const removed = statements.delete.get({ key });
      // An expired row is removed too, but it did not exist as far as callers are concerned.
      return removed !== undefined && (removed.expires_at === null || removed.expires_at > Date.now());
    },
    setIfAbsent(key: string, value: unknown, ttlMs: number | undefined): boolean {
      const ttl = checkTtl(ttlMs);
      const now = Date.now();
      const { changes } = statements.setIfAbsent.run({
        key,
        value: encodeValue(value),
        expiresAt: ttl ? now + ttl : null,
        now,
      });
      return changes === 1;
    },
  };

  const runOp = (op: StorageOp): unknown => {
    switch (op.op) {
      case "get":
        return ops.get(op.key);
      case "set":
        return ops.set(op.key, op.value, op.ttlMs);
      case "delete":
        return ops.delete(op.key);
      case "increment":
        // Already inside the batch's transaction: no nested savepoint.
        return incrementBody(op.key, checkIncrement(op.by ?? 1), checkTtl(op.ttlMs));
      case "setIfAbsent":
        return ops.setIfAbsent(op.key, op.value, op.ttlMs);
    }
  };
  // One transaction: one fsync for the whole batch, and the ops see each other in order.
  const batch = db.transaction((list: readonly StorageOp[]) => list.map(runOp));

  const purge = (): void => {
    const { changes } = statements.purge.run({ now: Date.now() });
    if (changes > 0) options.logger?.debug({ purged: changes }, "storage: purged expired keys");
  };
  const purgeTimer = setInterval(() => {
    try {
      purge();
    } catch (error) {
      options.logger?.warn({ err: error }, "storage: purging expired keys failed");
    }
  }, options.purgeIntervalMs ?? 60_000);
  // The timer must never be what keeps the process alive.
  purgeTimer.unref();

  options.logger?.info({ path: inMemory ? ":memory:" : path }, "storage: sqlite opened");

  return {
    kind: "sqlite",
    async get<T>(key: string) {
      return ops.get(key) as T | undefined;
    },
    async set(key, value, ttlMs) {
      ops.set(key, value, ttlMs);
    },
    async delete(key) {
      return ops.delete(key);
    },
    async increment(key, by = 1, ttlMs) {
      return increment.immediate(key, checkIncrement(by), checkTtl(ttlMs));
    },
    async setIfAbsent(key, value, ttlMs) {
      return ops.setIfAbsent(key, value, ttlMs);
    },
    async batch<const Ops extends readonly StorageOp[]>(list: Ops) {
      // One statement is atomic on its own: no BEGIN/COMMIT around it (an increment has its own).
      if (list.length === 1) {
        const op = list[0] as StorageOp;
        const result =
          op.op === "increment"
            ? increment.immediate(op.key, checkIncrement(op.by ?? 1), checkTtl(op.ttlMs))
            : runOp(op);
        return [result] as BatchResults<Ops>;
      }
      const writes = list.some((op) => op.op !== "get");
      return (writes ? batch.immediate(list) : batch(list)) as BatchResults<Ops>;
    },
    async addToSet(key, member) {
      return statements.addToSet.run({ key, member }).changes === 1;
    },
    async removeFromSet(key, member) {
      return statements.removeFromSet.run({ key, member }).changes === 1;
    },
    async members(key) {
      return statements.members.all({ key }).map((row) => row.member);
    },
    async listKeys(prefix) {
      return statements.listKeys
        .all({ pattern: `${globLiteral(prefix)}*`, now: Date.now() })
        .map((row) => row.key);
    },
    async append(log, entry) {
      return statements.append.get({ log, entry: encodeValue(entry) })!.seq;
    },
    async range<T>(
      log: string,
      options: { fromSeq?: number; toSeq?: number; limit?: number; reverse?: boolean } = {},
    ) {
      const { fromSeq, toSeq, limit, reverse } = rangeBounds(options);
      // SQLite reads LIMIT -1 as "no limit".
      const query = reverse ? statements.rangeDesc : statements.rangeAsc;
      return query
        .all({ log, fromSeq, toSeq, limit: limit ?? -1 })
        .map((row) => ({ seq: row.seq, entry: JSON.parse(row.entry) as T }));
    },
    async ping() {
      statements.ping.get();
    },
    async close() {
      clearInterval(purgeTimer);
      if (!db.open) return;
      purge();
      db.close();
    },
  };
}
