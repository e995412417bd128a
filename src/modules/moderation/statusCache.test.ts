import { describe, expect, it } from "vitest";
import type { UserStatus } from "./apiV2Schemas.js";
import { statusCache } from "./statusCache.js";

const status = (groupId: number, userId: number, warnings: number): UserStatus => ({
  user_id: userId,
  group_id: groupId,
  is_muted: false,
  is_banned: false,
  is_restricted: false,
  is_locked_down: false,
  night_mode_enabled: false,
  has_warnings: warnings,
  warning_limit: 3,
  last_action: null,
  banned_until: null,
  muted_until: null,
  restricted_until: null,
});

function setUp() {
  let now = 1_000_000;
  let warnings = 0;
  const calls: string[] = [];
  const cache = statusCache({
    api: {
      status: async (groupId, userId) => {
        calls.push(`${groupId}/${userId}`);
        return status(groupId, userId, warnings);
      },
    },
    now: () => now,
  });
  return {
    cache,
    calls,
    advance: (ms: number) => {
      now += ms;
    },
    setWarnings: (n: number) => {
      warnings = n;
    },
  };
}

describe("status cache", () => {
  it("answers a member looked at in the last 30 s from memory, then asks API V2 again", async () => {
    const { cache, calls, advance, setWarnings } = setUp();
    expect((await cache.get(-100, 1)).has_warnings).toBe(0);
    setWarnings(2);
    advance(29_999);
    expect((await cache.get(-100, 1)).has_warnings).toBe(0);
    advance(1);
    expect((await cache.get(-100, 1)).has_warnings).toBe(2);
    expect(calls).toEqual(["-100/1", "-100/1"]);
  });

  it("keeps API V2's answer to an action, and `fresh` (Refresh) always asks", async () => {
    const { cache, calls, setWarnings } = setUp();
    await cache.get(-100, 1);
    cache.remember(status(-100, 1, 1));
    expect((await cache.get(-100, 1)).has_warnings).toBe(1);
    setWarnings(3);
    expect((await cache.get(-100, 1, { fresh: true })).has_warnings).toBe(3);
    expect(calls).toHaveLength(2);
  });

  it("forgets one member, or the whole group after a group action", async () => {
    const { cache, calls } = setUp();
    await cache.get(-100, 1);
    await cache.get(-100, 2);
    await cache.get(-200, 1);
    cache.forget(-100, 1);
    await cache.get(-100, 1);
    await cache.get(-100, 2);
    cache.forgetGroup(-100);
    await cache.get(-100, 2);
    await cache.get(-200, 1);
    expect(calls).toEqual(["-100/1", "-100/2", "-200/1", "-100/1", "-100/2"]);
  });
});
