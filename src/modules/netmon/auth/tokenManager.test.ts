import { describe, expect, it } from "vitest";
import { secretBoxFromKeys } from "../../../platform/secrets/secretBox.js";
import { createStorage } from "../../../platform/storage/createStorage.js";
import { netmonKeys } from "../storageKeys.js";
import { CredentialStore } from "./credentialStore.js";
import { TokenExchangeError } from "./tokenExchange.js";
import { NotSetUpError, TokenManager } from "./tokenManager.js";

async function setup(lifetimeSec = 3600) {
  const storage = await createStorage("sqlite::memory:");
  const secrets = secretBoxFromKeys([{ id: "k", key: Buffer.alloc(32, 1) }]);
  const keys = netmonKeys("t");
  const credentials = new CredentialStore(storage, secrets, keys);
  let clock = 1_000_000;
  let issued = 0;
  let failWith: TokenExchangeError | undefined;
  const tokens = new TokenManager({
    storage,
    secrets,
    keys,
    credentials,
    now: () => clock,
    exchange: async () => {
      if (failWith) throw failWith;
      await new Promise((resolve) => setTimeout(resolve, 5));
      issued++;
      return { accessToken: `token-${issued}`, expiresInSec: lifetimeSec };
    },
  });
  await credentials.save(42, { authorization: "Basic aWQ6c2VjcmV0", partnerId: "p".repeat(24), savedAt: 0 });
  return {
    storage,
    tokens,
    issued: () => issued,
    advance: (ms: number) => {
      clock += ms;
    },
    fail: (error?: TokenExchangeError) => {
      failWith = error;
    },
  };
}

describe("access tokens", () => {
  it("are fetched once for many concurrent requests (single-flight per user)", async () => {
    const s = await setup();
    const all = await Promise.all(Array.from({ length: 10 }, () => s.tokens.accessToken(42)));
    expect(new Set(all)).toEqual(new Set(["token-1"]));
    expect(s.issued()).toBe(1);
  });

  it("are kept sealed in storage, never in clear", async () => {
    const s = await setup();
    await s.tokens.accessToken(42);
    const stored = await s.storage.get<string>(netmonKeys("t").token(42));
    expect(stored).toMatch(/^sb1\./);
    expect(stored).not.toContain("token-1");
  });

  it("are refreshed a minute before they expire, not after", async () => {
    const s = await setup(3600);
    await s.tokens.accessToken(42);
    s.advance(3600_000 - 61_000);
    expect(await s.tokens.accessToken(42)).toBe("token-1");
    s.advance(2_000);
    expect(await s.tokens.accessToken(42)).toBe("token-2");
  });

  it("a token the API refused is replaced once, even when several requests report it", async () => {
    const s = await setup();
    const first = await s.tokens.accessToken(42);
    const again = await Promise.all([s.tokens.accessToken(42, first), s.tokens.accessToken(42, first)]);
    expect(again).toEqual(["token-2", "token-2"]);
    // A request that saw the old token after the refresh gets the new one without another exchange.
    expect(await s.tokens.accessToken(42, first)).toBe("token-2");
    expect(s.issued()).toBe(2);
  });

  it("near expiry, an unreachable SSO does not break a token that still works", async () => {
    const s = await setup(3600);
    await s.tokens.accessToken(42);
    s.advance(3600_000 - 30_000);
    s.fail(new TokenExchangeError("unreachable"));
    expect(await s.tokens.accessToken(42)).toBe("token-1");
  });

  it("refused credentials are reported, and a user without credentials must set up", async () => {
    const s = await setup();
    s.fail(new TokenExchangeError("invalid_client"));
    await expect(s.tokens.accessToken(42)).rejects.toMatchObject({
      reason: "invalid_client",
      credentialsRefused: true,
    });
    await expect(s.tokens.accessToken(7)).rejects.toBeInstanceOf(NotSetUpError);
  });
});
