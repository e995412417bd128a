/**
 * Amounts as each language writes them, pure (Intl, cached per language and currency):
 * Romanian `1.234,56 lei` (other currencies by their code: `1.234,56 EUR`), English
 * `RON 1,234.56`, Russian and Kazakh `1 234,56 RON`. Spaces are plain spaces, so a text, a CSV
 * and a PDF read the same; amounts are rounded to the cent.
 */
import type { Language } from "../../../kernel/i18n.js";

const LOCALES: Record<Language, string> = { en: "en-GB", ro: "ro-RO", ru: "ru-RU", kk: "kk-KZ" };

const formats = new Map<string, Intl.NumberFormat>();

function formatFor(language: Language, currency: string): Intl.NumberFormat {
  const id = `${language}:${currency}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], {
      style: "currency",
      currency,
      // `lei` is how Romanian writes its own currency; everywhere else the ISO code is clearest.
      currencyDisplay: language === "ro" && currency === "RON" ? "narrowSymbol" : "code",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formats.set(id, format);
  }
  return format;
}

/** Rounds to the cent, away from the binary noise of sums (0.1 + 0.2). */
export const roundCents = (amount: number): number => Math.round((amount + Number.EPSILON) * 100) / 100;

/** Intl's no-break and narrow no-break spaces as plain spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");

/** `1234.56, "RON"` → `1.234,56 lei` (ro), `RON 1,234.56` (en), `1 234,56 RON` (ru, kk). */
export function formatMoney(amount: number, currency: string, language: Language): string {
  const code = /^[A-Z]{3}$/.test(currency) ? currency : "XXX";
  // `|| 0`: a -0.001 rounds to -0, which Intl would write as "-0,00".
  return plain(formatFor(language, code).format(roundCents(amount) || 0));
}

const counts = new Map<Language, Intl.NumberFormat>();

/** A count with the language's grouping: `12.345` (ro), `12,345` (en), `12 345` (ru, kk). */
export function formatCount(count: number, language: Language): string {
  let format = counts.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 });
    counts.set(language, format);
  }
  return plain(format.format(count));
}

/** The Intl locale of a language (dates use it too). */
export const localeOf = (language: Language): string => LOCALES[language];
