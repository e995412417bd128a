/**
 * What the Tabys backend's refusals mean for the user, from the status and FastAPI's `detail`
 * (backends/tabys/README.md, "Authentication"). Pure: the handlers turn these into sentences.
 */

/** Why `verify-otp` refused an OTP. */
export type OtpRefusal =
  /** 401 "Invalid OTP token": unknown, already used or revoked. */
  | "invalid"
  /** 401 "OTP token is invalid: …": it expired. */
  | "expired"
  /** 404: the OTP is fine but its admin account is gone. */
  | "no_admin"
  /** 403: the backend refuses this bot's `X-Bot-Secret` (a deployment mistake). */
  | "bad_secret";

export interface Refusal {
  status: number | undefined;
  detail: unknown;
}

/** The refusal's kind, or undefined for anything else (timeouts, 5xx: the kernel explains those). */
export function otpRefusal({ status, detail }: Refusal): OtpRefusal | undefined {
  if (status === 401) {
    return typeof detail === "string" && detail.startsWith("OTP token is invalid") ? "expired" : "invalid";
  }
  if (status === 404) return "no_admin";
  if (status === 403) return "bad_secret";
  return undefined;
}

/** Why `confirm-link` refused a link token. */
export type LinkRefusal = "expired" | "already_linked" | "malformed" | "bad_secret";

export function linkRefusal({ status }: Refusal): LinkRefusal | undefined {
  switch (status) {
    case 404:
      return "expired";
    case 409:
      return "already_linked";
    case 400:
    case 422:
      return "malformed";
    case 403:
      return "bad_secret";
    default:
      return undefined;
  }
}

/** True when a wrong secret was typed: these count towards the lockout. */
export const countsAsFailure = (refusal: OtpRefusal | LinkRefusal): boolean =>
  refusal === "invalid" || refusal === "expired";
