/**
 * Every text ships complete in every language: for the kernel's locales and each registered
 * module's, every language has exactly the English messages (and attributes), each using the same
 * variables, messages and terms as the English one, and plural variants the language has.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { DEFAULT_LANGUAGE, LANGUAGES } from "../../src/kernel/i18n.js";
import { moduleRegistry } from "../../src/modules/registry.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const folders = [
  join(root, "src/kernel/locales"),
  ...Object.values(moduleRegistry).flatMap((m) => (m.locales ? [m.locales] : [])),
].filter((folder) => existsSync(folder));

const PLURAL_CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

interface Entry {
  /** `$variable`, `message`, `-term` (with `.attribute`) the text refers to. */
  references: Set<string>;
  /** Variant keys that are CLDR plural categories. */
  pluralKeys: Set<string>;
}

/** Walks a parsed Fluent pattern (the runtime AST of @fluent/bundle). */
function collect(node: unknown, entry: Entry): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) collect(child, entry);
    return;
  }
  const n = node as Record<string, unknown>;
  const attr = typeof n.attr === "string" ? `.${n.attr}` : "";
  if (n.type === "var") entry.references.add(`$${n.name}`);
  if (n.type === "mesg") entry.references.add(`${n.name}${attr}`);
  if (n.type === "term") entry.references.add(`-${n.name}${attr}`);
  if (n.type === "select") {
    for (const variant of n.variants as Array<{ key: { type: string; value: unknown } }>) {
      const key = String(variant.key.value);
      if (variant.key.type === "str" && PLURAL_CATEGORIES.has(key)) entry.pluralKeys.add(key);
    }
  }
  for (const value of Object.values(n)) collect(value, entry);
}

/** Messages and attributes of one language in one folder, `id` and `id.attribute`. */
function entries(folder: string, language: string): Map<string, Entry> {
  const pattern = new RegExp(`^${language}(\\.[a-z0-9-]+)?\\.ftl$`);
  const files = readdirSync(folder).filter((file) => pattern.test(file));
  const out = new Map<string, Entry>();
  for (const file of files) {
    const source = readFileSync(join(folder, file), "utf8");
    const resource = new FluentResource(source);
    // A syntax error turns an entry into junk that the parser drops: count the declarations.
    const declared = source.match(/^-?[a-zA-Z][\w-]*\s*=/gm) ?? [];
    expect(resource.body.length, `${relative(root, join(folder, file))} has a syntax error`).toBe(
      declared.length,
    );
    for (const message of resource.body) {
      const id = message.id;
      if (message.value !== null) {
        const entry: Entry = { references: new Set(), pluralKeys: new Set() };
        collect(message.value, entry);
        out.set(id, entry);
      }
      for (const [name, value] of Object.entries(message.attributes)) {
        const entry: Entry = { references: new Set(), pluralKeys: new Set() };
        collect(value, entry);
        out.set(`${id}.${name}`, entry);
      }
    }
  }
  return out;
}

const others = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE);
const cases = folders.flatMap((folder) =>
  others.map((language) => [relative(root, folder), language, folder] as const),
);

describe("locale completeness", () => {
  it("covers the kernel and every registered module that has texts", () => {
    expect(folders.map((f) => relative(root, f))).toEqual(
      expect.arrayContaining([
        "src/kernel/locales",
        "src/modules/about/locales",
        "src/modules/netmon/locales",
      ]),
    );
    expect(LANGUAGES).toContain("kk");
  });

  it.each(cases)("%s: %s has exactly the English messages", (_name, language, folder) => {
    const en = entries(folder, DEFAULT_LANGUAGE);
    const translated = entries(folder, language);
    expect(en.size).toBeGreaterThan(0);
    const missing = [...en.keys()].filter((id) => !translated.has(id));
    const extra = [...translated.keys()].filter((id) => !en.has(id));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(cases)("%s: %s uses the English variables in every message", (_name, language, folder) => {
    const en = entries(folder, DEFAULT_LANGUAGE);
    const mismatched: string[] = [];
    for (const [id, entry] of entries(folder, language)) {
      const expected = [...(en.get(id)?.references ?? [])].sort().join(" ");
      const actual = [...entry.references].sort().join(" ");
      if (expected !== actual) mismatched.push(`${id}: en {${expected}} ≠ ${language} {${actual}}`);
    }
    expect(mismatched).toEqual([]);
  });

  it.each(cases.concat(folders.map((f) => [relative(root, f), DEFAULT_LANGUAGE, f] as const)))(
    "%s: %s selects only on plural forms the language has",
    (_name, language, folder) => {
      const categories = new Set<string>(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
      const wrong: string[] = [];
      for (const [id, entry] of entries(folder, language)) {
        for (const key of entry.pluralKeys) if (!categories.has(key)) wrong.push(`${id} [${key}]`);
      }
      expect(wrong).toEqual([]);
    },
  );
});
