/**
 * crm's core texts: every key its code asks for exists, in all four languages (en, ru, kk, ro),
 * including the keys it builds from a fixed set of suffixes. The content screens' texts
 * (`*.content.ftl`) are theirs to check; key parity across languages is test/kernel/locales.test.ts's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keysNamedInCode, messageIds } from "../../../test/support/localeKeys.js";
import { CRM_MODULES, ROLES } from "./domain/rbac.js";
import { LOCALES_DIR } from "./runtime.js";

const LANGUAGES = ["en", "ru", "kk", "ro"] as const;

const messageIdsOf = (language: string) => messageIds(LOCALES_DIR, language);

/** Every `crm-…` key in the core's code (not the content screens'), plus the built ones. */
function keysInCode(): string[] {
  const keys = new Set<string>([
    ...ROLES.map((role) => `crm-role-${role.replace(/_/g, "-")}`),
    ...CRM_MODULES.map((module) => `crm-dashboard-${module.replace(/_/g, "-")}`),
    ...["login", "logout", "link", "session-revoke", "otp-revoke"].map((a) => `crm-audit-action-${a}`),
    ...["ok", "denied", "failed"].map((r) => `crm-audit-result-${r}`),
    ...["crm-session-ended", "crm-need-login"].flatMap((key) => [key, `${key}-alert`]),
  ]);
  for (const key of keysNamedInCode(join(LOCALES_DIR, ".."), /"crm-[a-z0-9-]+"/g, ["content"])) keys.add(key);
  return [...keys].sort();
}

describe("crm texts", () => {
  it.each(LANGUAGES)("every key the core's code uses exists in %s", (language) => {
    const ids = messageIdsOf(language);
    expect(keysInCode().filter((key) => !ids.has(key))).toEqual([]);
  });

  it("kk is written in Cyrillic, ro with its diacritics", () => {
    const text = (language: string) => readFileSync(join(LOCALES_DIR, `${language}.ftl`), "utf8");
    expect(text("kk")).toMatch(/[әғқңөұүһі]/);
    expect(text("ro")).toMatch(/[ăâîșț]/);
    expect(text("ro")).not.toMatch(/[şţ]/); // cedilla forms instead of the comma below
  });
});
