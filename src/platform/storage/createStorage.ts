/**
 * Chooses the storage implementation from `STORAGE_URL`, so nothing else in the code base knows
 * which store it talks to.
 */
import type { Logger } from "pino";
import { openRedisStorage } from "./redisStorage.js";
import { openSqliteStorage } from "./sqliteStorage.js";
import type { Storage } from "./storage.js";

/** The store the app uses when `STORAGE_URL` is not set. */
export const DEFAULT_STORAGE_URL = "sqlite:./data/switchboard.db";

/** Options for {@link createStorage}; each applies to the store named. */
export interface StorageOptions {
  logger?: Logger;
  /** Redis: namespace for every key (default `switchboard:`). */
  keyPrefix?: string;
  /** SQLite: how often expired rows are deleted (default 60 s). */
  purgeIntervalMs?: number;
}

/**
 * Opens the store named by `url`:
 * - `sqlite:<path>` — a file (its folder is created), e.g. `sqlite:./data/switchboard.db`;
 *   `sqlite::memory:` for a throw-away store in tests;
 * - `redis://…` or `rediss://…` — Redis (TLS for `rediss`), database number as the path.
 *
 * Rejects on an unknown scheme or an unreachable Redis. The caller owns the result and must
 * `close()` it.
 */
export async function createStorage(url: string, options: StorageOptions = {}): Promise<Storage> {
  if (url.startsWith("sqlite:")) return openSqliteStorage(url.slice("sqlite:".length), options);
  if (url.startsWith("redis://") || url.startsWith("rediss://")) return openRedisStorage(url, options);
  // Only the scheme is echoed: the rest of a URL may carry a password.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? "(none)";
  throw new Error(`STORAGE_URL must start with sqlite:, redis:// or rediss://; got scheme ${scheme}`);
}
