import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../kernel/i18n.js";
import { ADMIN_RIGHTS } from "./adminRights.js";

const here = dirname(fileURLToPath(import.meta.url));
const localesDir = join(here, "../../kernel/locales");

/** The ids of the `group-` messages of one language. */
function groupMessages(language: string): Set<string> {
  const source = readFileSync(join(localesDir, `${language}.ftl`), "utf8");
  const resource = new FluentResource(source);
  const declared = source.match(/^group-[a-z0-9_-]* =/gm) ?? [];
  const ids = new Set<string>();
  for (const entry of resource.body) {
    if (entry.id.startsWith("group-")) ids.add(entry.id);
  }
  // A syntax error turns a message into junk the parser drops: count the declarations.
  expect(ids.size, `${language}.ftl: a group- message does not parse`).toBe(declared.length);
  return ids;
}

/** Keys the code asks for: literals, plus one per admin right. */
function keysInCode(): string[] {
  const keys = new Set(ADMIN_RIGHTS.map((r) => `group-right-${r}`));
  for (const file of readdirSync(here).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    for (const [key] of readFileSync(join(here, file), "utf8").matchAll(/"group-[a-z0-9_-]+"/g)) {
      keys.add(key.slice(1, -1));
    }
  }
  return [...keys].sort();
}

describe("group texts", () => {
  it("every key the code uses exists in every language, and no language has extra ones", () => {
    const expected = keysInCode();
    expect(expected.length).toBeGreaterThan(ADMIN_RIGHTS.length);
    for (const language of LANGUAGES) {
      expect([...groupMessages(language)].sort(), language).toEqual(expected);
    }
  });
});
