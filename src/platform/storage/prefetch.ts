/**
 * Reads done ahead, served within one update. The kernel reads the keys a module says it will
 * need for an update (its `prefetch`) in the same store round trip as its own reads; while that
 * update runs, `get` of one of those keys is answered from memory instead of the store. A write
 * of a key (set, delete, increment, setIfAbsent, or in a batch) drops it from the memory first,
 * so an update always reads its own writes.
 *
 * The values live in an AsyncLocalStorage scope of the update, never across updates: nothing
 * cached here can be stale beyond the update that read it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Storage } from "./storage.js";

const SCOPE = Symbol("prefetch scope");
const INNER = Symbol("the store behind");

type Prefetched = Map<string, unknown>;

interface PrefetchingStorage extends Storage {
  [SCOPE]: AsyncLocalStorage<Prefetched>;
  [INNER]: Storage;
}

/** The store, answering reads of prefetched keys from the current update's scope. */
export function withPrefetch(storage: Storage): Storage {
  const scope = new AsyncLocalStorage<Prefetched>();
  const forget = (key: string) => scope.getStore()?.delete(key);
  const wrapped: PrefetchingStorage = {
    ...storage,
    kind: storage.kind,
    [SCOPE]: scope,
    [INNER]: storage,
    async get<T>(key: string) {
      const values = scope.getStore();
      // A copy: a caller that mutates what it read must not change what the next read sees.
      if (values?.has(key)) return structuredClone(values.get(key)) as T | undefined;
      return storage.get<T>(key);
    },
    set(key, value, ttlMs) {
      forget(key);
      return storage.set(key, value, ttlMs);
    },
    delete(key) {
      forget(key);
      return storage.delete(key);
    },
    increment(key, by, ttlMs) {
      forget(key);
      return storage.increment(key, by, ttlMs);
    },
    setIfAbsent(key, value, ttlMs) {
      forget(key);
      return storage.setIfAbsent(key, value, ttlMs);
    },
    batch(ops) {
      for (const op of ops) if (op.op !== "get") forget(op.key);
      return storage.batch(ops);
    },
  };
  return wrapped;
}

/**
 * The store that really answers (what counts as a store operation): the one behind a
 * {@link withPrefetch} wrapper, or `storage` itself.
 */
export function storeBehind(storage: Storage): Storage {
  return (storage as Partial<PrefetchingStorage>)[INNER] ?? storage;
}

/**
 * Runs `fn` with `values` (key → value as read; undefined = absent) answering `get` on `storage`.
 * On a store not made by {@link withPrefetch} it just runs `fn`.
 */
export function runWithPrefetched<T>(storage: Storage, values: Prefetched, fn: () => Promise<T>): Promise<T> {
  const scope = (storage as Partial<PrefetchingStorage>)[SCOPE];
  return scope && values.size > 0 ? scope.run(values, fn) : fn();
}
