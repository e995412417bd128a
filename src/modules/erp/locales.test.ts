/**
 * erp's texts: every key its code asks for exists in all four languages (en, ro, ru, kk), the
 * keys it builds from a fixed set of suffixes included; key parity across languages is
 * test/kernel/locales.test.ts's, the Romanian formal register src/kernel/romanianRegister.test.ts's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keysNamedInCode, messageIds } from "../../../test/support/localeKeys.js";
import { INVOICE_FILTERS } from "./domain/invoices.js";
import { LOCALES_DIR } from "./runtime.js";
import { AGE_BUCKET_KEYS } from "./views/agingChart.js";

const LANGUAGES = ["en", "ro", "ru", "kk"] as const;

const messageIdsOf = (language: string) => messageIds(LOCALES_DIR, language);

/** Every `erp-…` key in the module's code, plus the ones built from suffixes. */
function keysInCode(): string[] {
  const keys = new Set<string>([
    ...AGE_BUCKET_KEYS,
    ...INVOICE_FILTERS.map((filter) => `erp-filter-${filter}`),
    ...["all", "unpaid", "paid", "overdue"].map((filter) => `erp-btn-filter-${filter}`),
    ...["paid", "unpaid", "partial"].map((status) => `erp-status-${status}`),
    ...["expired", "used", "burned"].map((state) => `erp-link-${state}`),
    ...["erp-disabled", "erp-need-link", "erp-link-ended", "erp-private-only"].flatMap((key) => [
      key,
      `${key}-alert`,
    ]),
  ]);
  for (const key of keysNamedInCode(join(LOCALES_DIR, ".."), /"erp-[a-z0-9-]+"/g)) keys.add(key);
  return [...keys].sort();
}

describe("erp texts", () => {
  it.each(LANGUAGES)("every key the code uses exists in %s", (language) => {
    const ids = messageIdsOf(language);
    expect(keysInCode().filter((key) => !ids.has(key))).toEqual([]);
  });

  it("nothing in the files that the code never asks for", () => {
    const used = new Set(keysInCode());
    expect([...messageIdsOf("en")].filter((id) => !used.has(id))).toEqual([]);
  });

  it("kk is written in Cyrillic, ro with its comma-below diacritics", () => {
    const text = (language: string) => readFileSync(join(LOCALES_DIR, `${language}.ftl`), "utf8");
    expect(text("kk")).toMatch(/[әғқңөұүһі]/);
    expect(text("ro")).toMatch(/[ăâîșț]/);
    expect(text("ro")).not.toMatch(/[şţ]/);
  });
});
