/**
 * A company's dashboard, computed (pure) from its invoices and the month's payments as of a date,
 * in the company's currency (other currencies converted at the stored rate, once per figure):
 *
 * - `receivables`: left to collect on issued invoices; `payables`: left to pay on received ones;
 *   `balance` = receivables − payables
 * - `invoices_issued` / `invoices_paid` / `invoices_unpaid` (unpaid and partial): counts of issued invoices
 * - `overdue_count` / `overdue_amount`: issued invoices with something left to collect past their due date
 * - `collections_month` / `payments_month`: money in on issued invoices / out on received ones, from
 *   the first of the month to today
 */
import type { IsoDate } from "./calendar.js";
import { daysOverdue, outstandingCents, statusOf } from "./invoiceFigures.js";
import type { InvoiceRecord, PaymentSum } from "./ledgerStore.js";
import {
  addCents,
  type CentsByCurrency,
  type Currency,
  convertSums,
  type ExchangeRates,
  units,
} from "./money.js";

export interface Dashboard {
  company_id: number;
  currency: Currency;
  balance: number;
  receivables: number;
  payables: number;
  invoices_issued: number;
  invoices_paid: number;
  invoices_unpaid: number;
  overdue_count: number;
  overdue_amount: number;
  collections_month: number;
  payments_month: number;
  as_of: string;
}

export interface DashboardInput {
  companyId: number;
  currency: Currency;
  issued: readonly InvoiceRecord[];
  received: readonly InvoiceRecord[];
  /** Payments from the first of the month to today. */
  monthPayments: readonly PaymentSum[];
  rates: ExchangeRates;
  today: IsoDate;
  /** The instant the figures are for (ISO 8601). */
  asOf: string;
}

const outstandingByCurrency = (invoices: readonly InvoiceRecord[]): CentsByCurrency => {
  const sums: CentsByCurrency = {};
  for (const invoice of invoices) addCents(sums, invoice.currency, outstandingCents(invoice));
  return sums;
};

export function computeDashboard(input: DashboardInput): Dashboard {
  const inCompanyCurrency = (sums: CentsByCurrency) => convertSums(sums, input.currency, input.rates);
  const receivables = inCompanyCurrency(outstandingByCurrency(input.issued));
  const payables = inCompanyCurrency(outstandingByCurrency(input.received));
  const overdue = input.issued.filter((invoice) => daysOverdue(invoice, input.today) > 0);
  const moved = (direction: PaymentSum["direction"]) => {
    const sums: CentsByCurrency = {};
    for (const payment of input.monthPayments)
      if (payment.direction === direction) addCents(sums, payment.currency, payment.cents);
    return inCompanyCurrency(sums);
  };
  const paid = input.issued.filter((invoice) => statusOf(invoice) === "paid").length;
  return {
    company_id: input.companyId,
    currency: input.currency,
    balance: units(receivables - payables),
    receivables: units(receivables),
    payables: units(payables),
    invoices_issued: input.issued.length,
    invoices_paid: paid,
    invoices_unpaid: input.issued.length - paid,
    overdue_count: overdue.length,
    overdue_amount: units(inCompanyCurrency(outstandingByCurrency(overdue))),
    collections_month: units(moved("issued")),
    payments_month: units(moved("received")),
    as_of: input.asOf,
  };
}
