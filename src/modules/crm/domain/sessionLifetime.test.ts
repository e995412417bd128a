import { describe, expect, it } from "vitest";
import {
  isSessionOver,
  isTouchDue,
  jwtDeadline,
  sessionEndsAt,
  TOUCH_INTERVAL_MS,
  UNKNOWN_JWT_LIFETIME_MS,
} from "./sessionLifetime.js";

const T0 = 1_700_000_000_000;
const DAY = 86_400_000;

describe("session lifetime", () => {
  it("ends exactly REDIS_SESSION_TTL after the last recorded activity", () => {
    const times = { createdAt: T0, lastActivity: T0 + 5_000 };
    expect(sessionEndsAt(times, DAY)).toBe(T0 + 5_000 + DAY);
    expect(isSessionOver(times, DAY, T0 + 5_000 + DAY - 1)).toBe(false);
    expect(isSessionOver(times, DAY, T0 + 5_000 + DAY)).toBe(true);
  });

  it("activity is written at most once a minute: 59 999 ms after the last, no; 60 000 ms, yes", () => {
    const times = { createdAt: T0, lastActivity: T0 };
    expect(TOUCH_INTERVAL_MS).toBe(60_000);
    expect(isTouchDue(times, T0)).toBe(false);
    expect(isTouchDue(times, T0 + 59_999)).toBe(false);
    expect(isTouchDue(times, T0 + 60_000)).toBe(true);
  });

  it("a JWT lives until its exp; one without exp is renewed after 10 minutes", () => {
    expect(jwtDeadline(T0 + 3_600_000, T0)).toBe(T0 + 3_600_000);
    expect(UNKNOWN_JWT_LIFETIME_MS).toBe(600_000);
    expect(jwtDeadline(undefined, T0)).toBe(T0 + 600_000);
  });
});
