/**
 * moderation's texts: every key its code asks for exists in all four languages, the keys it
 * builds from suffixes included, and nothing unused; key parity across languages is
 * test/kernel/locales.test.ts's, the Romanian formal register src/kernel/romanianRegister.test.ts's.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keysNamedInCode, messageIds } from "../../../test/support/localeKeys.js";
import { MEMBER_COMMANDS } from "./features/actionSpecs.js";
import { LOCALES_DIR } from "./runtime.js";

const LANGUAGES = ["en", "ro", "ru", "kk"] as const;

const messageIdsOf = (language: string) => messageIds(LOCALES_DIR, language);

function keysInCode(): string[] {
  const keys = new Set<string>([
    ...MEMBER_COMMANDS.filter((c) => c !== "warn").map((c) => `mod-done-${c}`),
    ...["ban", "mute", "kick"].map((a) => `mod-escalated-${a}`),
    ...["raised", "forever"].map((c) => `mod-clamped-${c}`),
    ...["w", "d", "h", "m", "s"].map((u) => `mod-unit-${u}`),
  ]);
  for (const key of keysNamedInCode(join(LOCALES_DIR, ".."), /"mod-[a-z0-9-]+"/g)) keys.add(key);
  return [...keys].sort();
}

describe("moderation texts", () => {
  it.each(LANGUAGES)("every key the code uses exists in %s", (language) => {
    const ids = messageIdsOf(language);
    expect(keysInCode().filter((key) => !ids.has(key))).toEqual([]);
  });

  it("nothing in the files that the code never asks for", () => {
    const used = new Set(keysInCode());
    expect([...messageIdsOf("en")].filter((id) => !used.has(id))).toEqual([]);
  });
});
