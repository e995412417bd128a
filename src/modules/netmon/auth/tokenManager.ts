/**
 * Access tokens per Telegram user: cached sealed in storage (so a restart or another instance
 * reuses them), refreshed before they expire, and fetched once per user however many requests
 * need one at the same moment (single-flight).
 *
 * A token is refreshed when less than a minute (or half its lifetime, for short ones) is left:
 * the research note's clients refresh 60 s early. The single-flight map holds promises in
 * flight only, never state a restart would miss.
 */
import type { SecretBox } from "../../../platform/secrets/secretBox.js";
import type { Storage } from "../../../platform/storage/storage.js";
import type { NetmonKeys } from "../storageKeys.js";
import type { CredentialStore, PlumeCredentials } from "./credentialStore.js";
import { type IssuedToken, TokenExchangeError } from "./tokenExchange.js";

/** The user has no stored credentials: they must run /setup. */
export class NotSetUpError extends Error {
  override readonly name = "NotSetUpError";
  constructor() {
    super("no Plume credentials for this user");
  }
}

interface StoredToken {
  accessToken: string;
  expiresAt: number;
  refreshAt: number;
}

export interface TokenManagerDeps {
  storage: Storage;
  secrets: SecretBox;
  keys: NetmonKeys;
  credentials: CredentialStore;
  exchange: (credentials: PlumeCredentials) => Promise<IssuedToken>;
  now?: () => number;
}

const EARLY_MS = 60_000;

export class TokenManager {
  private readonly inFlight = new Map<number, Promise<string>>();
  private readonly now: () => number;

  constructor(private readonly deps: TokenManagerDeps) {
    this.now = deps.now ?? Date.now;
  }

  /**
   * A token to call the API with. `rejected` is a token the API just refused (401): unless
   * another request already replaced it, a new one is fetched. Throws `NotSetUpError` without
   * credentials and `TokenExchangeError` when the SSO refuses or cannot be reached.
   */
  async accessToken(userId: number, rejected?: string): Promise<string> {
    const stored = await this.read(userId);
    const fresh = stored && this.now() < stored.refreshAt;
    if (stored && fresh && stored.accessToken !== rejected) return stored.accessToken;
    if (stored && rejected === undefined && this.now() < stored.expiresAt && !fresh) {
      // Due for refresh but still valid: refresh, and fall back to the old one if the SSO is down.
      return this.refresh(userId).catch((error: unknown) => {
        if (error instanceof TokenExchangeError && !error.credentialsRefused) {
          return stored.accessToken;
        }
        throw error;
      });
    }
    return this.refresh(userId);
  }

  /** Exchanges the stored credentials now and stores the token (single-flight per user). */
  refresh(userId: number): Promise<string> {
    const pending = this.inFlight.get(userId);
    if (pending) return pending;
    const run = (async () => {
      const credentials = await this.deps.credentials.load(userId);
      if (!credentials) throw new NotSetUpError();
      return this.store(userId, await this.deps.exchange(credentials));
    })().finally(() => this.inFlight.delete(userId));
    this.inFlight.set(userId, run);
    return run;
  }

  /** Stores a token just issued (by /setup's exchange, or a refresh) and returns it. */
  async store(userId: number, issued: IssuedToken): Promise<string> {
    const lifetimeMs = Math.max(1, issued.expiresInSec) * 1000;
    const issuedAt = this.now();
    const token: StoredToken = {
      accessToken: issued.accessToken,
      expiresAt: issuedAt + lifetimeMs,
      refreshAt: issuedAt + lifetimeMs - Math.min(EARLY_MS, lifetimeMs / 2),
    };
    await this.deps.storage.set(
      this.deps.keys.token(userId),
      this.deps.secrets.seal(JSON.stringify(token)),
      lifetimeMs,
    );
    return token.accessToken;
  }

  async forget(userId: number): Promise<void> {
    await this.deps.storage.delete(this.deps.keys.token(userId));
  }

  private async read(userId: number): Promise<StoredToken | undefined> {
    const sealed = await this.deps.storage.get<string>(this.deps.keys.token(userId));
    if (typeof sealed !== "string") return undefined;
    try {
      const token = JSON.parse(this.deps.secrets.open(sealed)) as StoredToken;
      return this.now() < token.expiresAt ? token : undefined;
    } catch {
      return undefined;
    }
  }
}
