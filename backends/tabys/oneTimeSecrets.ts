/**
 * The short-lived secrets the backend hands out: OTPs (`/login A7B9C3D5`) and link tokens
 * (`/start link_<token>`). Only their SHA-256 is stored: they are random, high-entropy and
 * short-lived, so a fast hash is enough, and a database dump reveals none of them.
 */
import { createHash, randomBytes, randomInt } from "node:crypto";

const OTP_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const OTP_LENGTH = 8;
export const OTP_PATTERN = /^[A-Z0-9]{8}$/;

/** 8 characters `[A-Z0-9]`, each drawn uniformly (randomInt has no modulo bias). */
export function newOtp(): string {
  let otp = "";
  for (let i = 0; i < OTP_LENGTH; i++) otp += OTP_ALPHABET[randomInt(OTP_ALPHABET.length)];
  return otp;
}

/** 32 base64url characters: `link_<token>` stays well within Telegram's 64-character start payload. */
export function newLinkToken(): string {
  return randomBytes(24).toString("base64url");
}

/** A random session id with a readable prefix (`tg_…`, `web_…`). */
export function newSessionId(prefix: "tg" | "web"): string {
  return `${prefix}_${randomBytes(18).toString("base64url")}`;
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}
