/**
 * An invoice's figures as of a date, pure: its status, what is left to pay, how many days it is
 * overdue, which `status` filter selects it, and a filtered page with totals over every invoice
 * the filter selects (not only the page's).
 *
 * - `paid`: fully paid; `partial`: something paid, something left; `unpaid`: nothing paid.
 * - overdue: something left to pay and the due date before today (due today is not overdue yet).
 * - the `unpaid` filter selects unpaid and partial (everything with something left to pay).
 */
import { daysBetween, type IsoDate } from "./calendar.js";
import type { InvoiceRecord } from "./ledgerStore.js";
import { CURRENCIES, type Currency, units } from "./money.js";

export const INVOICE_FILTERS = ["unpaid", "paid", "partial", "overdue"] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];
export type InvoiceStatus = "paid" | "unpaid" | "partial";

/** An invoice as the API shows it. */
export interface ApiInvoice {
  id: number;
  number: string;
  series: string;
  issue_date: IsoDate;
  due_date: IsoDate;
  partner_name: string;
  partner_cui: string;
  total: number;
  paid: number;
  currency: Currency;
  status: InvoiceStatus;
  days_overdue: number;
}

export interface CurrencyTotals {
  total: number;
  paid: number;
  outstanding: number;
}

export interface InvoicePage {
  items: ApiInvoice[];
  total: number;
  page: number;
  pages: number;
  totals: { count: number; by_currency: Partial<Record<Currency, CurrencyTotals>> };
}

export interface PageRequest {
  status?: InvoiceFilter;
  page: number;
  pageSize: number;
}

export const outstandingCents = (invoice: InvoiceRecord): number =>
  Math.max(0, invoice.totalCents - invoice.paidCents);

export function statusOf(invoice: InvoiceRecord): InvoiceStatus {
  if (invoice.paidCents <= 0) return "unpaid";
  return outstandingCents(invoice) === 0 ? "paid" : "partial";
}

/** Days past the due date while something is left to pay; 0 otherwise. */
export function daysOverdue(invoice: InvoiceRecord, today: IsoDate): number {
  if (outstandingCents(invoice) === 0) return 0;
  return Math.max(0, daysBetween(invoice.dueDate, today));
}

export function selects(filter: InvoiceFilter | undefined, invoice: InvoiceRecord, today: IsoDate): boolean {
  switch (filter) {
    case undefined:
      return true;
    case "unpaid":
      return outstandingCents(invoice) > 0;
    case "overdue":
      return daysOverdue(invoice, today) > 0;
    default:
      return statusOf(invoice) === filter;
  }
}

export function apiInvoice(invoice: InvoiceRecord, today: IsoDate): ApiInvoice {
  return {
    id: invoice.id,
    number: invoice.number,
    series: invoice.series,
    issue_date: invoice.issueDate,
    due_date: invoice.dueDate,
    partner_name: invoice.partnerName,
    partner_cui: invoice.partnerCui,
    total: units(invoice.totalCents),
    paid: units(invoice.paidCents),
    currency: invoice.currency,
    status: statusOf(invoice),
    days_overdue: daysOverdue(invoice, today),
  };
}

/** One page of the invoices the filter selects (in the order given), with totals over all of them. */
export function invoicePage(
  invoices: readonly InvoiceRecord[],
  request: PageRequest,
  today: IsoDate,
): InvoicePage {
  const selected = invoices.filter((invoice) => selects(request.status, invoice, today));
  const sums = new Map<Currency, { total: number; paid: number; outstanding: number }>();
  for (const invoice of selected) {
    const sum = sums.get(invoice.currency) ?? { total: 0, paid: 0, outstanding: 0 };
    sum.total += invoice.totalCents;
    sum.paid += invoice.paidCents;
    sum.outstanding += outstandingCents(invoice);
    sums.set(invoice.currency, sum);
  }
  const byCurrency: Partial<Record<Currency, CurrencyTotals>> = {};
  for (const currency of CURRENCIES) {
    const sum = sums.get(currency);
    if (sum)
      byCurrency[currency] = {
        total: units(sum.total),
        paid: units(sum.paid),
        outstanding: units(sum.outstanding),
      };
  }
  const start = (request.page - 1) * request.pageSize;
  return {
    items: selected.slice(start, start + request.pageSize).map((invoice) => apiInvoice(invoice, today)),
    total: selected.length,
    page: request.page,
    pages: Math.ceil(selected.length / request.pageSize),
    totals: { count: selected.length, by_currency: byCurrency },
  };
}
