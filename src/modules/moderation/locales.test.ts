/**
 * moderation's texts: every key its code asks for exists in all four languages, the keys it
 * builds from suffixes included, and nothing unused; key parity across languages is
 * test/kernel/locales.test.ts's, the Romanian formal register src/kernel/romanianRegister.test.ts's.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { MEMBER_COMMANDS } from "./features/actionSpecs.js";
import { LOCALES_DIR } from "./runtime.js";

const LANGUAGES = ["en", "ro", "ru", "kk"] as const;

function messageIds(language: string): Set<string> {
  const source = readFileSync(join(LOCALES_DIR, `${language}.ftl`), "utf8");
  return new Set(new FluentResource(source).body.map((message) => message.id));
}

function keysInCode(): string[] {
  const keys = new Set<string>([
    ...MEMBER_COMMANDS.filter((c) => c !== "warn").map((c) => `mod-done-${c}`),
    ...["ban", "mute", "kick"].map((a) => `mod-escalated-${a}`),
    ...["raised", "forever"].map((c) => `mod-clamped-${c}`),
    ...["w", "d", "h", "m", "s"].map((u) => `mod-unit-${u}`),
  ]);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        for (const [key] of readFileSync(path, "utf8").matchAll(/"mod-[a-z0-9-]+"/g))
          keys.add(key.slice(1, -1));
      }
    }
  };
  walk(join(LOCALES_DIR, ".."));
  return [...keys].sort();
}

describe("moderation texts", () => {
  it.each(LANGUAGES)("every key the code uses exists in %s", (language) => {
    const ids = messageIds(language);
    expect(keysInCode().filter((key) => !ids.has(key))).toEqual([]);
  });

  it("nothing in the files that the code never asks for", () => {
    const used = new Set(keysInCode());
    expect([...messageIds("en")].filter((id) => !used.has(id))).toEqual([]);
  });
});
