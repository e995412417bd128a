/**
 * Thrown where a crm handler needs the user's sign-in and there is none (any more). The crm
 * error boundary (features/errorBoundary.ts) answers it with "please /login"; handlers and the
 * content screens simply let it propagate.
 */

export type SignedOutReason =
  /** No sign-in: the user never logged in, logged out, or it idled out. */
  | "signed_out"
  /** The backend ended it: revoked from the web panel, logged out elsewhere, or no admin access left. */
  | "ended";

export class SignedOutError extends Error {
  override readonly name = "SignedOutError";
  constructor(readonly reason: SignedOutReason) {
    super(reason === "ended" ? "crm: the Tabys session has ended" : "crm: not signed in");
  }
}
