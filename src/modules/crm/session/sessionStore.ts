/**
 * crm sign-ins, per Telegram user, on the platform token vault: the session record is the vault's
 * "credentials", the JWT its token, and `restore-session` its refresh. So the JWT is sealed at
 * rest, survives restarts, is renewed silently shortly before its `exp` (or after a 401), once
 * across instances, and a backend that no longer knows the session (404) ends it here too.
 *
 * The lifetime slides on activity (domain/sessionLifetime.ts): every record write carries
 * `REDIS_SESSION_TTL`, and activity rewrites the record at most once a minute.
 */
import { BackendError } from "../../../platform/http/backendError.js";
import type { SecretBox } from "../../../platform/secrets/secretBox.js";
import type { Storage } from "../../../platform/storage/storage.js";
import {
  createTokenVault,
  settleVaultFailure,
  type TokenVault,
  type VaultToken,
} from "../../../platform/tokens/tokenVault.js";
import { jwtExpiresAt } from "../domain/jwtExpiry.js";
import { isRole } from "../domain/rbac.js";
import { isSessionOver, isTouchDue, jwtDeadline, sessionEndsAt } from "../domain/sessionLifetime.js";
import type { SignedIn } from "../tabysSchemas.js";
import { type CrmSession, hasAdminAccess } from "./crmSession.js";
import { withDefaultTtl } from "./expiringStorage.js";
import { SignedOutError } from "./signedOutError.js";

export interface SessionStoreOptions {
  storage: Storage;
  secrets: SecretBox;
  /** This instance's key namespace, ending in `:` (`crm:<bot>:`). */
  keyPrefix: string;
  /** Asks the backend for a fresh JWT of the user's session (throws `BackendError`, 404 = none). */
  restore: (telegramUserId: number) => Promise<SignedIn>;
  /** The backend's name in errors (the Tabys client's). */
  backend: string;
  /** `REDIS_SESSION_TTL` in ms. */
  ttlMs: number;
  /** How long one restore may take across instances (above the HTTP timeout). */
  leaseMs: number;
  now: () => number;
}

export class SessionStore {
  private readonly vault: TokenVault<CrmSession>;
  private readonly now: () => number;

  constructor(private readonly options: SessionStoreOptions) {
    this.now = options.now;
    this.vault = createTokenVault<CrmSession>({
      storage: withDefaultTtl(options.storage, options.ttlMs),
      secrets: options.secrets,
      keyPrefix: options.keyPrefix,
      refresh: (session) => this.restore(session),
      isCredentialFailure: (error) =>
        error instanceof SignedOutError || (error instanceof BackendError && error.kind === "not_found"),
      now: options.now,
      leaseMs: options.leaseMs,
    });
  }

  /** The key the kernel prefetches for commands and buttons (the manifest's `prefetch`). */
  recordKey(userId: number): string {
    return this.vault.recordKey(userId);
  }

  /** The user's sign-in, or undefined (none, unreadable, or idle past its lifetime). */
  async get(userId: number): Promise<CrmSession | undefined> {
    const session = await this.vault.get(userId);
    if (!session) return undefined;
    if (!isSessionOver(session, this.options.ttlMs, this.now())) return session;
    await this.vault.delete(userId);
    return undefined;
  }

  /**
   * Stores a sign-in verify-otp just granted, replacing any earlier one of this user. Returns
   * undefined, storing nothing, for a role without admin access (`client`, or one the bot does
   * not know).
   */
  async start(userId: number, signedIn: SignedIn): Promise<CrmSession | undefined> {
    const { role } = signedIn;
    if (!isRole(role) || !hasAdminAccess(role)) return undefined;
    const now = this.now();
    const jwt = this.jwt(signedIn.access_token);
    const session: CrmSession = {
      adminId: signedIn.admin_id,
      adminName: signedIn.admin_name,
      role,
      telegramUserId: signedIn.telegram_user_id,
      createdAt: now,
      lastActivity: now,
      jwtExpiresAt: jwt.expiresAt,
    };
    await this.vault.put(userId, session, jwt);
    return session;
  }

  /** Forgets the sign-in here (the backend's logout is the caller's); true when there was one. */
  end(userId: number): Promise<boolean> {
    return this.vault.delete(userId);
  }

  /** When the sign-in ends if the user does nothing more. */
  endsAt(session: CrmSession): number {
    return sessionEndsAt(session, this.options.ttlMs);
  }

  /**
   * Records the user's activity: restarts the lifetime, at most once a minute. A JWT due for
   * renewal is renewed here (which records the activity by itself). Throws `SignedOutError` when
   * the backend ended the session; a backend that cannot be reached now is left for the handler.
   */
  async touch(userId: number): Promise<void> {
    const session = await this.get(userId);
    if (!session || !isTouchDue(session, this.now())) return;
    let jwt: string;
    try {
      jwt = await this.vault.token(userId);
    } catch (error) {
      const settled = await this.settle(userId, error);
      if (settled instanceof SignedOutError) throw settled;
      return;
    }
    const latest = await this.vault.get(userId);
    if (!latest || !isTouchDue(latest, this.now())) return;
    await this.vault.put(
      userId,
      { ...latest, lastActivity: this.now() },
      { token: jwt, expiresAt: latest.jwtExpiresAt },
    );
  }

  /**
   * Runs `call` with the user's JWT (`ContentDeps.authorized`): renewed first when it expired,
   * and once more after a 401. No sign-in, a backend that no longer knows the session (404 from
   * restore-session) or a second 401 end the sign-in and throw `SignedOutError`; other failures
   * are the backend's `BackendError`.
   */
  async authorized<T>(userId: number, call: (jwt: string) => Promise<T>): Promise<T> {
    if (!(await this.get(userId))) throw new SignedOutError("signed_out");
    try {
      return await this.vault.withToken(userId, call);
    } catch (error) {
      throw await this.settle(userId, error);
    }
  }

  /** What a failure means: the sign-in ended (it is dropped) or the backend's error to tell. */
  private async settle(userId: number, error: unknown): Promise<unknown> {
    const outcome = settleVaultFailure(error, this.options.backend);
    if (!outcome.ended) return outcome.error;
    await this.end(userId);
    return new SignedOutError(outcome.never ? "signed_out" : "ended");
  }

  /** The vault's refresh: restore-session, with the answer's name and role (they may have changed). */
  private async restore(session: CrmSession) {
    const signedIn = await this.options.restore(Number(session.telegramUserId));
    const { role } = signedIn;
    if (!isRole(role) || !hasAdminAccess(role)) throw new SignedOutError("ended");
    const jwt = this.jwt(signedIn.access_token);
    const credentials: CrmSession = {
      ...session,
      adminId: signedIn.admin_id,
      adminName: signedIn.admin_name,
      role,
      lastActivity: this.now(),
      jwtExpiresAt: jwt.expiresAt,
    };
    return { ...jwt, credentials };
  }

  private jwt(token: string): VaultToken {
    const now = this.now();
    // Never already past: a backend clock behind ours must not make every call renew.
    return { token, expiresAt: Math.max(jwtDeadline(jwtExpiresAt(token), now), now + 1000) };
  }
}
