import { describe, expect, it } from "vitest";
import { messageLink } from "./messageLink.js";

describe("messageLink", () => {
  it("a public group's message links by the group's username", () => {
    expect(messageLink({ id: -1001234567890, type: "supergroup", username: "rustlearners" }, 42)).toBe(
      "https://t.me/rustlearners/42",
    );
  });

  it("a private supergroup's message links by its internal id, without the -100", () => {
    expect(messageLink({ id: -1001234567890, type: "supergroup" }, 7)).toBe("https://t.me/c/1234567890/7");
  });

  it("a basic group's message has no link", () => {
    expect(messageLink({ id: -4012345, type: "group" }, 7)).toBeUndefined();
  });
});
