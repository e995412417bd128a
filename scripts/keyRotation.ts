/**
 * Re-sealing every secret at rest under the secret box's current key, for `npm run rotate-key`.
 *
 * Sealed strings (`sb1.<keyId>.<iv>.<data>`, see src/platform/secrets/secretBox.ts) sit anywhere
 * inside the JSON values of the store: a vault record, a form's sealed answer in a session, a
 * module's link record. Each value is walked, every sealed string under another key is opened and
 * sealed again with the first key, and the value is written back only if it has not changed
 * since it was read (a compare-and-set), keeping its expiry. So it runs while Switchboard runs,
 * provided every running instance already knows both keys (the new one first).
 *
 * The store's layout is read directly (the kv table of src/platform/storage/sqliteStorage.ts, the
 * `kv:` strings of redisStorage.ts), because the Storage interface cannot write a value while
 * keeping its expiry. Logs are append-only: they are only searched, and a sealed value found
 * there is reported, not rewritten (none of Switchboard's logs holds one).
 */
import Database from "better-sqlite3";
import { Redis } from "ioredis";
import { type SecretBox, SecretBoxError } from "../src/platform/secrets/secretBox.js";

/** What a pass over the store found and did. */
export interface ResealReport {
  /** Sealed strings now under the current key that were under another. */
  resealed: number;
  /** Sealed strings that were already under the current key. */
  current: number;
  /** Sealed strings no known key opens (their key was dropped too early, or they are damaged). */
  unreadable: number;
  /** Sealed strings found in append-only logs (not rewritten). */
  inLogs: number;
  /** Values the running app rewrote between our read and our write, read and re-sealed again. */
  retried: number;
}

const SEALED = /^sb1\.([A-Za-z0-9_-]{1,32})\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
/** A value written meanwhile is read again; after this many tries it is left for the next run. */
const ATTEMPTS = 5;

const emptyReport = (): ResealReport => ({ resealed: 0, current: 0, unreadable: 0, inLogs: 0, retried: 0 });

interface Counts {
  resealed: number;
  current: number;
  unreadable: number;
}

/** `value` with every sealed string under another key sealed again under `box`'s key. */
function resealTree(value: unknown, box: SecretBox, counts: Counts): unknown {
  if (typeof value === "string") {
    const keyId = SEALED.exec(value)?.[1];
    if (keyId === undefined) return value;
    if (keyId === box.keyId) {
      counts.current++;
      return value;
    }
    try {
      const resealed = box.seal(box.open(value));
      counts.resealed++;
      return resealed;
    } catch (error) {
      if (!(error instanceof SecretBoxError)) throw error;
      counts.unreadable++;
      return value;
    }
  }
  if (Array.isArray(value)) return value.map((item) => resealTree(item, box, counts));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resealTree(v, box, counts)]));
  }
  return value;
}

/**
 * One stored JSON text, re-sealed: the new text (undefined when nothing changed) and the counts.
 * Exported for the tests; the stores below are its only callers.
 */
export function resealText(text: string, box: SecretBox): { text: string | undefined; counts: Counts } {
  const counts: Counts = { resealed: 0, current: 0, unreadable: 0 };
  // Cheap pre-check: most values (counters, markers, sessions without secrets) hold no sealed string.
  if (!text.includes('"sb1.')) return { text: undefined, counts };
  const value = resealTree(JSON.parse(text), box, counts);
  return { text: counts.resealed > 0 ? JSON.stringify(value) : undefined, counts };
}

/** Sealed strings in one log entry (counted, never rewritten). */
function sealedIn(text: string, box: SecretBox): number {
  if (!text.includes('"sb1.')) return 0;
  const { counts } = resealText(text, box);
  return counts.resealed + counts.current + counts.unreadable;
}

/**
 * Re-seals one value with compare-and-set: `read` gives the stored text (undefined once gone),
 * `swap(old, new)` writes only if the text is still `old`. Adds to `report`.
 */
async function resealOne(
  read: () => Promise<string | undefined> | string | undefined,
  swap: (old: string, next: string) => Promise<boolean> | boolean,
  box: SecretBox,
  report: ResealReport,
): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const text = await read();
    if (text === undefined) return;
    const { text: next, counts } = resealText(text, box);
    if (next === undefined || (await swap(text, next))) {
      report.resealed += counts.resealed;
      report.current += counts.current;
      report.unreadable += counts.unreadable;
      return;
    }
    report.retried++;
  }
  throw new Error("a value kept changing while it was re-sealed; run the command again");
}

/** Re-seals the SQLite store at `path` (the app may have it open: SQLite takes care of that). */
export async function resealSqlite(path: string, box: SecretBox): Promise<ResealReport> {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const report = emptyReport();
    const now = () => Date.now();
    const keys = db
      .prepare<{ now: number }, { key: string }>(
        "SELECT key FROM kv WHERE (expires_at IS NULL OR expires_at > @now) AND value LIKE '%\"sb1.%' ORDER BY key",
      )
      .all({ now: now() });
    const read = db.prepare<{ key: string }, { value: string }>("SELECT value FROM kv WHERE key = @key");
    const swap = db.prepare<{ key: string; old: string; next: string }>(
      "UPDATE kv SET value = @next WHERE key = @key AND value = @old",
    );
    for (const { key } of keys) {
      await resealOne(
        () => read.get({ key })?.value,
        (old, next) => swap.run({ key, old, next }).changes === 1,
        box,
        report,
      );
    }
    const entries = db
      .prepare<[], { entry: string }>("SELECT entry FROM log_entry WHERE entry LIKE '%\"sb1.%'")
      .all();
    for (const { entry } of entries) report.inLogs += sealedIn(entry, box);
    return report;
  } finally {
    db.close();
  }
}

// Writes `next` only while the key still holds `old`, keeping its expiry (KEEPTTL: Redis ≥ 6).
const SWAP_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
  return 1
end
return 0`;

/** Re-seals the Redis store at `url`, under the app's key prefix (`switchboard:` unless a test says). */
export async function resealRedis(
  url: string,
  box: SecretBox,
  keyPrefix = "switchboard:",
): Promise<ResealReport> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  client.on("error", () => {});
  await client.connect();
  try {
    const report = emptyReport();
    const keys: string[] = [];
    for await (const batch of client.scanStream({ match: `${escapeMatch(keyPrefix)}kv:*`, count: 500 })) {
      keys.push(...(batch as string[]));
    }
    for (const key of keys) {
      if ((await client.type(key)) !== "string") continue;
      await resealOne(
        async () => (await client.get(key)) ?? undefined,
        async (old, next) => (await client.eval(SWAP_SCRIPT, 1, key, old, next)) === 1,
        box,
        report,
      );
    }
    for await (const batch of client.scanStream({ match: `${escapeMatch(keyPrefix)}log:*`, count: 100 })) {
      for (const stream of batch as string[]) {
        if ((await client.type(stream)) !== "stream") continue;
        for (const [, fields] of await client.xrange(stream, "-", "+")) {
          report.inLogs += sealedIn(fields[1] ?? "", box);
        }
      }
    }
    return report;
  } finally {
    client.disconnect();
  }
}

/** SCAN MATCH treats `*?[]\` as pattern syntax; a backslash makes them literal. */
function escapeMatch(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}
