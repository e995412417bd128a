/**
 * Reads done ahead, served while the update that read them runs. The kernel reads the keys a
 * module says it will need for an update (its `prefetch`) in the same store round trip as its own
 * reads, and holds them here until the update ends; `get` of a held key is answered from memory.
 * A write of a key through this store (set, delete, increment, setIfAbsent, or in a batch) drops
 * it first, so an update always reads its own writes.
 *
 * A held value is as fresh as a read made at the start of the update that holds it, and nothing is
 * held once the last update holding it has ended. (Held per key rather than in an
 * AsyncLocalStorage scope: that turns on promise hooks for every promise of the process, which
 * cost more than the reads it saved.)
 */
import type { Storage } from "./storage.js";

const HOLD = Symbol("hold prefetched values");
const INNER = Symbol("the store behind");

interface Held {
  value: unknown;
  holders: number;
}

interface PrefetchingStorage extends Storage {
  /** Holds `values` until the returned release is called. */
  [HOLD]: (values: ReadonlyMap<string, unknown>) => () => void;
  [INNER]: Storage;
}

/** The store, answering reads of held keys from memory. */
export function withPrefetch(storage: Storage): Storage {
  const held = new Map<string, Held>();
  const forget = (key: string) => held.delete(key);
  const wrapped: PrefetchingStorage = {
    ...storage,
    kind: storage.kind,
    [INNER]: storage,
    [HOLD]: (values) => {
      for (const [key, value] of values) {
        const entry = held.get(key);
        if (entry) {
          entry.value = value;
          entry.holders += 1;
        } else held.set(key, { value, holders: 1 });
      }
      return () => {
        for (const key of values.keys()) {
          const entry = held.get(key);
          if (entry && --entry.holders <= 0) held.delete(key);
        }
      };
    },
    async get<T>(key: string) {
      const entry = held.get(key);
      // A copy: a caller that mutates what it read must not change what the next read sees.
      if (entry) return structuredClone(entry.value) as T | undefined;
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
 * Runs `fn` with `values` (key → value as read; undefined = absent) answering `get` on `storage`
 * until it settles. On a store not made by {@link withPrefetch} it just runs `fn`.
 */
export async function runWithPrefetched<T>(
  storage: Storage,
  values: ReadonlyMap<string, unknown>,
  fn: () => Promise<T>,
): Promise<T> {
  const hold = (storage as Partial<PrefetchingStorage>)[HOLD];
  if (!hold || values.size === 0) return fn();
  const release = hold(values);
  try {
    return await fn();
  } finally {
    release();
  }
}
