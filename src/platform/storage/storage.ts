/**
 * The one storage interface every part of Switchboard uses (sessions, de-duplication, rate limits,
 * locks, audit, jobs, module data). Two implementations exist: SQLite (embedded, the default) and
 * Redis (for several instances). Callers never know which one they have.
 *
 * Keys are plain strings; by convention `<area>:<bot>:<rest>` (e.g. `session:netmon:42`).
 * Values are JSON-serialisable (they go through `JSON.stringify`, so a `Date` comes back as a string).
 * TTLs are in milliseconds and must be positive; an expired key reads as absent everywhere
 * (`get`, `listKeys`, `setIfAbsent`, `increment`). Key/value entries and logs live in separate
 * namespaces: a log and a key may share a name. Build one with `createStorage`.
 */
export interface Storage {
  /** Reads a value, or `undefined` when absent or expired. */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Writes a value; `ttlMs` makes it expire (omit it for no expiry). */
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  /** Removes a key; true when something was removed. */
  delete(key: string): Promise<boolean>;
  /**
   * Atomically adds `by` (default 1) to a numeric counter and returns the new value. When the key
   * is created by this call and `ttlMs` is given, the counter expires after `ttlMs` (a fixed window);
   * later increments keep that expiry. `by` must be an integer (Redis `INCRBY` semantics), and an
   * existing value that is not an integer makes the call reject rather than silently reset it.
   */
  increment(key: string, by?: number, ttlMs?: number): Promise<number>;
  /**
   * Writes only when the key is absent (or expired): a lock or an idempotency marker.
   * Returns true when this caller won.
   */
  setIfAbsent(key: string, value: unknown, ttlMs?: number): Promise<boolean>;
  /** Keys starting with `prefix` (not expired), sorted. */
  listKeys(prefix: string): Promise<string[]>;
  /** Appends an entry to an append-only log and returns its sequence number (1-based, increasing). */
  append(log: string, entry: unknown): Promise<number>;
  /**
   * Reads a log's entries with sequence numbers in [fromSeq, toSeq] (inclusive, defaults: the whole log),
   * oldest first, at most `limit`. With `reverse` the newest come first, so `{ reverse: true, limit }`
   * reads the tail of a long log without scanning it; page backwards by passing `toSeq` = last seq - 1.
   */
  range<T = unknown>(
    log: string,
    options?: { fromSeq?: number; toSeq?: number; limit?: number; reverse?: boolean },
  ): Promise<Array<{ seq: number; entry: T }>>;
  /**
   * Runs several key/value operations in ONE round trip (a Redis pipeline; one SQLite
   * transaction) and returns their results in order, typed per operation. Each operation keeps its
   * own atomicity; on Redis the batch as a whole is not a transaction (another client may act
   * between two of its operations), so never build a compare-and-set out of a batch.
   * This is how the kernel keeps an update to a few store operations (see buildBot's preflight).
   */
  batch<const Ops extends readonly StorageOp[]>(ops: Ops): Promise<BatchResults<Ops>>;
  /** Adds `member` to the set at `key`; true when it was not there yet. Sets never expire. */
  addToSet(key: string, member: string): Promise<boolean>;
  /** Removes `member` from the set at `key`; true when it was there. */
  removeFromSet(key: string, member: string): Promise<boolean>;
  /**
   * The members of the set at `key`, sorted. An index a module keeps beside its records (alert
   * subscriptions, groups, links), so listing a collection never scans the key space.
   */
  members(key: string): Promise<string[]>;
  /** Cheap round-trip used by /readyz. Throws when the store is unreachable. */
  ping(): Promise<void>;
  /** Releases connections and file handles. */
  close(): Promise<void>;
  /** `sqlite` or `redis`: for logs, metrics and choosing the job runner. */
  readonly kind: "sqlite" | "redis";
}

/** One operation of {@link Storage.batch}: the same semantics as the method of that name. */
export type StorageOp =
  | { op: "get"; key: string }
  | { op: "set"; key: string; value: unknown; ttlMs?: number }
  | { op: "delete"; key: string }
  | { op: "increment"; key: string; by?: number; ttlMs?: number }
  | { op: "setIfAbsent"; key: string; value: unknown; ttlMs?: number };

/** What each operation of a batch resolves to. */
export type BatchResult<Op extends StorageOp> = Op extends { op: "get" }
  ? unknown
  : Op extends { op: "set" }
    ? undefined
    : Op extends { op: "increment" }
      ? number
      : boolean;

export type BatchResults<Ops extends readonly StorageOp[]> = {
  -readonly [K in keyof Ops]: BatchResult<Ops[K]>;
};
