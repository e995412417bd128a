/**
 * Counts the operations that reach a store, by operation and by key pattern: the benchmarks print
 * store operations per update with it, and a test can assert on them the same way.
 *
 *     const ops = countStorageOperations(services.storage);
 *     await bot.handleUpdate(update);
 *     ops.total();       // 3: round trips to the store
 *     ops.byOperation(); // { batch: 2, get: 1 }
 *     ops.byKey();       // { "batch › get session:netmon:#": 1, "get netmon:netmon:choice:#": 1, … }
 *
 * What is counted is the store behind the kernel's prefetching wrapper (`storeBehind`): a read
 * answered from an update's prefetched values is no store operation. A `batch` counts as one
 * operation (one round trip); the operations it carries are listed under it in `byKey`.
 *
 * The methods are wrapped on the store object itself, so everything that already holds it
 * (kernel, rate limits, audit, jobs, modules) is counted without building the services anew.
 * `restore()` puts the original methods back.
 */
import { storeBehind } from "../../src/platform/storage/prefetch.js";
import type { Storage, StorageOp } from "../../src/platform/storage/storage.js";

export interface StorageOperationCounter {
  /** Calls since the last reset, by method (`get`, `batch`, …); methods not called are absent. */
  byOperation(): Record<string, number>;
  /**
   * Calls by method and key pattern, where numbers in the key (chat, user and update ids, time
   * windows) read `#`: `"get session:netmon:#"`; operations inside a batch read
   * `"batch › set update:netmon:#"`.
   */
  byKey(): Record<string, number>;
  /** Every call: round trips to the store. */
  total(): number;
  reset(): void;
  restore(): void;
}

/** A key with its ids blanked out: `session:netmon:-100123` → `session:netmon:#`. */
export function keyPattern(key: string): string {
  return key
    .split(":")
    .map((part) => (/^-?\d+$/.test(part) ? "#" : part))
    .join(":");
}

type Method = (...args: unknown[]) => unknown;

/** Function-valued properties of the object and its prototypes (a class-based store too). */
function methodNames(target: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (name !== "constructor" && typeof (target as Record<string, unknown>)[name] === "function") {
        names.add(name);
      }
    }
  }
  return [...names];
}

export function countStorageOperations(storage: Storage): StorageOperationCounter {
  const store = storeBehind(storage) as unknown as Record<string, Method>;
  let operations = new Map<string, number>();
  // Raw "<operation> <key>" as called; patterns are worked out when asked, so counting costs the
  // measured code next to nothing.
  let calls: string[] = [];
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const originals = new Map<string, { own: boolean; method: Method }>();
  for (const name of methodNames(store)) {
    const method = store[name]!;
    originals.set(name, { own: Object.hasOwn(store, name), method });
    store[name] = (...args: unknown[]) => {
      bump(operations, name);
      if (name === "batch" && Array.isArray(args[0])) {
        for (const op of args[0] as StorageOp[]) calls.push(`batch › ${op.op} ${op.key}`);
      } else {
        calls.push(typeof args[0] === "string" ? `${name} ${args[0]}` : name);
      }
      return method.apply(store, args);
    };
  }
  return {
    byOperation: () => Object.fromEntries(operations),
    byKey: () => {
      const keys = new Map<string, number>();
      for (const call of calls) {
        const space = call.lastIndexOf(" ");
        bump(keys, space < 0 ? call : `${call.slice(0, space)} ${keyPattern(call.slice(space + 1))}`);
      }
      return Object.fromEntries(keys);
    },
    total: () => [...operations.values()].reduce((sum, n) => sum + n, 0),
    reset() {
      operations = new Map();
      calls = [];
    },
    restore() {
      for (const [name, { own, method }] of originals) {
        if (own) store[name] = method;
        else delete store[name];
      }
    },
  };
}
