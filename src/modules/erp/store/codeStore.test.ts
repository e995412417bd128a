/**
 * Link codes in the store (SQLite in memory, a manual clock): hashed at rest, stored once, single
 * use through a claim, burned past the guess budget, forgotten by the clean-up a day after expiry.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createStorage } from "../../../platform/storage/createStorage.js";
import type { Storage } from "../../../platform/storage/storage.js";
import { manualClock, T0 } from "../../../platform/tokens/vaultFixtures.js";
import { CodeStore } from "./codeStore.js";

const MIN = 60_000;
const storages: Storage[] = [];
afterEach(async () => {
  for (const storage of storages.splice(0)) await storage.close();
});

async function setup(guessBudget = 3) {
  const storage = await createStorage("sqlite::memory:");
  storages.push(storage);
  const clock = manualClock();
  const codes = new CodeStore({
    storage,
    key: (...parts) => ["erp", "test", ...parts].join(":"),
    pepper: "test-pepper",
    now: clock.now,
    guessBudget,
    claimMs: 5_000,
  });
  const code = (c: string, expiresInMs = 15 * MIN) =>
    codes.save({
      code: c,
      userId: 1,
      email: "ana@firma.ro",
      serverId: "main",
      expiresAt: clock.now() + expiresInMs,
    });
  return { storage, clock, codes, code };
}

describe("erp link codes in the store", () => {
  it("stored once under its hash: the code itself is nowhere in the store", async () => {
    const s = await setup();
    expect(await s.code("ABCD2345")).toBe(true);
    expect(await s.code("ABCD2345")).toBe(false);
    const keys = await s.storage.listKeys("erp:test:");
    expect(keys.join(" ")).not.toContain("ABCD2345");
    for (const key of keys) expect(JSON.stringify(await s.storage.get(key))).not.toContain("ABCD2345");
    expect(await s.codes.find("ABCD2345")).toMatchObject({
      state: "good",
      record: { userId: 1, email: "ana@firma.ro" },
    });
    expect(await s.codes.find("ABCD2346")).toBeUndefined();
  });

  it("single use: one claim at a time, and used once marked", async () => {
    const s = await setup();
    await s.code("ABCD2345");
    const found = (await s.codes.find("ABCD2345"))!;
    expect(await s.codes.claim(found.hash)).toBe(true);
    expect(await s.codes.claim(found.hash)).toBe(false);
    await s.codes.markUsed(found, 42);
    expect(await s.codes.find("ABCD2345")).toMatchObject({
      state: "used",
      record: { usedBy: 42, usedAt: T0 },
    });
  });

  it("expires after 15 minutes, by the clock", async () => {
    const s = await setup();
    await s.code("ABCD2345");
    s.clock.advance(15 * MIN - 1);
    expect((await s.codes.find("ABCD2345"))?.state).toBe("good");
    s.clock.advance(1);
    expect((await s.codes.find("ABCD2345"))?.state).toBe("expired");
  });

  it("a code absorbs the wrong guesses made while it is live, and is burned past the budget", async () => {
    const s = await setup(3);
    await s.codes.wrongGuess(); // before it existed: not its concern
    await s.code("ABCD2345");
    await s.codes.wrongGuess();
    await s.codes.wrongGuess();
    expect((await s.codes.find("ABCD2345"))?.state).toBe("good");
    await s.codes.wrongGuess();
    const found = (await s.codes.find("ABCD2345"))!;
    expect(found.state).toBe("burned");
    await s.codes.burn(found);
    expect((await s.codes.find("ABCD2345"))?.record.burnedAt).toBe(T0);
  });

  it("the clean-up forgets codes a day past their expiry, and only those", async () => {
    const s = await setup();
    await s.code("ABCD2345", 1 * MIN);
    await s.code("EFGH6789", 15 * MIN);
    expect(await s.codes.purge()).toBe(0);
    s.clock.advance(1 * MIN + 24 * 60 * MIN);
    expect(await s.codes.purge()).toBe(1);
    expect(await s.codes.find("ABCD2345")).toBeUndefined();
    expect((await s.codes.find("EFGH6789"))?.state).toBe("expired");
    expect(await s.codes.size()).toBe(1);
  });
});
