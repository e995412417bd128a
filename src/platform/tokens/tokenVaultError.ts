/**
 * Why the token vault could not hand out a token, sorted by what the module should tell the user:
 * `needsLogin` means "log in again" (the stored credentials are missing or refused); anything
 * else is worth another try later.
 */
export type TokenVaultFailure =
  /** Nothing stored for the user, or it no longer opens (its secret key was removed). */
  | "no_credentials"
  /** The module's refresh said the credentials themselves are refused (e.g. `invalid_client`). */
  | "credentials_rejected"
  /** The refresh failed for another reason (network, 5xx, a bad answer): `cause` says which. */
  | "refresh_failed"
  /** Another instance held the refresh lease and no new token appeared within the wait bound. */
  | "refresh_timeout";

/**
 * Thrown by `token()` and `withToken()` when no usable token can be had. `cause` is the error the
 * module's refresh function threw (its own typed error, for a precise message); the message here
 * names the failure only, never credentials or tokens.
 */
export class TokenVaultError extends Error {
  override readonly name = "TokenVaultError";

  constructor(
    readonly kind: TokenVaultFailure,
    options?: { cause?: unknown },
  ) {
    super(`token vault: ${kind.replace(/_/g, " ")}`, options);
  }

  /** The user must provide credentials again (log in, /setup): retrying cannot help. */
  get needsLogin(): boolean {
    return this.kind === "no_credentials" || this.kind === "credentials_rejected";
  }
}
