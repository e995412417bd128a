import { describe, expect, it } from "vitest";
import { callsAdmins } from "./adminCall.js";

describe("callsAdmins", () => {
  it.each([
    "@admin",
    "@admins",
    "@ADMIN spam here",
    "look at this @admin!",
    "spam,@admins",
    "(@admin)",
    "line one\n@Admin",
  ])("%j calls the admins", (text) => {
    expect(callsAdmins(text)).toBe(true);
  });

  it.each([
    undefined,
    "",
    "admin",
    "@administrator_bot hello",
    "@adminsky",
    "@admin_team",
    "write to me@admin.com",
    "mail@admins",
    "@@admin",
    "the admins are asleep",
  ])("%j does not", (text) => {
    expect(callsAdmins(text)).toBe(false);
  });
});
