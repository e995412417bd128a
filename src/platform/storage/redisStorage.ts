/**
 * The shared store for several instances: Redis through ioredis. Key/value entries are plain
 * strings holding JSON, with Redis' own expiry; counters and logs use small Lua scripts so each
 * call is one atomic round-trip. Logs are streams whose entry ids are `<seq>-0`, so a range read
 * by sequence number is a plain XRANGE/XREVRANGE.
 *
 * Layout under the key prefix (default `switchboard:`): `kv:<key>`, `set:<key>` (a Redis set),
 * `log:<name>` (stream) and `logseq:<name>` (its counter). Keeping them apart mirrors the SQLite tables.
 */
import { Redis } from "ioredis";
import type { Logger } from "pino";
import type { BatchResults, Storage, StorageOp } from "./storage.js";
import { checkIncrement, checkTtl, encodeValue, rangeBounds } from "./storageArguments.js";

/** Options for {@link openRedisStorage}. */
export interface RedisStorageOptions {
  logger?: Logger;
  /**
   * Namespace for every Redis key this store writes (default `switchboard:`), so one Redis can
   * serve several deployments or test suites without collisions.
   */
  keyPrefix?: string;
}

// EXISTS before INCRBY tells whether this call created the counter: only then is the TTL set,
// which makes the window fixed rather than sliding.
const INCREMENT_SCRIPT = `
local existed = redis.call('EXISTS', KEYS[1])
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if existed == 0 and tonumber(ARGV[2]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return value`;

const APPEND_SCRIPT = `
local seq = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[1], seq .. '-0', 'e', ARGV[1])
return seq`;

/** The Lua commands registered with `defineCommand`, typed for our use. */
interface ScriptedRedis extends Redis {
  sbIncrement(key: string, by: number, ttlMs: number): Promise<number>;
  sbAppend(stream: string, counter: string, entry: string): Promise<number>;
}

type StreamEntry = [id: string, fields: string[]];

