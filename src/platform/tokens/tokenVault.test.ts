import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { BackendError } from "../http/backendError.js";
import { createStorage } from "../storage/createStorage.js";
import type { Storage } from "../storage/storage.js";
import {
  createTokenVault,
  type RefreshFunction,
  TokenVaultError,
  type TokenVaultOptions,
} from "./tokenVault.js";
import { InvalidGrant, manualClock, rotatingProvider, T0, testSecrets } from "./vaultFixtures.js";

interface Creds {
  secret: string;
}

const storages: Storage[] = [];
afterEach(async () => {
  for (const storage of storages.splice(0)) await storage.close();
});

/** A vault on an in-memory store whose refresh issues `token-<n>` living `lifetimeMs`. */
async function setup(options: Partial<TokenVaultOptions<Creds>> & { lifetimeMs?: number } = {}) {
  const storage = await createStorage("sqlite::memory:");
  storages.push(storage);
  const clock = manualClock();
  const seen: Array<{ credentials: Creds; current: unknown }> = [];
  let failWith: unknown;
  const refresh: RefreshFunction<Creds> = async (credentials, current) => {
    seen.push({ credentials, current });
    await sleep(5);
    if (failWith) throw failWith;
    return { token: `token-${seen.length}`, expiresAt: clock.now() + (options.lifetimeMs ?? 3_600_000) };
  };
  const vault = createTokenVault<Creds>({
    storage,
    secrets: testSecrets(),
    keyPrefix: "mod:bot:",
    refresh,
    isCredentialFailure: (error) => error instanceof InvalidGrant,
    now: clock.now,
    ...options,
  });
  await vault.put(42, { secret: "s3cret" });
  return {
    storage,
    vault,
    clock,
    refreshes: () => seen.length,
    seen,
    fail: (error?: unknown) => {
      failWith = error;
    },
  };
}

const unauthorized = () =>
  new BackendError({ kind: "unauthorized", backend: "test", message: "GET x: 401", status: 401 });

describe("token vault: expiry", () => {
  it("refreshes exactly 60 s before expiry, not a millisecond earlier", async () => {
    const s = await setup();
    expect(await s.vault.token(42)).toBe("token-1");
    s.clock.advance(3_600_000 - 60_000 - 1);
    expect(await s.vault.token(42)).toBe("token-1");
    s.clock.advance(1);
    expect(await s.vault.token(42)).toBe("token-2");
    expect(s.seen[1]!.current).toEqual({ token: "token-1", expiresAt: T0 + 3_600_000 });
  });

  it("a token shorter than twice the margin is refreshed at half its lifetime", async () => {
    const s = await setup({ lifetimeMs: 30_000, refreshMarginMs: 60_000 });
    await s.vault.token(42);
    s.clock.advance(14_999);
    expect(await s.vault.token(42)).toBe("token-1");
    s.clock.advance(1);
    expect(await s.vault.token(42)).toBe("token-2");
  });

  it("a token stored with the login is used until due; an expired one is never handed out", async () => {
    const s = await setup({ refreshMarginMs: 10_000 });
    await s.vault.put(42, { secret: "s3cret" }, { token: "from-login", expiresAt: T0 + 100_000 });
    expect(await s.vault.token(42)).toBe("from-login");
    s.clock.advance(100_000);
    expect(await s.vault.token(42)).toBe("token-1");
    expect(s.refreshes()).toBe(1);
  });

  it("many concurrent callers share one refresh (single flight)", async () => {
    const s = await setup();
    const all = await Promise.all(Array.from({ length: 20 }, () => s.vault.token(42)));
    expect(new Set(all)).toEqual(new Set(["token-1"]));
    expect(s.refreshes()).toBe(1);
  });
});

