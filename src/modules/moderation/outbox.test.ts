/** Which failed records the outbox keeps: API V2's own trouble, never a refusal. */
import { describe, expect, it } from "vitest";
import type { BackendErrorKind } from "../../platform/http/backendClient.js";
import { BackendError } from "../../platform/http/backendError.js";
import { worthRetrying } from "./outbox.js";

const failure = (kind: BackendErrorKind, status?: number) =>
  new BackendError({ kind, backend: "API V2", message: "failed", ...(status ? { status } : {}) });

describe("worthRetrying", () => {
  it.each([
    ["timeout", undefined],
    ["unavailable", undefined],
    ["unavailable", 500],
    ["unavailable", 503],
    ["rate_limited", 429],
  ] as const)("keeps %s (%s)", (kind, status) => {
    expect(worthRetrying(failure(kind, status))).toBe(true);
  });

  it.each([
    ["bad_request", 400],
    ["unauthorized", 401],
    ["forbidden", 403],
    ["not_found", 404],
    ["bad_request", 409],
    ["bad_request", 422],
    ["bad_response", 200],
  ] as const)("drops %s (%s)", (kind, status) => {
    expect(worthRetrying(failure(kind, status))).toBe(false);
  });

  it("keeps what is not an HTTP answer at all", () => {
    expect(worthRetrying(new TypeError("socket hang up"))).toBe(true);
  });
});
