/** Link codes as people type them, messages that are (not) codes, and the keyed hash codes are stored under. */
import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, hashCode, isCodePayload, looksLikeCode, readCode } from "./linkCode.js";

describe("link codes", () => {
  it("32 symbols, without 0/O and 1/I: 40 bits in 8 characters", () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[01OI]/);
  });

  it("read as people type them: spaces and dashes dropped, uppercased", () => {
    expect(readCode(" abcd-2345 ")).toEqual({ ok: true, code: "ABCD2345" });
    expect(readCode("ABCD 2345")).toEqual({ ok: true, code: "ABCD2345" });
    expect(readCode("")).toEqual({ ok: false, problem: "missing" });
    // O and 0, I and 1 are look-alikes no code holds; 7 or 9 characters are not a code.
    expect(["ABCD0345", "ABCDO345", "ABCD1345", "ABC2345", "ABCD23456"].map((t) => readCode(t).ok)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("a message sent alone is a code when it has a digit or is in capitals; words are not", () => {
    expect(["ABCD2345", "abcd2345", "KMNPQRST", "ABCD-2345", "ABCD1345"].map(looksLikeCode)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["invoices", "Facturii", "hello", "dashboard", "ABCD23456"].map(looksLikeCode)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("deep-link payloads the module takes: 8 letters and digits", () => {
    expect(["ABCD2345", "abcd2345", "link_abc", "ABCD234", "ABCD2345X"].map(isCodePayload)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("stored under a keyed hash: stable for one key, different for another, never the code", () => {
    const a = hashCode("ABCD2345", "pepper-1");
    expect(hashCode("ABCD2345", "pepper-1")).toBe(a);
    expect(hashCode("ABCD2345", "pepper-2")).not.toBe(a);
    expect(hashCode("ABCD2346", "pepper-1")).not.toBe(a);
    expect(a).not.toContain("ABCD2345");
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
