/**
 * Link codes as the contract defines them: 8 characters from `A-Z` and `2-9` without the look-alikes
 * O and I (0 and 1 are not in `2-9`): 32 symbols, so 40 bits a code. Pure: reading what a person
 * typed or pasted, telling a code from an ordinary word, and the keyed hash a code is stored under
 * (never the code itself).
 */
import { createHmac } from "node:crypto";

export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 8;

const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A well-formed code (already uppercase). */
export const isCode = (text: string): boolean => CODE.test(text);

export type CodeInput =
  | { ok: true; code: string }
  /** `missing`: nothing given; `format`: not 8 characters of the alphabet. */
  | { ok: false; problem: "missing" | "format" };

/**
 * What a person gave as a code: spaces and dashes dropped (`ABCD-2345`, `abcd 2345`), uppercased.
 * A 0 or a 1 is never a code's: it is a look-alike typed for O or I, and refused as a format error.
 */
export function readCode(text: string): CodeInput {
  const compact = text.replace(/[\s-]+/g, "").toUpperCase();
  if (compact === "") return { ok: false, problem: "missing" };
  return isCode(compact) ? { ok: true, code: compact } : { ok: false, problem: "format" };
}

/**
 * Whether a message sent on its own is meant as a code: 8 letters and digits (dashes and spaces allowed), with
 * a digit in it or in capitals as codes are shown. "invoices" is a word; "ABCD2345", "abcd2345" and
 * "KMNPQRST" are codes (a wrong one is still answered as a code, and deleted).
 */
export function looksLikeCode(text: string): boolean {
  const compact = text.replace(/[\s-]+/g, "");
  if (!/^[A-Za-z0-9]{8}$/.test(compact)) return false;
  return /[0-9]/.test(compact) || compact === compact.toUpperCase();
}

/** A `/start` payload the module takes: anything shaped like a code, right or wrong. */
export const isCodePayload = (payload: string): boolean => /^[A-Za-z0-9]{8}$/.test(payload);

/**
 * The key a code is stored under: HMAC-SHA256 with a secret of the instance, so a copy of the
 * store does not give the codes away (40 bits would not survive an offline search of a plain hash).
 */
export function hashCode(code: string, pepper: string | Buffer): string {
  return createHmac("sha256", pepper).update(code).digest("base64url");
}
