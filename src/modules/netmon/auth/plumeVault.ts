/**
 * netmon's credentials and tokens: the platform token vault, with Plume's client-credentials
 * exchange as its refresh. Plume issues no refresh token, so a refresh is simply a new exchange
 * with the stored header; the SSO refusing that header (`invalid_client`, `invalid_scope`) is a
 * credential failure: the user runs /setup again.
 */
import type { SecretBox } from "../../../platform/secrets/secretBox.js";
import type { Storage } from "../../../platform/storage/storage.js";
import {
  createTokenVault,
  type TokenVault,
  TokenVaultError,
  type VaultToken,
} from "../../../platform/tokens/tokenVault.js";
import { type IssuedToken, TokenExchangeError } from "./tokenExchange.js";

/** A Telegram user's Plume client, as /setup stored it. */
export interface PlumeCredentials {
  /** `Basic <base64(client_id:client_secret)>`, as the token endpoint wants it. */
  authorization: string;
  partnerId: string;
  /** Epoch ms of /setup. */
  savedAt: number;
}

export type PlumeVault = TokenVault<PlumeCredentials>;

export interface PlumeVaultOptions {
  storage: Storage;
  secrets: SecretBox;
  botId: string;
  /** One client-credentials exchange (throws `TokenExchangeError`). */
  exchange: (credentials: Pick<PlumeCredentials, "authorization" | "partnerId">) => Promise<IssuedToken>;
  now: () => number;
  /** The SSO client's timeout: the refresh lease outlasts it, so two instances never exchange at once. */
  ssoTimeoutMs: number;
}

export function createPlumeVault(options: PlumeVaultOptions): PlumeVault {
  const { now } = options;
  return createTokenVault<PlumeCredentials>({
    storage: options.storage,
    secrets: options.secrets,
    // Records land on `netmon:<bot>:cred:<user>` (storageKeys.ts `credentials`), where /setup always kept them.
    keyPrefix: `netmon:${options.botId}:`,
    refresh: async (credentials) => vaultToken(await options.exchange(credentials), now),
    isCredentialFailure: (error) => error instanceof TokenExchangeError && error.credentialsRefused,
    // What /setup sealed before the vault: `{ authorization, partnerId, savedAt }` alone.
    adopt: (plain) => (isPlumeCredentials(plain) ? plain : undefined),
    now,
    leaseMs: options.ssoTimeoutMs + 5_000,
  });
}

function isPlumeCredentials(plain: unknown): plain is PlumeCredentials {
  const c = plain as PlumeCredentials;
  return (
    typeof c === "object" &&
    c !== null &&
    typeof c.authorization === "string" &&
    typeof c.partnerId === "string" &&
    typeof c.savedAt === "number"
  );
}

/** The vault's form of a token the SSO just issued (`expires_in` counted from now). */
export function vaultToken(issued: IssuedToken, now: () => number): VaultToken {
  return { token: issued.accessToken, expiresAt: now() + Math.max(1, issued.expiresInSec) * 1000 };
}

/** What went wrong getting a token, in netmon's terms: no /setup, or the exchange's failure. */
export function tokenProblem(error: unknown): "not_set_up" | TokenExchangeError | undefined {
  if (!(error instanceof TokenVaultError)) return error instanceof TokenExchangeError ? error : undefined;
  if (error.kind === "no_credentials") return "not_set_up";
  if (error.cause instanceof TokenExchangeError) return error.cause;
  // Another instance's exchange did not finish in time: to the user, the SSO did not answer.
  return error.kind === "refresh_timeout" ? new TokenExchangeError("unreachable") : undefined;
}
