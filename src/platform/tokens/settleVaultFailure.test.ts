import { describe, expect, it } from "vitest";
import { BackendError } from "../http/backendError.js";
import { settleVaultFailure, TokenVaultError } from "./tokenVaultError.js";

describe("what a failed withToken means to a module that signs users in", () => {
  const slow = new BackendError({ kind: "timeout", backend: "tabys", message: "tabys: timed out" });
  it("sign in again: nothing stored (never signed in), credentials refused, or a 401 to a fresh token", () => {
    expect(settleVaultFailure(new TokenVaultError("no_credentials"), "tabys")).toEqual({
      ended: true,
      never: true,
    });
    expect(settleVaultFailure(new TokenVaultError("credentials_rejected"), "tabys")).toEqual({
      ended: true,
      never: false,
    });
    const unauthorized = new BackendError({ kind: "unauthorized", backend: "tabys", message: "401" });
    expect(settleVaultFailure(unauthorized, "tabys")).toEqual({ ended: true, never: false });
  });

  it("otherwise the backend's error: a refresh's cause, or a slow backend when another refresh did not finish", () => {
    expect(settleVaultFailure(new TokenVaultError("refresh_failed", { cause: slow }), "tabys")).toEqual({
      ended: false,
      error: slow,
    });
    const waited = settleVaultFailure(new TokenVaultError("refresh_timeout"), "roa2web");
    expect(waited.ended).toBe(false);
    expect(waited.ended === false && waited.error).toMatchObject({ kind: "timeout", backend: "roa2web" });
    const other = new Error("boom");
    expect(settleVaultFailure(other, "tabys")).toEqual({ ended: false, error: other });
  });
});