describe("token vault: 401", () => {
  it("a 401 causes exactly one refresh and one retry with the new token", async () => {
    const s = await setup();
    await s.vault.token(42);
    const used: string[] = [];
    const result = await s.vault.withToken(42, async (token) => {
      used.push(token);
      if (token === "token-1") throw unauthorized();
      return "ok";
    });
    expect(result).toBe("ok");
    expect(used).toEqual(["token-1", "token-2"]);
    expect(s.refreshes()).toBe(2);
  });

  it("a second 401 is not retried again: it reaches the caller", async () => {
    const s = await setup();
    let calls = 0;
    const attempt = s.vault.withToken(42, async () => {
      calls++;
      throw unauthorized();
    });
    await expect(attempt).rejects.toBeInstanceOf(BackendError);
    expect(calls).toBe(2);
    expect(s.refreshes()).toBe(2); // the first token, then the one refresh after the 401
  });

  it("other errors are not retried; concurrent 401s on one token cause one refresh", async () => {
    const s = await setup();
    let calls = 0;
    const boom = new Error("boom");
    await expect(
      s.vault.withToken(42, async () => {
        calls++;
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(calls).toBe(1);
    const call = async (token: string) => {
      if (token === "token-1") throw unauthorized();
      return token;
    };
    expect(await Promise.all([1, 2, 3].map(() => s.vault.withToken(42, call)))).toEqual([
      "token-2",
      "token-2",
      "token-2",
    ]);
    // A caller still holding the refused token after the refresh gets the new one, no exchange.
    expect(await s.vault.withToken(42, call)).toBe("token-2");
    expect(s.refreshes()).toBe(2);
  });
});

describe("token vault: failures", () => {
  it("refused credentials surface as credentials_rejected (log in again), with the module's error as cause", async () => {
    const s = await setup();
    const refused = new InvalidGrant("invalid_client");
    s.fail(refused);
    const error = await s.vault.token(42).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenVaultError);
    expect(error).toMatchObject({ kind: "credentials_rejected", needsLogin: true, cause: refused });
  });

  it("a transient failure is refresh_failed; a due but valid token survives it, not refused credentials", async () => {
    const s = await setup();
    s.fail(new Error("ECONNREFUSED"));
    await expect(s.vault.token(42)).rejects.toMatchObject({ kind: "refresh_failed", needsLogin: false });
    s.fail(undefined);
    await s.vault.token(42);
    s.clock.advance(3_600_000 - 30_000);
    s.fail(new Error("ECONNREFUSED"));
    expect(await s.vault.token(42)).toBe("token-2");
    s.fail(new InvalidGrant());
    await expect(s.vault.token(42)).rejects.toMatchObject({ kind: "credentials_rejected" });
  });

  it("no credentials, or a malformed refresh answer, are typed too", async () => {
    const s = await setup({ refresh: async () => ({ token: "", expiresAt: Number.NaN }) });
    await expect(s.vault.token(7)).rejects.toMatchObject({ kind: "no_credentials", needsLogin: true });
    await expect(s.vault.token(42)).rejects.toMatchObject({ kind: "refresh_failed" });
  });

  it("logout during a refresh: the refresh's result is dropped, nothing is resurrected", async () => {
    const s = await setup();
    const pending = s.vault.token(42).catch((e: unknown) => e);
    while (s.refreshes() === 0) await sleep(1);
    await s.vault.delete(42);
    expect(await pending).toMatchObject({ kind: "no_credentials" });
    expect(await s.vault.has(42)).toBe(false);
    expect(await s.storage.listKeys("mod:bot:")).toEqual([]);
  });
});

describe("token vault: other instances and rotation", () => {
  it("stores a rotated refresh token with the access token; the next refresh presents the new one", async () => {
    const storage = await createStorage("sqlite::memory:");
    storages.push(storage);
    const clock = manualClock();
    const idp = rotatingProvider(clock.now, 600_000, 1);
    const vault = createTokenVault({
      storage,
      secrets: testSecrets(),
      keyPrefix: "erp:b:",
      refresh: idp.refresh,
      now: clock.now,
    });
    await vault.put(1, idp.first);
    expect(await vault.token(1)).toBe("access-1");
    expect(await vault.get(1)).toEqual({ refreshToken: "refresh-1" });
    clock.advance(600_000);
    expect(await vault.token(1)).toBe("access-2");
    expect(idp.spentPresented()).toEqual([]);
  });

  it("while another instance holds the refresh lease: waits bounded, or serves a still-valid token", async () => {
    const s = await setup({ maxWaitMs: 80, refreshMarginMs: 60_000 });
    await s.vault.token(42);
    await s.storage.setIfAbsent("mod:bot:refresh-lease:42", "other-instance", 5_000);
    s.clock.advance(3_600_000 - 30_000);
    expect(await s.vault.token(42)).toBe("token-1"); // due, but valid: no waiting
    s.clock.advance(30_000);
    const started = performance.now();
    await expect(s.vault.token(42)).rejects.toMatchObject({ kind: "refresh_timeout", needsLogin: false });
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(s.refreshes()).toBe(1);
  });
});

describe("token vault: at rest", () => {
  it("credentials and tokens are sealed: neither appears in the SQLite files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sb-vault-"));
    try {
      const storage = await createStorage(`sqlite:${join(dir, "vault.db")}`);
      const clock = manualClock();
      const vault = createTokenVault<Creds>({
        storage,
        secrets: testSecrets(),
        keyPrefix: "mod:bot:",
        now: clock.now,
        refresh: async () => ({ token: "eyJhbGciOi.ACCESS-TOKEN-PLAIN", expiresAt: clock.now() + 60_000 }),
      });
      await vault.put(42, { secret: "REFRESH-TOKEN-PLAIN" });
      expect(await vault.token(42)).toBe("eyJhbGciOi.ACCESS-TOKEN-PLAIN");
      await storage.close();
      const bytes = readdirSync(dir)
        .map((f) => readFileSync(join(dir, f)).toString("latin1"))
        .join("");
      expect(bytes).toContain("mod:bot:cred:42");
      for (const plain of ["ACCESS-TOKEN-PLAIN", "REFRESH-TOKEN-PLAIN", "eyJhbGciOi"]) {
        expect(bytes).not.toContain(plain);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
