import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../kernel/i18n.js";
import { LOCALES_DIR } from "./runtime.js";

/** Message ids per language, from `<lang>.ftl` and `<lang>.<part>.ftl`. */
function messages(language: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of readdirSync(LOCALES_DIR).filter((f) =>
    new RegExp(`^${language}(\\.[a-z-]+)?\\.ftl$`).test(f),
  )) {
    const source = readFileSync(join(LOCALES_DIR, file), "utf8");
    const resource = new FluentResource(source);
    for (const message of resource.body) ids.set(message.id, file);
    // Junk (a syntax error) is dropped by the parser: count ids in the text to notice it.
    const declared = source.match(/^[a-z][a-z0-9-]* =/gm) ?? [];
    expect(declared.length, `${file} has a syntax error`).toBe(resource.body.length);
  }
  return ids;
}

/** Every key the code asks for, including the ones it builds from a fixed set of suffixes. */
function keysInCode(): string[] {
  const dynamic: Record<string, readonly string[]> = {
    "netmon-backhaul-": ["mesh", "wired"],
    "netmon-connection-": ["connected", "disconnected", "unknown"],
    "netmon-health-": ["excellent", "good", "fair", "poor", "unknown"],
    "netmon-online-": ["online", "offline", "intermittent"],
    "netmon-setup-header-": ["not-basic", "not-base64", "no-client-pair"],
    "netmon-state-": [
      "online",
      "impaired",
      "offline",
      "degraded",
      "online-plain",
      "offline-plain",
      "degraded-plain",
    ],
    "netmon-stats-range-": ["3h", "24h", "7d"],
    "netmon-trend-": ["improving", "stable", "declining"],
    "netmon-uptime-": ["excellent", "good", "fair", "poor", "critical"],
    "netmon-wan-busy-": ["high", "moderate"],
    "netmon-wan-range-": ["24h", "7d"],
    "netmon-chart-wan-subtitle-": ["24h", "7d"],
    "netmon-alerts-paused-": ["credentials", "not-found"],
  };
  const keys = new Set(
    Object.entries(dynamic).flatMap(([prefix, suffixes]) => suffixes.map((s) => prefix + s)),
  );
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        for (const [key] of readFileSync(path, "utf8").matchAll(/"netmon-[a-z0-9-]+"/g))
          keys.add(key.slice(1, -1));
      }
    }
  };
  walk(join(LOCALES_DIR, ".."));
  return [...keys].sort();
}

describe("netmon texts", () => {
  it("every key the code uses exists in English", () => {
    const en = messages("en");
    expect(keysInCode().filter((key) => !en.has(key))).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s has exactly the English keys", (language) => {
    const en = [...messages("en").keys()].sort();
    expect([...messages(language).keys()].sort()).toEqual(en);
  });
});
