import { describe, expect, it } from "vitest";
import { parseCommandArgs } from "./commandArgs.js";

describe("parseCommandArgs", () => {
  it("by reply: a duration first, then the reason", () => {
    expect(parseCommandArgs("10m flooding the chat", { replying: true, timed: true })).toEqual({
      target: { kind: "reply" },
      duration: 600,
      reason: "flooding the chat",
    });
    expect(parseCommandArgs("", { replying: true, timed: true })).toEqual({
      target: { kind: "reply" },
      duration: undefined,
      reason: undefined,
    });
  });

  it("by numeric id, with and without a duration", () => {
    expect(parseCommandArgs("123456789 1d spam", { replying: false, timed: true })).toEqual({
      target: { kind: "id", id: 123456789 },
      duration: 86_400,
      reason: "spam",
    });
    expect(parseCommandArgs("42 spam links", { replying: false, timed: true })).toEqual({
      target: { kind: "id", id: 42 },
      duration: undefined,
      reason: "spam links",
    });
  });

  it("an untimed command keeps a duration-looking word in the reason", () => {
    expect(parseCommandArgs("42 10m", { replying: false, timed: false })).toEqual({
      target: { kind: "id", id: 42 },
      duration: undefined,
      reason: "10m",
    });
  });

  it("a @username is recognised, a plain word or a group id is no target", () => {
    expect(parseCommandArgs("@ann_admin 2h", { replying: false, timed: true }).target).toEqual({
      kind: "username",
      username: "ann_admin",
    });
    expect(parseCommandArgs("spam", { replying: false, timed: true })).toEqual({
      target: { kind: "none" },
      duration: undefined,
      reason: "spam",
    });
    expect(parseCommandArgs("-100123", { replying: false, timed: false }).target).toEqual({ kind: "none" });
  });

  it("keeps at most 500 characters of reason", () => {
    const reason = parseCommandArgs(`1 ${"x".repeat(600)}`, { replying: false, timed: false }).reason;
    expect(reason).toHaveLength(500);
  });
});
