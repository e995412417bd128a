/**
 * crm's core texts: every key its code asks for exists, in all four languages (en, ru, kk, ro),
 * including the keys it builds from a fixed set of suffixes. The content screens' texts
 * (`*.content.ftl`) are theirs to check; key parity across languages is test/kernel/locales.test.ts's.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { CRM_MODULES, ROLES } from "./domain/rbac.js";
import { LOCALES_DIR } from "./runtime.js";

const LANGUAGES = ["en", "ru", "kk", "ro"] as const;

function messageIds(language: string): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(LOCALES_DIR).filter((f) =>
    new RegExp(`^${language}(\\.[a-z-]+)?\\.ftl$`).test(f),
  )) {
    const source = readFileSync(join(LOCALES_DIR, file), "utf8");
    const resource = new FluentResource(source);
    const declared = source.match(/^[a-z][a-z0-9-]* =/gm) ?? [];
    expect(declared.length, `${file} has a syntax error`).toBe(resource.body.length);
    for (const message of resource.body) ids.add(message.id);
  }
  return ids;
}

/** Every `crm-…` key in the core's code (not the content screens'), plus the built ones. */
function keysInCode(): string[] {
  const keys = new Set<string>([
    ...ROLES.map((role) => `crm-role-${role.replace(/_/g, "-")}`),
    ...CRM_MODULES.map((module) => `crm-dashboard-${module.replace(/_/g, "-")}`),
    ...["login", "logout", "link", "session-revoke", "otp-revoke"].map((a) => `crm-audit-action-${a}`),
    ...["ok", "denied", "failed"].map((r) => `crm-audit-result-${r}`),
    ...["crm-session-ended", "crm-need-login"].flatMap((key) => [key, `${key}-alert`]),
  ]);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "content") walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        for (const [key] of readFileSync(path, "utf8").matchAll(/"crm-[a-z0-9-]+"/g))
          keys.add(key.slice(1, -1));
      }
    }
  };
  walk(join(LOCALES_DIR, ".."));
  return [...keys].sort();
}

describe("crm texts", () => {
  it.each(LANGUAGES)("every key the core's code uses exists in %s", (language) => {
    const ids = messageIds(language);
    expect(keysInCode().filter((key) => !ids.has(key))).toEqual([]);
  });

  it("kk is written in Cyrillic, ro with its diacritics", () => {
    const text = (language: string) => readFileSync(join(LOCALES_DIR, `${language}.ftl`), "utf8");
    expect(text("kk")).toMatch(/[әғқңөұүһі]/);
    expect(text("ro")).toMatch(/[ăâîșț]/);
    expect(text("ro")).not.toMatch(/[şţ]/); // cedilla forms instead of the comma below
  });
});
