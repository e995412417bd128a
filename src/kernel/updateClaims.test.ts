import { describe, expect, it } from "vitest";
import { memoryClaims, storeClaims } from "./updateClaims.js";

describe("update claims", () => {
  it("in memory: a handled update, or one being handled, is not taken again; released, it may be", () => {
    const claims = memoryClaims();
    expect(claims.op("update:b:1")).toEqual({ op: "get", key: "update:b:1" });
    expect(claims.take("update:b:1", undefined)).toBe(true);
    expect(claims.take("update:b:1", undefined)).toBe(false); // a redelivery while it runs
    expect(claims.take("update:b:2", "done")).toBe(false); // handled before a restart
    claims.release("update:b:1");
    expect(claims.take("update:b:1", "done")).toBe(false); // its marker is written now
    expect(claims.take("update:b:1", undefined)).toBe(true); // the marker failed to be written
  });

  it("in the store: the instance whose setIfAbsent won takes it", () => {
    const claims = storeClaims();
    expect(claims.op("update:b:1")).toMatchObject({ op: "setIfAbsent", key: "update:b:1", ttlMs: 60_000 });
    expect(claims.take("update:b:1", true)).toBe(true);
    expect(claims.take("update:b:1", false)).toBe(false);
  });
});
