/**
 * The token vault: each user's backend credentials and the access token they earn, sealed in
 * storage, with the token refreshed before it expires and on a 401, once across all instances.
 *
 * A module supplies `refresh(credentials, current)`: an OAuth client-credentials exchange
 * (netmon), a refresh-token grant that also returns a rotated refresh token (ERP), or a function
 * that can only say "log in again" (an OTP login whose JWT cannot be renewed, CRM). The vault does
 * the rest:
 * - storage: one sealed value per user (credentials + token, see vaultRecord.ts), so a restart or
 *   another instance reuses the token and nothing is readable at rest;
 * - single flight: in one process, concurrent callers share one refresh per user;
 * - across instances: a short lease in storage (`setIfAbsent` with a TTL) lets one instance
 *   refresh; the others poll the stored token with a short backoff, for a bounded time, and use
 *   the winner's. The lease holder re-reads the record after taking the lease, so an instance
 *   that lost the race never refreshes with the refresh token the winner just spent.
 *
 * Failures are `TokenVaultError`s whose `needsLogin` tells "ask the user to log in again" from
 * "try again later"; the module's own error is their `cause`.
 */
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { BackendError } from "../http/backendError.js";
import type { SecretBox } from "../secrets/secretBox.js";
import { tryLease } from "../storage/lease.js";
import type { Storage } from "../storage/storage.js";
import { TokenVaultError } from "./tokenVaultError.js";
import {
  isVaultToken,
  openRecord,
  refreshAt,
  type StoredToken,
  sealRecord,
  type VaultRecord,
  type VaultToken,
} from "./vaultRecord.js";

export { settleVaultFailure, TokenVaultError, type TokenVaultFailure } from "./tokenVaultError.js";
export type { VaultToken } from "./vaultRecord.js";

/** What a refresh returns. `credentials`, when present, replace the stored ones (a rotated refresh token). */
export interface RefreshResult<C> extends VaultToken {
  credentials?: C;
}

/**
 * The module's way to get a token. `current` is the token being replaced (expired, due, or refused
 * with a 401), undefined when there is none. Throw to fail; `isCredentialFailure` sorts the error.
 * It must finish well within `leaseMs` (give its HTTP calls a timeout): past the lease another
 * instance may refresh too.
 */
export type RefreshFunction<C> = (
  credentials: C,
  current: VaultToken | undefined,
) => Promise<RefreshResult<C>>;

export interface TokenVaultOptions<C> {
  storage: Storage;
  secrets: SecretBox;
  /**
   * Namespace of this (bot, module)'s keys, ending in a separator, e.g. `netmon:<botId>:`. The vault
   * writes `<keyPrefix>cred:<userId>` (the sealed record) and `<keyPrefix>refresh-lease:<userId>`.
   */
  keyPrefix: string;
  refresh: RefreshFunction<C>;
  /** True when a refresh error means the credentials are refused (the user must log in again). */
  isCredentialFailure?: (error: unknown) => boolean;
  /**
   * Credentials the module sealed at the same key before it used the vault (the plain value as it
   * was sealed), or undefined when `plain` is not that: upgrades keep every user logged in.
   */
  adopt?: (plain: unknown) => C | undefined;
  /** True when the backend refused a token (default: a `BackendError` of kind `unauthorized`, i.e. 401). */
  isUnauthorized?: (error: unknown) => boolean;
  /** Refresh this long before expiry (default 60 s; at most half the token's lifetime). */
  refreshMarginMs?: number;
  /** The clock token expiry is judged by (tests move it). Waiting and the lease use real time. */
  now?: () => number;
  /** How long the refresh lease lasts when its holder never releases it (default 15 s). */
  leaseMs?: number;
  /** How long an instance waits for another's refresh before giving up (default `leaseMs` + 1 s). */
  maxWaitMs?: number;
}

