import { describe, expect, it } from "vitest";
import { secretBoxFromKeys } from "../../../platform/secrets/secretBox.js";
import { createStorage } from "../../../platform/storage/createStorage.js";
import { TokenVaultError } from "../../../platform/tokens/tokenVault.js";
import { netmonKeys } from "../storageKeys.js";
import { createPlumeVault, tokenProblem } from "./plumeVault.js";
import { TokenExchangeError } from "./tokenExchange.js";

async function setup() {
  const storage = await createStorage("sqlite::memory:");
  let clock = 1_000_000;
  let exchanges = 0;
  let failWith: TokenExchangeError | undefined;
  const vault = createPlumeVault({
    storage,
    secrets: secretBoxFromKeys([{ id: "k", key: Buffer.alloc(32, 1) }]),
    botId: "t",
    now: () => clock,
    ssoTimeoutMs: 1_000,
    exchange: async () => {
      if (failWith) throw failWith;
      exchanges++;
      return { accessToken: `token-${exchanges}`, expiresInSec: 3600 };
    },
  });
  await vault.put(42, { authorization: "Basic aWQ6c2VjcmV0", partnerId: "p".repeat(24), savedAt: 0 });
  return {
    storage,
    vault,
    exchanges: () => exchanges,
    advance: (ms: number) => {
      clock += ms;
    },
    fail: (error?: TokenExchangeError) => {
      failWith = error;
    },
  };
}

describe("netmon's Plume vault", () => {
  it("keeps credentials and token sealed where /setup always kept them, refreshing a minute early", async () => {
    const s = await setup();
    expect(await s.vault.token(42)).toBe("token-1");
    expect(await s.storage.listKeys("netmon:t:")).toEqual([netmonKeys("t").credentials(42)]);
    expect(await s.storage.get(netmonKeys("t").credentials(42))).toMatch(/^sb1\./);
    s.advance(3_600_000 - 60_001);
    expect(await s.vault.token(42)).toBe("token-1");
    s.advance(1);
    expect(await s.vault.token(42)).toBe("token-2");
  });

  it("credentials /setup sealed before the vault existed still work after the upgrade", async () => {
    const s = await setup();
    const secrets = secretBoxFromKeys([{ id: "k", key: Buffer.alloc(32, 1) }]);
    const old = { authorization: "Basic b2xkOnNlY3JldA==", partnerId: "a".repeat(24), savedAt: 7 };
    await s.storage.set(netmonKeys("t").credentials(77), secrets.seal(JSON.stringify(old)));
    expect(await s.vault.get(77)).toEqual(old);
    expect(await s.vault.token(77)).toBe("token-1");
    // Written back in the vault's form on the refresh, with the same credentials.
    expect(await s.vault.get(77)).toEqual(old);
    expect(s.exchanges()).toBe(1);
  });

  it("a refused client needs /setup again; an unreachable SSO is transient", async () => {
    const s = await setup();
    s.fail(new TokenExchangeError("invalid_scope"));
    const refused = await s.vault.token(42).catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: "credentials_rejected", needsLogin: true });
    expect(tokenProblem(refused)).toMatchObject({ reason: "invalid_scope" });
    s.fail(new TokenExchangeError("unreachable"));
    const down = await s.vault.token(42).catch((e: unknown) => e);
    expect(down).toMatchObject({ kind: "refresh_failed", needsLogin: false });
    expect(tokenProblem(down)).toMatchObject({ reason: "unreachable" });
  });

  it("names the problem: no /setup, a busy SSO elsewhere, or not a token problem at all", async () => {
    const s = await setup();
    expect(tokenProblem(await s.vault.token(7).catch((e: unknown) => e))).toBe("not_set_up");
    expect(tokenProblem(new TokenVaultError("refresh_timeout"))).toMatchObject({ reason: "unreachable" });
    expect(tokenProblem(new TokenVaultError("refresh_failed", { cause: new Error("bug") }))).toBeUndefined();
    expect(tokenProblem(new Error("other"))).toBeUndefined();
  });
});
