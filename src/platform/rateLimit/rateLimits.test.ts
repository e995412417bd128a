import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStorage } from "../storage/createStorage.js";
import type { Storage } from "../storage/storage.js";
import { createRateLimits } from "./rateLimits.js";

const MINUTE = 60_000;
/** A clock the tests move by hand; starts 10 s into a minute so window ends are easy to read. */
function manualClock(start = 1_700_000_000_000 - (1_700_000_000_000 % MINUTE) + 10_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

let storage: Storage;
beforeEach(async () => {
  storage = await createStorage("sqlite::memory:");
});
afterEach(async () => {
  await storage.close();
});

async function repeat<T>(n: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

describe("rate limits", () => {
  it("general: 30 updates a minute pass, the 31st is refused until the minute ends", async () => {
    const clock = manualClock();
    const limits = createRateLimits({ storage, now: clock.now });
    const decisions = await repeat(30, () => limits.general("bot:42"));
    expect(decisions.every((d) => d.allowed)).toBe(true);
    const refused = await limits.general("bot:42");
    expect(refused).toEqual({ allowed: false, retryAfterMs: 50_000 });
    expect(refused.retryAfterMs).toBeLessThanOrEqual(MINUTE);

    expect((await limits.general("bot:43")).allowed).toBe(true); // another user is not affected
    clock.advance(50_000);
    expect((await limits.general("bot:42")).allowed).toBe(true);
  });

  it("general: the limit is configurable", async () => {
    const limits = createRateLimits({ storage, generalPerMinute: 3, now: manualClock().now });
    const decisions = await repeat(4, () => limits.general("u"));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
  });

  it("login: 5 attempts a minute, the 6th is refused with the time left in the minute", async () => {
    const clock = manualClock();
    const limits = createRateLimits({ storage, now: clock.now });
    expect((await repeat(5, () => limits.loginAttempt("u"))).every((d) => d.allowed)).toBe(true);
    clock.advance(20_000);
    expect(await limits.loginAttempt("u")).toEqual({ allowed: false, retryAfterMs: 30_000 });
  });

  it("lockout: 5 failures lock the user out, even for the right secret, until the lockout passes", async () => {
    const clock = manualClock();
    const limits = createRateLimits({ storage, loginPerMinute: 100, now: clock.now });
    const failures = [];
    for (let i = 0; i < 5; i++) {
      expect((await limits.loginAttempt("u")).allowed).toBe(true);
      failures.push(await limits.loginFailed("u"));
    }
    expect(failures.map((d) => d.allowed)).toEqual([true, true, true, true, false]);
    expect(failures[4]).toEqual({ allowed: false, retryAfterMs: 15 * MINUTE });

    clock.advance(5 * MINUTE);
    expect(await limits.loginAttempt("u")).toEqual({ allowed: false, retryAfterMs: 10 * MINUTE });
    clock.advance(10 * MINUTE - 1);
    expect(await limits.loginAttempt("u")).toEqual({ allowed: false, retryAfterMs: 1 });
    clock.advance(1);
    expect((await limits.loginAttempt("u")).allowed).toBe(true);
    // After the lockout the count starts again: one more failure does not lock.
    expect((await limits.loginFailed("u")).allowed).toBe(true);
  });

  it("lockout: a success resets the failure count", async () => {
    const limits = createRateLimits({ storage, loginPerMinute: 100, now: manualClock().now });
    await repeat(4, () => limits.loginFailed("u"));
    await limits.loginSucceeded("u");
    const after = await repeat(4, () => limits.loginFailed("u"));
    expect(after.every((d) => d.allowed)).toBe(true);
    expect((await limits.loginAttempt("u")).allowed).toBe(true);
    expect((await limits.loginFailed("u")).allowed).toBe(false);
  });

  it("two instances on two connections to the same store share counts and lockouts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ratelimit-"));
    const url = `sqlite:${join(dir, "shared.db")}`;
    const [a, b] = [await createStorage(url), await createStorage(url)];
    try {
      const clock = manualClock();
      const one = createRateLimits({ storage: a, generalPerMinute: 10, now: clock.now });
      const two = createRateLimits({ storage: b, generalPerMinute: 10, now: clock.now });
      await repeat(5, () => one.general("u"));
      await repeat(5, () => two.general("u"));
      expect((await one.general("u")).allowed).toBe(false);
      expect((await two.general("u")).allowed).toBe(false);

      await repeat(3, () => one.loginFailed("v"));
      await repeat(2, () => two.loginFailed("v"));
      expect((await one.loginAttempt("v")).allowed).toBe(false);
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
