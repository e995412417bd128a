/**
 * What the vault keeps per user: ONE sealed storage value holding the credentials and the token
 * they earned. One value, so a refresh that rotates the credentials (a new refresh token) stores
 * them together with the new access token in a single write: no reader can ever see the new
 * token with the spent refresh token, or the reverse.
 */
import type { SecretBox } from "../secrets/secretBox.js";

/** A token as the module's refresh function returns it. */
export interface VaultToken {
  /** The access token (a JWT, an opaque string): sent to the backend, never logged. */
  token: string;
  /** Epoch ms after which the backend refuses it. */
  expiresAt: number;
}

/** The token at rest: `issuedAt` (vault clock) lets short-lived tokens get a proportional margin. */
export interface StoredToken {
  value: string;
  expiresAt: number;
  issuedAt: number;
}

export interface VaultRecord<C> {
  /** New on every `put`: a refresh that started before a new login must not overwrite it. */
  generation: string;
  credentials: C;
  token?: StoredToken;
}

export function sealRecord<C>(secrets: SecretBox, record: VaultRecord<C>): string {
  return secrets.seal(JSON.stringify(record));
}

/**
 * The record in `sealed`, or undefined when there is none or it does not open (tampered, or sealed
 * with a key that was removed): either way the user has to log in again.
 */
export function openRecord<C>(
  secrets: SecretBox,
  sealed: unknown,
  adopt?: (plain: unknown) => C | undefined,
): VaultRecord<C> | undefined {
  if (typeof sealed !== "string") return undefined;
  let record: unknown;
  try {
    record = JSON.parse(secrets.open(sealed));
  } catch {
    return undefined;
  }
  if (typeof record !== "object" || record === null) return undefined;
  const { generation, credentials, token } = record as Partial<VaultRecord<C>>;
  if (typeof generation !== "string") {
    // Sealed credentials a module stored before it used the vault: kept, with no token yet.
    const adopted = adopt?.(record);
    return adopted === undefined ? undefined : { generation: "adopted", credentials: adopted };
  }
  if (credentials === undefined) return undefined;
  const valid = token === undefined || isStoredToken(token);
  return { generation, credentials, ...(valid && token ? { token } : {}) };
}

function isStoredToken(token: unknown): token is StoredToken {
  const t = token as StoredToken;
  return (
    typeof t === "object" &&
    t !== null &&
    typeof t.value === "string" &&
    Number.isFinite(t.expiresAt) &&
    Number.isFinite(t.issuedAt)
  );
}

/** Refuses what a refresh function must never return: an empty token or an expiry that is not a number. */
export function isVaultToken(token: unknown): token is VaultToken {
  const t = token as VaultToken;
  return (
    typeof t === "object" &&
    t !== null &&
    typeof t.token === "string" &&
    t.token !== "" &&
    Number.isFinite(t.expiresAt)
  );
}

/**
 * When a token is due for refresh: `marginMs` before it expires, but never earlier than half its
 * lifetime. Without that cap a token living less than the margin would be "due" from birth and
 * refreshed on every call (and an instance waiting for another's refresh would never accept it).
 */
export function refreshAt(token: StoredToken, marginMs: number): number {
  return token.expiresAt - Math.min(marginMs, (token.expiresAt - token.issuedAt) / 2);
}
