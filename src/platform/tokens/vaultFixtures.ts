/**
 * Test fixtures for the token vault (used by its SQLite and Redis suites): a clock tests move, and
 * an identity provider whose refresh tokens rotate and can be spent only once, as an ERP's do.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { secretBoxFromKeys } from "../secrets/secretBox.js";
import type { RefreshResult } from "./tokenVault.js";

export const T0 = 1_700_000_000_000;

export function manualClock(start = T0) {
  let current = start;
  return {
    now: () => current,
    advance: (ms: number) => {
      current += ms;
    },
  };
}

export const testSecrets = () => secretBoxFromKeys([{ id: "test", key: Buffer.alloc(32, 7) }]);

/** Thrown by the provider for a spent or unknown refresh token (OAuth `invalid_grant`). */
export class InvalidGrant extends Error {
  override readonly name = "InvalidGrant";
}

export interface RotatingCredentials {
  refreshToken: string;
}

/**
 * Every refresh spends the presented refresh token and issues a new one with an access token
 * living `lifetimeMs`. Presenting a spent token is recorded (the bug the vault must prevent).
 */
export function rotatingProvider(now: () => number, lifetimeMs = 600_000, latencyMs = 30) {
  let valid = "refresh-0";
  let calls = 0;
  const spentPresented: string[] = [];
  return {
    first: { refreshToken: valid } as RotatingCredentials,
    calls: () => calls,
    spentPresented: () => spentPresented,
    async refresh(credentials: RotatingCredentials): Promise<RefreshResult<RotatingCredentials>> {
      const n = ++calls;
      await sleep(latencyMs);
      if (credentials.refreshToken !== valid) {
        spentPresented.push(credentials.refreshToken);
        throw new InvalidGrant("refresh token spent");
      }
      valid = `refresh-${n}`;
      return { token: `access-${n}`, expiresAt: now() + lifetimeMs, credentials: { refreshToken: valid } };
    },
  };
}
