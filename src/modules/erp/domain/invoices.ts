/**
 * Invoice logic, pure: which filter a person asked for (`/facturi neplatite`), what is left to pay
 * on an invoice, which invoices are overdue, totals per currency and receivables by age. Amounts
 * are summed in cents, so totals never carry binary noise.
 */
import type { InvoiceQuery } from "../erpClient.js";
import type { Invoice } from "../erpSchemas.js";
import { fold } from "./fold.js";

/** The filters of `/facturi`; `all` asks the backend for every invoice. */
export const INVOICE_FILTERS = ["all", "unpaid", "paid", "overdue", "partial"] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];

/** The words each filter is asked for by: the seed's Romanian ones first, then en, ru, kk. */
const FILTER_WORDS: Record<InvoiceFilter, readonly string[]> = {
  all: ["toate", "all", "все", "барлығы"],
  unpaid: ["neplatite", "neachitate", "unpaid", "неоплаченные", "төленбеген"],
  paid: ["platite", "achitate", "paid", "оплаченные", "төленген"],
  overdue: ["restante", "scadente", "overdue", "просроченные", "мерзімі-өткен"],
  partial: ["partiale", "partial", "частичные", "ішінара"],
};

/** `/facturi <word>`: the filter, `all` for nothing, or undefined for a word it does not know. */
export function readFilter(argument: string): InvoiceFilter | undefined {
  const word = fold(argument);
  if (word === "") return "all";
  return INVOICE_FILTERS.find((filter) => FILTER_WORDS[filter].some((w) => fold(w) === word));
}

/** What the backend is asked for a filter. */
export const queryOf = (filter: InvoiceFilter): InvoiceQuery => (filter === "all" ? undefined : filter);

const cents = (amount: number): number => Math.round(amount * 100);

/** What is left to pay, never below zero. */
export const outstanding = (invoice: Invoice): number =>
  Math.max(0, cents(invoice.total) - cents(invoice.paid)) / 100;

/** Something left to pay past the due date. */
export const isOverdue = (invoice: Invoice): boolean => invoice.days_overdue > 0 && outstanding(invoice) > 0;

/** An invoice's name as people say it: `FCT 1042`, or the number alone without a series. */
export const invoiceName = (invoice: Invoice): string =>
  invoice.series ? `${invoice.series} ${invoice.number}` : invoice.number;

export interface Totals {
  count: number;
  total: number;
  paid: number;
  outstanding: number;
}

/** Currencies in the order people expect: RON first, then alphabetically. */
export const currencyOrder = (a: string, b: string): number =>
  a === b ? 0 : a === "RON" ? -1 : b === "RON" ? 1 : a < b ? -1 : 1;

/** Count, total, paid and outstanding per currency, RON first. */
export function totalsByCurrency(invoices: readonly Invoice[]): Array<[string, Totals]> {
  const sums = new Map<string, { count: number; total: number; paid: number; outstanding: number }>();
  for (const invoice of invoices) {
    const sum = sums.get(invoice.currency) ?? { count: 0, total: 0, paid: 0, outstanding: 0 };
    sum.count += 1;
    sum.total += cents(invoice.total);
    sum.paid += cents(invoice.paid);
    sum.outstanding += cents(outstanding(invoice));
    sums.set(invoice.currency, sum);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => currencyOrder(a, b))
    .map(([currency, s]) => [
      currency,
      { count: s.count, total: s.total / 100, paid: s.paid / 100, outstanding: s.outstanding / 100 },
    ]);
}

/** Receivables by age: not yet due, then days past the due date. */
export const AGE_BUCKETS = ["current", "d1-30", "d31-60", "d61-90", "d90+"] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export function ageBucket(daysOverdue: number): AgeBucket {
  if (daysOverdue <= 0) return "current";
  if (daysOverdue <= 30) return "d1-30";
  if (daysOverdue <= 60) return "d31-60";
  if (daysOverdue <= 90) return "d61-90";
  return "d90+";
}

/** What is left to pay, per currency (RON first), split by age bucket in `AGE_BUCKETS` order. */
export function receivablesByAge(invoices: readonly Invoice[]): Array<[string, number[]]> {
  const sums = new Map<string, number[]>();
  for (const invoice of invoices) {
    const left = cents(outstanding(invoice));
    if (left === 0) continue;
    const row = sums.get(invoice.currency) ?? AGE_BUCKETS.map(() => 0);
    const at = AGE_BUCKETS.indexOf(ageBucket(invoice.days_overdue));
    row[at] = (row[at] ?? 0) + left;
    sums.set(invoice.currency, row);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => currencyOrder(a, b))
    .map(([currency, row]) => [currency, row.map((c) => c / 100)]);
}
