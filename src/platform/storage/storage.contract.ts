/**
 * The behaviour every Storage implementation must have, as one vitest suite. Each implementation's
 * test file calls {@link describeStorageContract} with a way to open its store, so SQLite and Redis
 * are held to exactly the same expectations.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Storage } from "./storage.js";

/** How the contract reaches a store under test. */
export interface StorageUnderTest {
  /**
   * Opens a new connection/handle on the same data each time it is called (same file, same Redis
   * key prefix), so the suite can check persistence and cross-instance atomicity.
   */
  open(): Promise<Storage>;
}

let keyCounter = 0;
/** A key namespace unique to one test, so tests sharing a store never see each other's keys. */
function scope(): string {
  keyCounter += 1;
  return `contract${keyCounter}:`;
}

/** Registers the storage contract suite under `name`. */
export function describeStorageContract(name: string, subject: StorageUnderTest): void {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    let second: Storage;

    beforeAll(async () => {
      storage = await subject.open();
      second = await subject.open();
    });
    afterAll(async () => {
      await storage?.close();
      await second?.close();
    });

    it("get: a key never written reads as undefined", async () => {
      expect(await storage.get(`${scope()}missing`)).toBeUndefined();
    });

    it("set/get: JSON values round-trip unchanged", async () => {
      const s = scope();
      const values = [
        { a: 1, nested: { list: [1, "two", null] } },
        [1, 2],
        "text",
        42,
        1.5,
        true,
        false,
        null,
      ];
      for (const [index, value] of values.entries()) await storage.set(`${s}${index}`, value);
      for (const [index, value] of values.entries()) expect(await storage.get(`${s}${index}`)).toEqual(value);
    });

    it("set: a value written by one instance is read by another", async () => {
      const s = scope();
      await storage.set(`${s}k`, { shared: true });
      expect(await second.get(`${s}k`)).toEqual({ shared: true });
    });

    it("set: overwrites the value, and a set without TTL clears an earlier TTL", async () => {
      const s = scope();
      await storage.set(`${s}k`, "old", 60);
      await storage.set(`${s}k`, "new");
      await sleep(100);
      expect(await storage.get(`${s}k`)).toBe("new");
    });

    it("set: rejects undefined values and non-positive TTLs", async () => {
      const s = scope();
      await expect(storage.set(`${s}k`, undefined)).rejects.toThrow(TypeError);
      await expect(storage.set(`${s}k`, 1, 0)).rejects.toThrow(RangeError);
      await expect(storage.set(`${s}k`, 1, -5)).rejects.toThrow(RangeError);
    });

    it("set with TTL: present before expiry, absent after", async () => {
      const s = scope();
      await storage.set(`${s}k`, "v", 80);
      expect(await storage.get(`${s}k`)).toBe("v");
      await sleep(130);
      expect(await storage.get(`${s}k`)).toBeUndefined();
    });

    it("delete: true when a live key was removed, false when absent or expired", async () => {
      const s = scope();
      await storage.set(`${s}live`, 1);
      await storage.set(`${s}expired`, 1, 30);
      await sleep(60);
      expect(await storage.delete(`${s}live`)).toBe(true);
      expect(await storage.get(`${s}live`)).toBeUndefined();
      expect(await storage.delete(`${s}live`)).toBe(false);
      expect(await storage.delete(`${s}expired`)).toBe(false);
      expect(await storage.delete(`${s}never`)).toBe(false);
    });

    it("increment: starts from 0, adds 1 by default or `by`, and reads back as a number", async () => {
      const s = scope();
      expect(await storage.increment(`${s}n`)).toBe(1);
      expect(await storage.increment(`${s}n`, 5)).toBe(6);
      expect(await storage.increment(`${s}n`, -2)).toBe(4);
      expect(await storage.get(`${s}n`)).toBe(4);
      await storage.set(`${s}preset`, 10);
      expect(await storage.increment(`${s}preset`, 3)).toBe(13);
    });

    it("increment: rejects a non-integer step and a key holding a non-integer", async () => {
      const s = scope();
      await expect(storage.increment(`${s}n`, 1.5)).rejects.toThrow(RangeError);
      await storage.set(`${s}object`, { count: 1 });
      await expect(storage.increment(`${s}object`)).rejects.toThrow();
      expect(await storage.get(`${s}object`)).toEqual({ count: 1 });
    });

    it("increment with TTL: a fixed window that later increments do not extend", async () => {
      const s = scope();
      expect(await storage.increment(`${s}w`, 1, 150)).toBe(1);
      await sleep(90);
      expect(await storage.increment(`${s}w`, 1, 150)).toBe(2);
      await sleep(100); // 190 ms after creation: past the first window even though the last hit was 100 ms ago
      expect(await storage.get(`${s}w`)).toBeUndefined();
      expect(await storage.increment(`${s}w`, 1, 150)).toBe(1);
    });

    it("increment: 200 concurrent calls from two instances count exactly 200", async () => {
      const s = scope();
      const calls = Array.from({ length: 200 }, (_, i) =>
        (i % 2 === 0 ? storage : second).increment(`${s}n`, 1, 10_000),
      );
      const results = await Promise.all(calls);
      expect(await storage.get(`${s}n`)).toBe(200);
      expect(new Set(results).size).toBe(200);
      expect(Math.max(...results)).toBe(200);
    });

    it("setIfAbsent: only the first writer wins and the value is not overwritten", async () => {
      const s = scope();
      expect(await storage.setIfAbsent(`${s}lock`, "first")).toBe(true);
      expect(await storage.setIfAbsent(`${s}lock`, "second")).toBe(false);
      expect(await storage.get(`${s}lock`)).toBe("first");
    });

    it("setIfAbsent: an expired key can be taken again", async () => {
      const s = scope();
      expect(await storage.setIfAbsent(`${s}lock`, "a", 50)).toBe(true);
      expect(await storage.setIfAbsent(`${s}lock`, "b", 50)).toBe(false);
      await sleep(90);
      expect(await storage.setIfAbsent(`${s}lock`, "c", 1000)).toBe(true);
      expect(await storage.get(`${s}lock`)).toBe("c");
    });

    it("setIfAbsent: exactly one of 50 concurrent callers on two instances wins", async () => {
      const s = scope();
      const attempts = Array.from({ length: 50 }, (_, i) =>
        (i % 2 === 0 ? storage : second).setIfAbsent(`${s}lock`, i, 10_000),
      );
      const won = (await Promise.all(attempts)).filter(Boolean);
      expect(won).toHaveLength(1);
    });

    it("listKeys: keys under the prefix, sorted, without expired ones or other prefixes", async () => {
      const s = scope();
      await storage.set(`${s}user:3`, 1);
      await storage.set(`${s}user:1`, 1);
      await storage.set(`${s}user:2`, 1, 10_000);
      await storage.set(`${s}user:gone`, 1, 30);
      await storage.set(`${s}users`, 1);
      await storage.set(`${s}other:1`, 1);
      await storage.append(`${s}user:log`, "a log is not a key");
      await sleep(60);
      expect(await storage.listKeys(`${s}user:`)).toEqual([`${s}user:1`, `${s}user:2`, `${s}user:3`]);
      expect(await storage.listKeys(`${s}nothing:`)).toEqual([]);
    });

    it("listKeys: pattern characters in the prefix match literally", async () => {
      const s = scope();
      await storage.set(`${s}a*[b]?:1`, 1);
      await storage.set(`${s}aX[b]?:2`, 1);
      await storage.set(`${s}a*b:3`, 1);
      expect(await storage.listKeys(`${s}a*[b]?:`)).toEqual([`${s}a*[b]?:1`]);
    });

    it("append: sequence numbers start at 1 and increase per log", async () => {
      const s = scope();
      expect(await storage.append(`${s}log`, { n: 1 })).toBe(1);
      expect(await storage.append(`${s}log`, { n: 2 })).toBe(2);
      expect(await storage.append(`${s}other`, "x")).toBe(1);
      expect(await storage.append(`${s}log`, { n: 3 })).toBe(3);
    });

    it("append: 100 concurrent appends from two instances get distinct seqs 1..100", async () => {
      const s = scope();
      const seqs = await Promise.all(
        Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? storage : second).append(`${s}log`, i)),
      );
      expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      const entries = await storage.range<number>(`${s}log`);
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      expect(new Set(entries.map((e) => e.entry)).size).toBe(100);
    });

    it("range: whole log, [from, to] inclusive, limit, and reverse", async () => {
      const s = scope();
      for (const letter of ["a", "b", "c", "d", "e"]) await storage.append(`${s}log`, letter);
      const pairs = (list: Array<{ seq: number; entry: unknown }>) => list.map((e) => [e.seq, e.entry]);
      expect(pairs(await storage.range(`${s}log`))).toEqual([
        [1, "a"],
        [2, "b"],
        [3, "c"],
        [4, "d"],
        [5, "e"],
      ]);
      expect(pairs(await storage.range(`${s}log`, { fromSeq: 2, toSeq: 4 }))).toEqual([
        [2, "b"],
        [3, "c"],
        [4, "d"],
      ]);
      expect(pairs(await storage.range(`${s}log`, { fromSeq: 3 }))).toEqual([
        [3, "c"],
        [4, "d"],
        [5, "e"],
      ]);
      expect(pairs(await storage.range(`${s}log`, { toSeq: 2 }))).toEqual([
        [1, "a"],
        [2, "b"],
      ]);
      expect(pairs(await storage.range(`${s}log`, { fromSeq: 2, limit: 2 }))).toEqual([
        [2, "b"],
        [3, "c"],
      ]);
      expect(pairs(await storage.range(`${s}log`, { reverse: true, limit: 2 }))).toEqual([
        [5, "e"],
        [4, "d"],
      ]);
      expect(pairs(await storage.range(`${s}log`, { reverse: true, toSeq: 3, fromSeq: 2 }))).toEqual([
        [3, "c"],
        [2, "b"],
      ]);
      expect(await storage.range(`${s}log`, { limit: 0 })).toEqual([]);
      expect(await storage.range(`${s}log`, { fromSeq: 4, toSeq: 2 })).toEqual([]);
      expect(await storage.range(`${s}log`, { fromSeq: 6 })).toEqual([]);
      expect(await storage.range(`${s}empty`)).toEqual([]);
    });

    it("logs and keys are separate namespaces", async () => {
      const s = scope();
      await storage.set(`${s}name`, "a key");
      await storage.append(`${s}name`, "a log entry");
      expect(await storage.get(`${s}name`)).toBe("a key");
      expect((await storage.range(`${s}name`)).map((e) => e.entry)).toEqual(["a log entry"]);
      await storage.delete(`${s}name`);
      expect(await storage.range(`${s}name`)).toHaveLength(1);
    });

    it("batch: runs each operation as its own method would, results in order", async () => {
      const s = scope();
      await storage.set(`${s}old`, { v: 1 });
      await storage.set(`${s}gone`, 1);
      const results = await storage.batch([
        { op: "get", key: `${s}old` },
        { op: "get", key: `${s}missing` },
        { op: "set", key: `${s}new`, value: ["x"], ttlMs: 60_000 },
        { op: "increment", key: `${s}count`, by: 5 },
        { op: "increment", key: `${s}count` },
        { op: "setIfAbsent", key: `${s}old`, value: "no" },
        { op: "setIfAbsent", key: `${s}lock`, value: "yes" },
        { op: "delete", key: `${s}gone` },
        { op: "delete", key: `${s}never` },
        { op: "get", key: `${s}new` },
      ]);
      expect(results).toEqual([{ v: 1 }, undefined, undefined, 5, 6, false, true, true, false, ["x"]]);
      expect(await second.get(`${s}lock`)).toBe("yes");
      expect(await second.get(`${s}count`)).toBe(6);
      expect(await storage.batch([])).toEqual([]);
    });

    it("batch: a TTL given in a batch expires like one given to set", async () => {
      const s = scope();
      await storage.batch([{ op: "set", key: `${s}k`, value: 1, ttlMs: 50 }]);
      expect(await storage.get(`${s}k`)).toBe(1);
      await sleep(80);
      expect(await storage.get(`${s}k`)).toBeUndefined();
    });

    it("batch: rejects the same bad arguments as the single calls", async () => {
      const s = scope();
      await expect(storage.batch([{ op: "set", key: `${s}k`, value: undefined }])).rejects.toThrow();
      await expect(storage.batch([{ op: "increment", key: `${s}k`, by: 1.5 }])).rejects.toThrow(RangeError);
    });

    it("sets: add and remove report change, members are sorted, sets are their own namespace", async () => {
      const s = scope();
      expect(await storage.addToSet(`${s}set`, "b")).toBe(true);
      expect(await storage.addToSet(`${s}set`, "a")).toBe(true);
      expect(await second.addToSet(`${s}set`, "b")).toBe(false);
      expect(await storage.members(`${s}set`)).toEqual(["a", "b"]);
      expect(await storage.get(`${s}set`)).toBeUndefined();
      expect(await storage.removeFromSet(`${s}set`, "a")).toBe(true);
      expect(await storage.removeFromSet(`${s}set`, "a")).toBe(false);
      expect(await second.members(`${s}set`)).toEqual(["b"]);
      expect(await storage.members(`${s}empty`)).toEqual([]);
    });

    it("ping: resolves on a working store", async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
    });

    it("close: data survives close and reopen; close twice is fine; calls after close reject", async () => {
      const s = scope();
      const temporary = await subject.open();
      await temporary.set(`${s}kept`, { v: 1 });
      await temporary.append(`${s}log`, "kept");
      await temporary.close();
      await temporary.close();
      await expect(temporary.get(`${s}kept`)).rejects.toThrow();
      const reopened = await subject.open();
      try {
        expect(await reopened.get(`${s}kept`)).toEqual({ v: 1 });
        expect(await reopened.range(`${s}log`)).toEqual([{ seq: 1, entry: "kept" }]);
        expect(await reopened.append(`${s}log`, "next")).toBe(2);
      } finally {
        await reopened.close();
      }
    });
  });
}
