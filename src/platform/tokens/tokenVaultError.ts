/**
 * Why the token vault could not hand out a token, sorted by what the module should tell the user:
 * `needsLogin` means "log in again" (the stored credentials are missing or refused); anything
 * else is worth another try later.
 */
import { BackendError } from "../http/backendError.js";

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

/**
 * What a failed `withToken` call means to a module that signs users in: `ended` when the user must
 * sign in again (nothing stored, the credentials refused, or the backend answering 401 even to a
 * fresh token) with `never` true when nothing was stored at all; otherwise the backend's own error
 * to tell (a refresh that failed for another reason is its cause; another instance's refresh that
 * did not finish in time is, to the user, a slow backend).
 */
export function settleVaultFailure(
  error: unknown,
  backend: string,
): { ended: true; never: boolean } | { ended: false; error: unknown } {
  if (error instanceof TokenVaultError) {
    if (error.needsLogin) return { ended: true, never: error.kind === "no_credentials" };
    if (error.cause instanceof BackendError) return { ended: false, error: error.cause };
    return {
      ended: false,
      error: new BackendError({ kind: "timeout", backend, message: `${backend}: ${error.message}` }),
    };
  }
  // A 401 right after a refresh (withToken retries once): the backend no longer takes the sign-in.
  if (error instanceof BackendError && error.kind === "unauthorized") return { ended: true, never: false };
  return { ended: false, error };
}