export interface TokenVault<C> {
  /**
   * Stores a user's credentials (a login), with the token the login already earned when there is
   * one. Replaces what was stored; a refresh still running for the old credentials is discarded.
   */
  put(userId: number, credentials: C, token?: VaultToken): Promise<void>;
  /** The stored credentials, or undefined (none, or no longer readable). */
  get(userId: number): Promise<C | undefined>;
  /** Whether the user has readable credentials. */
  has(userId: number): Promise<boolean>;
  /** Forgets the credentials and the token (logout); true when something was stored. */
  delete(userId: number): Promise<boolean>;
  /**
   * A token to call the backend with, refreshed first when it expired or is due. A due but still
   * valid token is returned as is when the refresh fails transiently or another instance is
   * refreshing. Throws `TokenVaultError`.
   */
  token(userId: number): Promise<string>;
  /**
   * Runs `call` with the user's token. When it fails with a 401 (`isUnauthorized`), gets a new token
   * (a refresh, unless another caller already replaced the refused token) and runs `call` ONCE more;
   * whatever that second call throws, a 401 included, reaches the caller. `call` may therefore run
   * twice: use it for requests that are safe to repeat after a 401.
   */
  withToken<T>(userId: number, call: (token: string) => Promise<T>): Promise<T>;
  /** The storage key of a user's sealed record: what a module lists in its `prefetch`. */
  recordKey(userId: number): string;
}

const DEFAULT_MARGIN_MS = 60_000;
const DEFAULT_LEASE_MS = 15_000;
const FIRST_PAUSE_MS = 10;
const MAX_PAUSE_MS = 200;

/** What a renewal must produce: not `rejected` (refused by a 401), not `stillValid` (due for refresh). */
interface Want {
  rejected?: string;
  stillValid?: string;
}

const isBackend401 = (error: unknown) => error instanceof BackendError && error.kind === "unauthorized";

/** A vault for one (bot, module); build it once and share it (its single-flight map is per object). */
export function createTokenVault<C>(options: TokenVaultOptions<C>): TokenVault<C> {
  return new Vault(options);
}

class Vault<C> implements TokenVault<C> {
  private readonly inFlight = new Map<number, Promise<string>>();
  /** Reads for `token` in progress: calls at the same moment (a report's parallel requests) share one. */
  private readonly reading = new Map<number, Promise<VaultRecord<C> | undefined>>();
  private readonly now: () => number;
  private readonly marginMs: number;
  private readonly leaseMs: number;
  private readonly maxWaitMs: number;

  constructor(private readonly options: TokenVaultOptions<C>) {
    this.now = options.now ?? Date.now;
    this.marginMs = options.refreshMarginMs ?? DEFAULT_MARGIN_MS;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.maxWaitMs = options.maxWaitMs ?? this.leaseMs + 1000;
  }

  async put(userId: number, credentials: C, token?: VaultToken): Promise<void> {
    if (token !== undefined && !isVaultToken(token))
      throw new TypeError("token vault: put() got a malformed token");
    const record: VaultRecord<C> = { generation: randomUUID(), credentials };
    if (token) record.token = this.stored(token);
    await this.write(userId, record);
  }

  async get(userId: number): Promise<C | undefined> {
    return (await this.read(userId))?.credentials;
  }

  async has(userId: number): Promise<boolean> {
    return (await this.read(userId)) !== undefined;
  }

  delete(userId: number): Promise<boolean> {
    return this.options.storage.delete(this.recordKey(userId));
  }

  async token(userId: number): Promise<string> {
    let reading = this.reading.get(userId);
    if (!reading) {
      reading = this.read(userId).finally(() => this.reading.delete(userId));
      this.reading.set(userId, reading);
    }
    const record = await reading;
    if (!record) throw new TokenVaultError("no_credentials");
    const current = record.token;
    if (current && this.isFresh(current)) return current.value;
    if (current && this.now() < current.expiresAt) {
      // Due but still valid: a failed or busy refresh must not break a token that still works.
      return this.renew(userId, { stillValid: current.value }).catch((error: unknown) => {
        if (error instanceof TokenVaultError && !error.needsLogin) return current.value;
        throw error;
      });
    }
    return this.renew(userId, {});
  }

  async withToken<T>(userId: number, call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.token(userId);
    try {
      return await call(token);
    } catch (error) {
      if (!(this.options.isUnauthorized ?? isBackend401)(error)) throw error;
      return call(await this.renew(userId, { rejected: token }));
    }
  }

