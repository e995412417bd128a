/**
 * What every erp view shares: HTML parse mode, and amounts, counts and dates in the user's
 * language (domain/money.ts, domain/dates.ts) and time zone. Texts come from Fluent (`ctx.t`, whose
 * variables are escaped); names from the ERP are cut before they are shown.
 */
import type { Language } from "../../../kernel/i18n.js";
import { formatDate, formatInstant } from "../domain/dates.js";
import { formatCount, formatMoney } from "../domain/money.js";

export const HTML = { parse_mode: "HTML" } as const;

/** How long a name from the ERP may be in a line (a partner, a company, a cash register). */
export const NAME_LIMIT = 60;

/** Translates with escaped variables (`ctx.t`, or the bot's `translate` bound to a language). */
export type Translate = (key: string, variables?: Record<string, string | number | Date>) => string;

export interface Formats {
  language: Language;
  money(amount: number, currency: string): string;
  count(count: number): string;
  /** A calendar date (`2025-03-05`). */
  date(text: string): string;
  /** An instant, in the user's time zone. */
  instant(text: string | number): string;
}

export function formatsFor(language: Language, timeZone: string): Formats {
  return {
    language,
    money: (amount, currency) => formatMoney(amount, currency, language),
    count: (count) => formatCount(count, language),
    date: (text) => formatDate(text, language),
    instant: (text) => formatInstant(text, language, timeZone),
  };
}
