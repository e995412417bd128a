import { describe, expect, it } from "vitest";
import { formatBackendTime, formatUtc, roleName } from "./format.js";

describe("crm formatting", () => {
  it("times in UTC, to the minute", () => {
    expect(formatUtc(Date.UTC(2025, 11, 5, 21, 48, 59))).toBe("2025-12-05 21:48 UTC");
    expect(formatUtc(Date.UTC(2026, 0, 1, 0, 0))).toBe("2026-01-01 00:00 UTC");
  });

  it("backend times: with Z, with an offset, or without a zone (UTC, as FastAPI writes naive times)", () => {
    expect(formatBackendTime("2025-12-05T21:48:00.123Z")).toBe("2025-12-05 21:48 UTC");
    expect(formatBackendTime("2025-12-06T02:48:00+05:00")).toBe("2025-12-05 21:48 UTC");
    expect(formatBackendTime("2025-12-05T21:48:00")).toBe("2025-12-05 21:48 UTC");
    expect(formatBackendTime(undefined)).toBe("—");
    expect(formatBackendTime(`yesterday ${"x".repeat(80)}`)).toHaveLength(32);
  });

  it("a known role by its name in the language; an unknown one as the backend wrote it", () => {
    const t = (key: string) => `«${key}»`;
    expect(roleName(t, "super_admin")).toBe("«crm-role-super-admin»");
    expect(roleName(t, "janitor")).toBe("janitor");
  });
});
