/**
 * The vault across instances: two vaults, each on its own Storage connection to one Redis, stand
 * for two processes behind a load balancer.
 */
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { flushKeyPrefix, uniqueKeyPrefix, useRedis } from "../../../test/support/redisServer.js";
import { BackendError } from "../http/backendError.js";
import { createStorage } from "../storage/createStorage.js";
import type { Storage } from "../storage/storage.js";
import { createTokenVault } from "./tokenVault.js";
import {
  InvalidGrant,
  manualClock,
  type RotatingCredentials,
  rotatingProvider,
  testSecrets,
} from "./vaultFixtures.js";

const redis = await useRedis();

describe.skipIf(!redis.url)(`token vault on Redis ${redis.skipReason ?? ""}`, () => {
  const url = redis.url!;
  const keyPrefix = uniqueKeyPrefix("tokens");
  const storages: Storage[] = [];
  afterEach(async () => {
    for (const storage of storages.splice(0)) await storage.close();
  });
  afterAll(() => flushKeyPrefix(url, keyPrefix));

  it("a token refresh raced by two instances on Redis: one refresh", async () => {
    const { a, b, idp } = await sharedPair();
    await a.put(7, idp.first);
    const [tokenA, tokenB] = await Promise.all([a.token(7), b.token(7)]);
    expect(idp.calls()).toBe(1);
    expect(tokenA).toBe("access-1");
    expect(tokenB).toBe("access-1");
  });

  it("with a rotating refresh token, the losing instance never presents the spent one", async () => {
    const { a, b, clock, idp } = await sharedPair();
    await a.put(7, idp.first);
    for (let round = 1; round <= 5; round++) {
      const tokens = await Promise.all([a.token(7), b.token(7), b.token(7), a.token(7)]);
      expect(new Set(tokens)).toEqual(new Set([`access-${round}`]));
      expect(idp.calls()).toBe(round);
      clock.advance(600_000); // the token expires: the next round races again
    }
    expect(idp.spentPresented()).toEqual([]);
    expect(await b.get(7)).toEqual({ refreshToken: "refresh-5" });
  });

  it("a 401 seen by both instances at once: one refresh, both retry with the same new token", async () => {
    const { a, b, idp } = await sharedPair();
    await a.put(7, idp.first);
    const first = await a.token(7);
    const call = async (token: string) => {
      if (token === first) throw new BackendError({ kind: "unauthorized", backend: "erp", message: "401" });
      return token;
    };
    expect(await Promise.all([a.withToken(7, call), b.withToken(7, call)])).toEqual(["access-2", "access-2"]);
    expect(idp.calls()).toBe(2);
    expect(idp.spentPresented()).toEqual([]);
  });

  it("stores nothing readable in Redis", async () => {
    const { a, idp } = await sharedPair();
    await a.put(7, idp.first);
    const token = await a.token(7);
    const client = new Redis(url);
    try {
      const keys = await client.keys(`${keyPrefix}*cred:7`);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const raw = (await client.dumpBuffer(key))?.toString("latin1") ?? "";
        expect(raw).toContain("sb1.");
        expect(raw).not.toContain(token);
        expect(raw).not.toContain("refresh-1");
      }
    } finally {
      client.disconnect();
    }
  });

  /** Two vaults over the same keys (one module of one bot), each on its own connection: two processes. */
  async function sharedPair() {
    const clock = manualClock();
    const idp = rotatingProvider(clock.now);
    const vaultPrefix = `erp:${Math.random().toString(36).slice(2)}:`;
    const instance = async () => {
      const storage = await createStorage(url, { keyPrefix });
      storages.push(storage);
      return createTokenVault<RotatingCredentials>({
        storage,
        secrets: testSecrets(),
        keyPrefix: vaultPrefix,
        refresh: idp.refresh,
        isCredentialFailure: (error) => error instanceof InvalidGrant,
        now: clock.now,
      });
    };
    return { a: await instance(), b: await instance(), clock, idp };
  }
});
