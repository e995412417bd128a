import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keysNamedInCode, messageIds } from "../../../test/support/localeKeys.js";
import { LANGUAGES } from "../../kernel/i18n.js";
import { LOCALES_DIR } from "./runtime.js";

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
  for (const key of keysNamedInCode(join(LOCALES_DIR, ".."), /"netmon-[a-z0-9-]+"/g)) keys.add(key);
  return [...keys].sort();
}

describe("netmon texts", () => {
  it("every key the code uses exists in English", () => {
    const en = messageIds(LOCALES_DIR, "en");
    expect(keysInCode().filter((key) => !en.has(key))).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s has exactly the English keys", (language) => {
    const en = [...messageIds(LOCALES_DIR, "en")].sort();
    expect([...messageIds(LOCALES_DIR, language)].sort()).toEqual(en);
  });
});
