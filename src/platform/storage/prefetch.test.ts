import { describe, expect, it } from "vitest";
import { countStorageOperations } from "../../../test/support/countStorage.js";
import { createStorage } from "./createStorage.js";
import { runWithPrefetched, withPrefetch } from "./prefetch.js";

describe("prefetch", () => {
  it("a held key is read from memory while its update runs, and from the store once it ended", async () => {
    const storage = withPrefetch(await createStorage("sqlite::memory:"));
    await storage.set("k", { n: 1 });
    const ops = countStorageOperations(storage);
    const inside = await runWithPrefetched(storage, new Map([["k", { n: 1 }]]), async () => {
      const first = await storage.get<{ n: number }>("k");
      first!.n = 99; // the caller's copy: the next read is unchanged
      return [first, await storage.get("k"), await storage.get("absent")];
    });
    expect(inside).toEqual([{ n: 99 }, { n: 1 }, undefined]);
    expect(ops.byKey()).toEqual({ "get absent": 1 });
    await storage.get("k");
    expect(ops.byKey()).toEqual({ "get absent": 1, "get k": 1 });
    ops.restore();
    await storage.close();
  });

  it("a write of a held key drops it: the update reads its own write", async () => {
    const storage = withPrefetch(await createStorage("sqlite::memory:"));
    const read = await runWithPrefetched(storage, new Map([["k", 1]]), async () => {
      await storage.batch([{ op: "increment", key: "k", by: 5 }]);
      return storage.get("k");
    });
    expect(read).toBe(5);
    await storage.close();
  });

  it("two updates holding one key: it stays held until the last one ends", async () => {
    const storage = withPrefetch(await createStorage("sqlite::memory:"));
    let releaseFirst!: () => void;
    const first = runWithPrefetched(
      storage,
      new Map([["k", "held"]]),
      () => new Promise<void>((r) => (releaseFirst = r)),
    );
    const seen = await runWithPrefetched(storage, new Map([["k", "held"]]), () => storage.get("k"));
    expect(seen).toBe("held");
    expect(await storage.get("k")).toBe("held"); // the first update still holds it
    releaseFirst();
    await first;
    expect(await storage.get("k")).toBeUndefined();
    await storage.close();
  });
});
