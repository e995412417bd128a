/**
 * The content screens' texts: every key their code asks for exists in all four languages,
 * including the keys built from the catalog (types, fields, enum values) and from fixed sets
 * (how a field is asked, why input or a write was refused). Parity of variables across languages
 * is test/kernel/locales.test.ts's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keysNamedInCode, messageIds } from "../../../../test/support/localeKeys.js";
import { LOCALES_DIR } from "../runtime.js";
import type { RefusalReason } from "./domain/backendProblems.js";
import { CONTENT_TYPES } from "./types/catalog.js";
import { allBackendFields } from "./types/typeSpec.js";
import { enumLabel, fieldKey, typeKey } from "./views/fieldValues.js";

const LANGUAGES = ["en", "ru", "kk", "ro"] as const;
const CONTENT_DIR = join(LOCALES_DIR, "..", "content");

const ids = (language: string) => messageIds(LOCALES_DIR, language, "content");

/** What `enumLabel` asks `t` for, without a translation. */
const keyOfEnum = (field: Parameters<typeof enumLabel>[1], value: string) =>
  enumLabel({ t: (key: string) => key, language: "en" }, field, value);

function keysInCode(): string[] {
  const reasons: RefusalReason[] = [
    "missing",
    "short",
    "long",
    "date",
    "order",
    "number",
    "small",
    "large",
    "choice",
    "url",
    "other",
  ];
  const invalid = ["empty", "short", "long", "int", "min", "max", "date", "datetime", "url", "email"];
  const keys = new Set<string>([
    ...reasons.map((r) => `crm-content-refused-${r}`),
    ...invalid.map((i) => `crm-content-invalid-${i}`),
    ...["date", "datetime", "url", "email"].map((kind) => `crm-content-ask-${kind}`),
  ]);
  for (const type of CONTENT_TYPES) {
    keys.add(typeKey(type.module));
    for (const bf of allBackendFields(type)) keys.add(fieldKey(bf.key));
    for (const name of [...type.line, ...type.detail, ...(type.caption ?? [])]) {
      if (!type.fields.find((f) => f.name === name)?.pair) keys.add(fieldKey(name));
    }
    for (const field of type.fields)
      for (const value of field.values ?? []) keys.add(keyOfEnum(field, value));
  }
  for (const key of keysNamedInCode(CONTENT_DIR, /"crm-(content|field|type)-[a-z0-9-]+"/g)) keys.add(key);
  return [...keys].sort();
}

describe("crm content texts", () => {
  it.each(LANGUAGES)("every key the content screens use exists in %s", (language) => {
    const known = ids(language);
    expect(keysInCode().filter((key) => !known.has(key))).toEqual([]);
  });

  it("message ids are lowercase words joined by dashes (the locale checks count them so)", () => {
    for (const language of LANGUAGES) {
      for (const id of ids(language)) expect(id).toMatch(/^crm-(content|field|type)-[a-z0-9-]+$/);
    }
  });

  it("kk is written in Cyrillic, ro with its comma-below diacritics", () => {
    const text = (language: string) => readFileSync(join(LOCALES_DIR, `${language}.content.ftl`), "utf8");
    expect(text("kk")).toMatch(/[әғқңөұүһі]/);
    expect(text("kk")).not.toMatch(/\b(Events|Search|Delete)\b/);
    expect(text("ro")).toMatch(/[ăâîșț]/);
    expect(text("ro")).not.toMatch(/[şţ]/);
  });
});
