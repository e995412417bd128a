import { describe, expect, it } from "vitest";
import { isLinkPayload, parseStartPayload } from "./startPayload.js";

describe("/start payloads", () => {
  it("link_<TOKEN> carries the token", () => {
    expect(parseStartPayload("link_AbC-123_xyz")).toEqual({ kind: "link", token: "AbC-123_xyz" });
  });

  it("anything else, or a link without a token, is unknown", () => {
    expect(parseStartPayload("link_")).toEqual({ kind: "unknown" });
    expect(parseStartPayload("ref_42")).toEqual({ kind: "unknown" });
    expect(parseStartPayload("link_a b")).toEqual({ kind: "unknown" });
    expect(parseStartPayload(`link_${"x".repeat(60)}`)).toEqual({ kind: "unknown" });
  });

  it("crm claims every link_ payload, well formed or not", () => {
    expect(isLinkPayload("link_")).toBe(true);
    expect(isLinkPayload("ref_42")).toBe(false);
  });
});
