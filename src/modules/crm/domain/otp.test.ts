import { describe, expect, it } from "vitest";
import { parseOtp } from "./otp.js";

describe("OTP input", () => {
  it("is uppercased and trimmed before its format is checked", () => {
    expect(parseOtp("a7b9c3d5")).toEqual({ ok: true, otp: "A7B9C3D5" });
    expect(parseOtp("  A7b9C3d5 \n")).toEqual({ ok: true, otp: "A7B9C3D5" });
    expect(parseOtp("12345678")).toEqual({ ok: true, otp: "12345678" });
    expect(parseOtp("ABCDEFGH")).toEqual({ ok: true, otp: "ABCDEFGH" });
  });

  it("nothing after /login is missing, not malformed", () => {
    expect(parseOtp(undefined)).toEqual({ ok: false, problem: "missing" });
    expect(parseOtp("")).toEqual({ ok: false, problem: "missing" });
    expect(parseOtp("   ")).toEqual({ ok: false, problem: "missing" });
  });

  it("exactly 8 of A-Z and 0-9: anything else is refused without asking the backend", () => {
    for (const text of [
      "A7B9C3D",
      "A7B9C3D5E",
      "A7B9-3D5",
      "A7B9 C3D5",
      "А7В9С3D5", // Cyrillic look-alikes
      "ÄÖÜ12345",
      "A7B9C3D5; DROP",
      "'A7B9C3D'",
    ]) {
      expect(parseOtp(text), text).toEqual({ ok: false, problem: "format" });
    }
  });
});
