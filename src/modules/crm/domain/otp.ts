/**
 * The one-time password an administrator generates in the Tabys web panel: 8 characters of
 * `[A-Z0-9]`, valid 10 minutes, single use. The bot normalizes what was typed (trimmed,
 * uppercased) and checks the format before it asks the backend, so a typo costs no backend call.
 */

export const OTP_PATTERN = /^[A-Z0-9]{8}$/;

export type OtpInput =
  | { ok: true; otp: string }
  /** `missing`: `/login` alone; `format`: not 8 letters and digits. */
  | { ok: false; problem: "missing" | "format" };

/** What follows `/login`, as the backend wants it, or why it cannot be an OTP. */
export function parseOtp(argument: string | undefined): OtpInput {
  const text = (argument ?? "").trim();
  if (text === "") return { ok: false, problem: "missing" };
  const otp = text.toUpperCase();
  return OTP_PATTERN.test(otp) ? { ok: true, otp } : { ok: false, problem: "format" };
}