/** SCAN MATCH treats `*?[]\` as pattern syntax; a backslash makes them literal. */
function matchLiteral(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

/** The URL without its password, for log lines. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "redis://(unparseable URL)";
  }
}

const PING_TIMEOUT_MS = 2000;

/**
 * Connects to Redis at `url` (`redis://` or `rediss://`, db number as the path) and resolves once
 * the connection is ready; rejects when Redis cannot be reached, so start-up fails in one clear line.
 */
export async function openRedisStorage(url: string, options: RedisStorageOptions = {}): Promise<Storage> {
  const ns = options.keyPrefix ?? "switchboard:";
  // A bounded retry count makes calls fail while Redis is down instead of queueing forever.
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 }) as ScriptedRedis;
  client.on("error", (error) => options.logger?.warn({ err: error }, "storage: redis connection error"));
  client.defineCommand("sbIncrement", { numberOfKeys: 1, lua: INCREMENT_SCRIPT });
  client.defineCommand("sbAppend", { numberOfKeys: 2, lua: APPEND_SCRIPT });
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new Error(`storage: cannot connect to Redis at ${redactRedisUrl(url)}`, { cause: error });
  }
  options.logger?.info({ url: redactRedisUrl(url) }, "storage: redis connected");

  const kv = (key: string) => `${ns}kv:${key}`;
  const stream = (log: string) => `${ns}log:${log}`;
  const counter = (log: string) => `${ns}logseq:${log}`;
  const set = (key: string) => `${ns}set:${key}`;

  /** Queues one operation on a pipeline, as the single-call methods below send it. */
  function queue(pipeline: ReturnType<Redis["pipeline"]>, op: StorageOp): void {
    switch (op.op) {
      case "get":
        pipeline.get(kv(op.key));
        return;
      case "set": {
        const ttl = checkTtl(op.ttlMs);
        if (ttl) pipeline.set(kv(op.key), encodeValue(op.value), "PX", ttl);
        else pipeline.set(kv(op.key), encodeValue(op.value));
        return;
      }
      case "delete":
        pipeline.del(kv(op.key));
        return;
      case "increment":
        (pipeline as unknown as ScriptedRedis).sbIncrement(
          kv(op.key),
          checkIncrement(op.by ?? 1),
          checkTtl(op.ttlMs) ?? 0,
        );
        return;
      case "setIfAbsent": {
        const ttl = checkTtl(op.ttlMs);
        if (ttl) pipeline.set(kv(op.key), encodeValue(op.value), "PX", ttl, "NX");
        else pipeline.set(kv(op.key), encodeValue(op.value), "NX");
        return;
      }
    }
  }

  /** A reply as the single-call method of that operation returns it. */
  function result(op: StorageOp, reply: unknown): unknown {
    switch (op.op) {
      case "get":
        return reply === null ? undefined : JSON.parse(reply as string);
      case "set":
        return undefined;
      case "delete":
        return (reply as number) > 0;
      case "increment":
        return Number(reply);
      case "setIfAbsent":
        return reply === "OK";
    }
  }
  let closed = false;

  return {
    kind: "redis",
    async get<T>(key: string) {
      const text = await client.get(kv(key));
      return text === null ? undefined : (JSON.parse(text) as T);
    },
    async set(key, value, ttlMs) {
      const ttl = checkTtl(ttlMs);
      const text = encodeValue(value);
      if (ttl) await client.set(kv(key), text, "PX", ttl);
      else await client.set(kv(key), text);
    },
    async delete(key) {
      return (await client.del(kv(key))) > 0;
    },
    async increment(key, by = 1, ttlMs) {
      return Number(await client.sbIncrement(kv(key), checkIncrement(by), checkTtl(ttlMs) ?? 0));
    },
    async setIfAbsent(key, value, ttlMs) {
      const ttl = checkTtl(ttlMs);
      const text = encodeValue(value);
      const reply = ttl
        ? await client.set(kv(key), text, "PX", ttl, "NX")
        : await client.set(kv(key), text, "NX");
      return reply === "OK";
    },
    async batch<const Ops extends readonly StorageOp[]>(ops: Ops) {
      if (closed) throw new Error("storage: closed");
      const pipeline = client.pipeline();
      for (const op of ops) queue(pipeline, op);
      const replies = (await pipeline.exec()) ?? [];
      return ops.map((op, index) => {
        const [error, reply] = replies[index] ?? [new Error("storage: no reply"), null];
        if (error) throw error;
        return result(op, reply);
      }) as BatchResults<Ops>;
    },
    async addToSet(key, member) {
      return (await client.sadd(set(key), member)) === 1;
    },
    async removeFromSet(key, member) {
      return (await client.srem(set(key), member)) === 1;
    },
    async members(key) {
      return (await client.smembers(set(key))).sort();
    },
    async listKeys(prefix) {
      // SCAN, never KEYS: it does not block Redis on a large keyspace. It may return a key twice,
      // and it skips keys that have logically expired.
      const strip = kv("").length;
      const found = new Set<string>();
      const scan = client.scanStream({ match: `${matchLiteral(kv(prefix))}*`, count: 500 });
      for await (const batch of scan as AsyncIterable<string[]>) {
        for (const key of batch) found.add(key.slice(strip));
      }
      return [...found].sort();
    },
    async append(log, entry) {
      return Number(await client.sbAppend(stream(log), counter(log), encodeValue(entry)));
    },
    async range<T>(
      log: string,
      options: { fromSeq?: number; toSeq?: number; limit?: number; reverse?: boolean } = {},
    ) {
      const { fromSeq, toSeq, limit, reverse } = rangeBounds(options);
      if (limit === 0 || fromSeq > toSeq) return [];
      const start = `${fromSeq}-0`;
      const end = toSeq >= Number.MAX_SAFE_INTEGER ? "+" : `${toSeq}-0`;
      const key = stream(log);
      const [first, last] = reverse ? [end, start] : [start, end];
      const read = (reverse ? client.xrevrange : client.xrange).bind(client);
      const entries: StreamEntry[] =
        limit === undefined ? await read(key, first, last) : await read(key, first, last, "COUNT", limit);
      return entries.map(([id, fields]) => ({
        seq: Number(id.slice(0, id.indexOf("-"))),
        entry: JSON.parse(fields[1]!) as T,
      }));
    },
    async ping() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("storage: redis ping timed out")), PING_TIMEOUT_MS);
      });
      try {
        await Promise.race([client.ping(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      // QUIT waits for pending replies, so in-flight writes are not lost.
      await client.quit().catch(() => client.disconnect());
    },
  };
}
