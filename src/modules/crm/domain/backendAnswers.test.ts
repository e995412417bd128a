import { describe, expect, it } from "vitest";
import { countsAsFailure, linkRefusal, otpRefusal } from "./backendAnswers.js";

describe("Tabys refusals", () => {
  it("verify-otp: 401 invalid vs expired by the detail, 404 no admin, 403 bad secret", () => {
    expect(otpRefusal({ status: 401, detail: "Invalid OTP token" })).toBe("invalid");
    expect(otpRefusal({ status: 401, detail: "OTP token is invalid: expired" })).toBe("expired");
    expect(otpRefusal({ status: 401, detail: undefined })).toBe("invalid");
    expect(otpRefusal({ status: 404, detail: "Admin account not found" })).toBe("no_admin");
    expect(otpRefusal({ status: 403, detail: "Invalid bot secret" })).toBe("bad_secret");
    expect(otpRefusal({ status: 503, detail: undefined })).toBeUndefined();
    expect(otpRefusal({ status: undefined, detail: undefined })).toBeUndefined();
  });

  it("confirm-link: 404, 409, 400/422, 403", () => {
    expect(linkRefusal({ status: 404, detail: undefined })).toBe("expired");
    expect(linkRefusal({ status: 409, detail: undefined })).toBe("already_linked");
    expect(linkRefusal({ status: 400, detail: "bad" })).toBe("malformed");
    expect(linkRefusal({ status: 422, detail: [] })).toBe("malformed");
    expect(linkRefusal({ status: 403, detail: undefined })).toBe("bad_secret");
    expect(linkRefusal({ status: 500, detail: undefined })).toBeUndefined();
  });

  it("only a wrong secret counts towards the lockout", () => {
    expect(
      ["invalid", "expired", "no_admin", "bad_secret", "already_linked", "malformed"].map((r) =>
        countsAsFailure(r as never),
      ),
    ).toEqual([true, true, false, false, false, false]);
  });
});
