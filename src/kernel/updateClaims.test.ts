import { afterEach, describe, expect, it, vi } from "vitest";
import { openSqliteStorage } from "../platform/storage/sqliteStorage.js";
import type { Storage } from "../platform/storage/storage.js";
import { LEASE_MS, memoryClaims, storeClaims } from "./updateClaims.js";

describe("update claims in memory (SQLite, one process)", () => {
  it("a handled update is done, one being handled is busy; released, it may be taken again", () => {
    const claims = memoryClaims();
    expect(claims.ops("update:b:1")).toEqual([{ op: "get", key: "update:b:1" }]);
    expect(claims.take("update:b:1", [undefined])).toBe("take");
    expect(claims.take("update:b:1", [undefined])).toBe("busy"); // a redelivery while it runs
    expect(claims.take("update:b:2", ["done"])).toBe("done"); // handled before a restart
    claims.finish("update:b:1");
    expect(claims.take("update:b:1", [undefined])).toBe("done"); // handled, its marker on the way
    claims.release("update:b:1");
    expect(claims.take("update:b:1", ["done"])).toBe("done"); // its marker is written now
    expect(claims.take("update:b:1", [undefined])).toBe("take"); // the marker failed to be written
  });
});

describe("update claims as leases in a shared store", () => {
  const open: Storage[] = [];
  afterEach(async () => {
    vi.useRealTimers();
    for (const s of open.splice(0)) await s.close();
  });

  /** Runs the claim operations of `key` for `claims` against the store, as the kernel's batch does. */
  async function claim(storage: Storage, claims: ReturnType<typeof storeClaims>, key: string) {
    return claims.take(key, await storage.batch(claims.ops(key)));
  }

  it("one instance wins; the other sees busy while the lease lives, and done once it is marked", async () => {
    const storage = openSqliteStorage(":memory:");
    open.push(storage);
    const a = storeClaims(storage, "a");
    const b = storeClaims(storage, "b");
    expect(await claim(storage, a, "update:b:1")).toBe("take");
    expect(await claim(storage, b, "update:b:1")).toBe("busy");
    a.finish("update:b:1");
    expect(await claim(storage, a, "update:b:1")).toBe("done"); // this instance knows it is handled
    await storage.set("update:b:1", "done");
    a.release("update:b:1");
    expect(await claim(storage, b, "update:b:1")).toBe("done");
    a.close();
    b.close();
  });

  it("a dead holder's lease lapses and another instance takes the update over; a live one renews", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    const storage = openSqliteStorage(":memory:");
    open.push(storage);
    const dead = storeClaims(storage, "dead");
    const alive = storeClaims(storage, "alive");
    const other = storeClaims(storage, "other");
    expect(await claim(storage, dead, "update:b:1")).toBe("take");
    expect(await claim(storage, alive, "update:b:2")).toBe("take");
    dead.close(); // killed: it renews nothing any more
    await vi.advanceTimersByTimeAsync(LEASE_MS + 1_000);
    expect(await claim(storage, other, "update:b:1")).toBe("take"); // taken over
    expect(await claim(storage, other, "update:b:2")).toBe("busy"); // still renewed by its holder
    alive.close();
    other.close();
  });
});
