/** A link code's life, exactly: the expiry the backend may send, good/expired/used/burned, the clean-up's memory. */
import { describe, expect, it } from "vitest";
import { type CodeRecord, codeState, expiryProblem, isForgettable } from "./codeRules.js";

const T0 = Date.UTC(2025, 2, 5, 12);
const MIN = 60_000;
const record = (overrides: Partial<CodeRecord> = {}): CodeRecord => ({
  userId: 1,
  email: "ana@firma.ro",
  serverId: "main",
  expiresAt: T0 + 15 * MIN,
  savedAt: T0,
  wrongAtSave: 40,
  ...overrides,
});

describe("link codes: what the backend may hand over", () => {
  it("an expiry in the future, at most 15 minutes ahead (30 s of clock skew allowed)", () => {
    expect(expiryProblem(T0 + 15 * MIN, T0)).toBeUndefined();
    expect(expiryProblem(T0 + 15 * MIN + 30_000, T0)).toBeUndefined();
    expect(expiryProblem(T0 + 15 * MIN + 30_001, T0)).toBe("is more than 15 minutes ahead");
    expect(expiryProblem(T0 + 1, T0)).toBeUndefined();
    expect(expiryProblem(T0, T0)).toBe("is in the past");
    expect(expiryProblem(Number.NaN, T0)).toBe("must be an ISO 8601 date-time");
  });
});

describe("link codes: what a presented code is", () => {
  it("good until it expires, to the millisecond", () => {
    expect(codeState(record(), T0 + 15 * MIN - 1, 40, 200)).toBe("good");
    expect(codeState(record(), T0 + 15 * MIN, 40, 200)).toBe("expired");
  });

  it("used and burned stay so, expired or not", () => {
    expect(codeState(record({ usedAt: T0 + MIN }), T0 + 2 * MIN, 40, 200)).toBe("used");
    expect(codeState(record({ usedAt: T0 + MIN }), T0 + 20 * MIN, 40, 200)).toBe("used");
    expect(codeState(record({ burnedAt: T0 + MIN }), T0 + 20 * MIN, 40, 200)).toBe("burned");
  });

  it("burned once it absorbed its budget of wrong guesses made on the bot while live", () => {
    expect(codeState(record(), T0 + MIN, 40 + 199, 200)).toBe("good");
    expect(codeState(record(), T0 + MIN, 40 + 200, 200)).toBe("burned");
    // Wrong guesses before it was stored do not count against it.
    expect(codeState(record({ wrongAtSave: 1000 }), T0 + MIN, 1000, 200)).toBe("good");
  });

  it("remembered a day after its expiry, then forgotten by the clean-up", () => {
    const day = 24 * 60 * MIN;
    expect(isForgettable(record(), T0 + 15 * MIN + day - 1)).toBe(false);
    expect(isForgettable(record(), T0 + 15 * MIN + day)).toBe(true);
  });
});
