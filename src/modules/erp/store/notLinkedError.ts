/**
 * Thrown where a command or a button needs a linked ERP account and there is none: `not_linked`
 * (never linked, or unlinked) or `ended` (the backend refused the link's tokens: revoked, or the
 * user was disabled). erp's error boundary turns it into "link your account" in the user's language.
 */
export class NotLinkedError extends Error {
  override readonly name = "NotLinkedError";

  constructor(readonly reason: "not_linked" | "ended") {
    super(`erp: ${reason.replace("_", " ")}`);
  }
}