  /** Single flight per user in this process; a caller whose refused token came back goes again. */
  private async renew(userId: number, want: Want): Promise<string> {
    const pending = this.inFlight.get(userId);
    if (pending) {
      const token = await pending;
      if (token !== want.rejected) return token;
    }
    const again = this.inFlight.get(userId);
    if (again) return again;
    const run = this.renewAcrossInstances(userId, want).finally(() => {
      if (this.inFlight.get(userId) === run) this.inFlight.delete(userId);
    });
    this.inFlight.set(userId, run);
    return run;
  }

  /** Takes the lease and refreshes, or waits (bounded) for the instance holding it. */
  private async renewAcrossInstances(userId: number, want: Want): Promise<string> {
    const deadline = performance.now() + this.maxWaitMs;
    let pause = FIRST_PAUSE_MS;
    for (;;) {
      const lease = await tryLease(this.options.storage, this.leaseKey(userId), this.leaseMs);
      if (lease) {
        try {
          return await this.refreshHolding(userId, want);
        } finally {
          await lease.release();
        }
      }
      // Someone else is refreshing: a still-valid token serves meanwhile.
      if (want.stillValid !== undefined) return want.stillValid;
      if (performance.now() >= deadline) throw new TokenVaultError("refresh_timeout");
      await sleep(pause);
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
      const record = await this.read(userId);
      if (!record) throw new TokenVaultError("no_credentials");
      const usable = this.usable(record.token, want);
      if (usable !== undefined) return usable;
    }
  }

  /** Under the lease: re-read (the last holder may have just refreshed), refresh, store both at once. */
  private async refreshHolding(userId: number, want: Want, attempt = 1): Promise<string> {
    const record = await this.read(userId);
    if (!record) throw new TokenVaultError("no_credentials");
    const usable = this.usable(record.token, want);
    if (usable !== undefined) return usable;
    const current = record.token && { token: record.token.value, expiresAt: record.token.expiresAt };
    let result: RefreshResult<C>;
    try {
      result = await this.options.refresh(record.credentials, current);
    } catch (error) {
      if (error instanceof TokenVaultError) throw error;
      const credentials = this.options.isCredentialFailure?.(error) ?? false;
      throw new TokenVaultError(credentials ? "credentials_rejected" : "refresh_failed", { cause: error });
    }
    if (!isVaultToken(result)) throw new TokenVaultError("refresh_failed");
    const latest = await this.read(userId);
    if (!latest) throw new TokenVaultError("no_credentials"); // logged out meanwhile
    if (latest.generation !== record.generation) {
      // A new login while we refreshed: our result belongs to the old credentials.
      if (attempt > 1) throw new TokenVaultError("refresh_failed");
      return this.refreshHolding(userId, want, attempt + 1);
    }
    await this.write(userId, {
      generation: record.generation,
      credentials: result.credentials ?? record.credentials,
      token: this.stored(result),
    });
    return result.token;
  }

  /** The stored token's value when it is what `want` asks for (fresh, and not the one being replaced). */
  private usable(token: StoredToken | undefined, want: Want): string | undefined {
    if (!token || token.value === want.rejected || token.value === want.stillValid) return undefined;
    return this.isFresh(token) ? token.value : undefined;
  }

  private isFresh(token: StoredToken): boolean {
    return this.now() < refreshAt(token, this.marginMs);
  }

  private stored(token: VaultToken): StoredToken {
    return { value: token.token, expiresAt: token.expiresAt, issuedAt: this.now() };
  }

  private async read(userId: number): Promise<VaultRecord<C> | undefined> {
    const sealed = await this.options.storage.get(this.recordKey(userId));
    return openRecord<C>(this.options.secrets, sealed, this.options.adopt);
  }

  private write(userId: number, record: VaultRecord<C>): Promise<void> {
    return this.options.storage.set(this.recordKey(userId), sealRecord(this.options.secrets, record));
  }

  recordKey(userId: number): string {
    return `${this.options.keyPrefix}cred:${userId}`;
  }

  private leaseKey(userId: number): string {
    return `${this.options.keyPrefix}refresh-lease:${userId}`;
  }
}
