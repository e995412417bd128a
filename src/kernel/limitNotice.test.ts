import { describe, expect, it } from "vitest";
import { createI18n, escapeVariables, fastTranslate, type Language } from "./i18n.js";
import { limitNotice } from "./limitNotice.js";

const translate = fastTranslate(createI18n([]));
const inLanguage = (language: Language) => ({
  t: (key: string, variables?: Record<string, string | number | Date>) =>
    translate(language, key, escapeVariables(variables)),
});

describe("limit notice", () => {
  it("a wait under a minute in seconds, a lockout in minutes with each language's plural", () => {
    expect(limitNotice(inLanguage("en"), 40_500)).toBe("Too many attempts. Please try again in 41 s.");
    expect(limitNotice(inLanguage("en"), 60_000)).toBe(
      "Too many wrong attempts. Please try again in 1 minute.",
    );
    expect(limitNotice(inLanguage("en"), 900_000)).toBe(
      "Too many wrong attempts. Please try again in 15 minutes.",
    );
    expect(limitNotice(inLanguage("ru"), 60_000)).toMatch(/через 1 минуту\.$/);
    expect(limitNotice(inLanguage("ru"), 180_000)).toMatch(/через 3 минуты\.$/);
    expect(limitNotice(inLanguage("ru"), 899_001)).toMatch(/через 15 минут\.$/);
    expect(limitNotice(inLanguage("ro"), 60_000)).toMatch(/peste 1 minut\.$/);
    expect(limitNotice(inLanguage("ro"), 180_000)).toMatch(/peste 3 minute\.$/);
    expect(limitNotice(inLanguage("ro"), 1_200_000)).toMatch(/peste 20 de minute\.$/);
    expect(limitNotice(inLanguage("kk"), 40_500)).toBe(
      "Әрекет тым көп. 41 секундтан кейін қайталап көріңіз.",
    );
    expect(limitNotice(inLanguage("kk"), 60_000)).toBe(
      "Қате әрекет тым көп. 1 минуттан кейін қайталап көріңіз.",
    );
    expect(limitNotice(inLanguage("kk"), 1_200_000)).toMatch(/ 20 минуттан кейін қайталап көріңіз\.$/);
  });
});
