/**
 * What the modules' text tests share: the message ids a module's locale files declare, and the
 * keys its code names. Each module's test adds the keys it builds from suffixes and says which
 * files and folders are its own; key parity across languages is test/kernel/locales.test.ts's.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { expect } from "vitest";

/**
 * The ids declared for `language` in `dir`: in `<language>.ftl` and every `<language>.<part>.ftl`,
 * or only in `<language>.<part>.ftl` when `part` is given. A message with a syntax error (which the
 * parser drops silently) fails the calling test.
 */
export function messageIds(dir: string, language: string, part?: string): Set<string> {
  const name = part === undefined ? new RegExp(`^${language}(\\.[a-z-]+)?\\.ftl$`) : undefined;
  const files = name ? readdirSync(dir).filter((f) => name.test(f)) : [`${language}.${part}.ftl`];
  const ids = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(dir, file), "utf8");
    const resource = new FluentResource(source);
    const declared = source.match(/^[a-z][a-z0-9-]* =/gm) ?? [];
    expect(declared.length, `${file} has a syntax error`).toBe(resource.body.length);
    for (const message of resource.body) ids.add(message.id);
  }
  return ids;
}

/**
 * Every quoted string matching `key` (e.g. `/"erp-[a-z0-9-]+"/g`) in the TypeScript under `dir`,
 * tests left out, and folders named in `skip` too.
 */
export function keysNamedInCode(dir: string, key: RegExp, skip: readonly string[] = []): Set<string> {
  const keys = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skip.includes(entry.name)) walk(path);
      } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        for (const [quoted] of readFileSync(path, "utf8").matchAll(key)) keys.add(quoted.slice(1, -1));
      }
    }
  };
  walk(dir);
  return keys;
}
