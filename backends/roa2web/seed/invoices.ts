/**
 * A company's seeded invoices and their payments over the last eleven months: invoices it issued
 * (RON to Romanian customers with VAT, EUR to EU customers under reverse charge) and invoices its
 * suppliers sent. Older invoices are mostly settled, recent ones mostly open, some paid in part
 * or in two instalments; small amounts go through a cash register (the legal cash limit between
 * companies is 5,000 lei), the rest through a bank account of the invoice's currency. Dates are
 * relative to the seeding day, so the same day seeds the same ledger.
 */
import { addDays, daysBetween, type IsoDate } from "../calendar.js";
import type { DemoCompany } from "../demoCompanies.js";
import type { Currency } from "../money.js";
import { CUSTOMERS, EU_CUSTOMERS, type Partner, partnerNamed, SUPPLIERS } from "./partners.js";
import { type Random, randomFor } from "./seedRandom.js";

export interface SeedInvoice {
  id: number;
  company_id: number;
  direction: "issued" | "received";
  series: string;
  number: string;
  issue_date: IsoDate;
  due_date: IsoDate;
  partner_name: string;
  partner_cui: string;
  currency: Currency;
  total_cents: number;
}

export interface SeedPayment {
  invoice_id: number;
  account_id: number;
  paid_on: IsoDate;
  amount_cents: number;
}

/** What an invoice's payment needs to know about the company's accounts. */
export interface PayingAccount {
  id: number;
  kind: "cash" | "bank";
  currency: Currency;
  /** False for the State Treasury account, which only pays taxes. */
  forInvoices: boolean;
}

/** Company 1's invoices with known figures, for exact assertions (days relative to the seeding day). */
export const SHOWCASE_INVOICES = [
  {
    partner: "Țesătoria Șerban & Fiii SRL",
    currency: "RON",
    totalCents: 1_190_000,
    issuedDaysAgo: 40,
    dueDaysAgo: 10,
    payments: [{ daysAgo: 12, cents: 500_000 }],
  },
  {
    partner: "Ștefănescu & Asociații SCA",
    currency: "RON",
    totalCents: 238_000,
    issuedDaysAgo: 60,
    dueDaysAgo: 30,
    payments: [],
  },
  {
    partner: "Müller & Söhne GmbH",
    currency: "EUR",
    totalCents: 476_000,
    issuedDaysAgo: 20,
    dueDaysAgo: -10,
    payments: [],
  },
  {
    partner: "Cofetăria Dulce & Bun SRL",
    currency: "RON",
    totalCents: 59_500,
    issuedDaysAgo: 5,
    dueDaysAgo: -10,
    payments: [{ daysAgo: 1, cents: 59_500 }],
  },
] as const;

export const SHOWCASE_COMPANY_ID = 1;

const CASH_LIMIT_CENTS = 500_000;
const HISTORY_DAYS = 330;

/** VAT: 19% until 31 July 2025, 21% from 1 August 2025. */
export const vatRate = (issueDate: IsoDate): number => (issueDate >= "2025-08-01" ? 0.21 : 0.19);

/** Log-uniform between min and max (units), in cents: many small invoices, a few large ones. */
const amountCents = (rng: Random, [min, max]: readonly [number, number]) =>
  Math.round(Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min))) * 100);

/** RON invoices carry VAT; EUR ones are intra-EU supplies under reverse charge (no VAT on them). */
const totalWithVat = (netCents: number, currency: Currency, issueDate: IsoDate) =>
  currency === "RON" ? Math.round(netCents * (1 + vatRate(issueDate))) : netCents;

/** `count` issue dates over the history, oldest first. */
const issueDates = (rng: Random, count: number, today: IsoDate): IsoDate[] =>
  Array.from({ length: count }, () => rng.int(1, HISTORY_DAYS))
    .sort((a, b) => b - a)
    .map((daysAgo) => addDays(today, -daysAgo));

function accountFor(rng: Random, accounts: readonly PayingAccount[], invoice: SeedInvoice): PayingAccount {
  const usable = accounts.filter((a) => a.forInvoices && a.currency === invoice.currency);
  const registers = usable.filter((a) => a.kind === "cash");
  const banks = usable.filter((a) => a.kind === "bank");
  const cashShare = invoice.direction === "issued" ? 0.3 : 0.5;
  if (registers.length > 0 && invoice.total_cents <= CASH_LIMIT_CENTS && rng.chance(cashShare))
    return rng.pick(registers);
  return rng.pick(banks);
}

/** Paid share odds by age: not yet due, due in the last 90 days, due earlier. */
const ODDS = {
  issued: { open: [0.2, 0.15], recent: [0.6, 0.2], old: [0.88, 0.07] },
  received: { open: [0.15, 0.1], recent: [0.7, 0.12], old: [0.93, 0.04] },
} as const;

/** Whole lei (or euro) of a share of the total. */
const shareOf = (totalCents: number, percent: number) => Math.round((totalCents * percent) / 10_000) * 100;

function settle(rng: Random, invoice: SeedInvoice, account: PayingAccount, today: IsoDate): SeedPayment[] {
  const overdue = daysBetween(invoice.due_date, today);
  const [paid, partial] = ODDS[invoice.direction][overdue <= 0 ? "open" : overdue <= 90 ? "recent" : "old"];
  const fate = rng.next();
  if (fate >= paid + partial) return [];
  const term = daysBetween(invoice.issue_date, invoice.due_date);
  const sinceIssue = daysBetween(invoice.issue_date, today);
  const after = (from: IsoDate, maxDays: number) =>
    addDays(from, Math.min(daysBetween(from, today), rng.int(1, Math.max(1, maxDays))));
  const payment = (paidOn: IsoDate, cents: number): SeedPayment => ({
    invoice_id: invoice.id,
    account_id: account.id,
    paid_on: paidOn,
    amount_cents: cents,
  });
  if (fate >= paid)
    return [payment(after(invoice.issue_date, term), shareOf(invoice.total_cents, rng.int(20, 70)))];
  if (invoice.total_cents > 200_000 && sinceIssue > 2 && rng.chance(0.25)) {
    const first = payment(after(invoice.issue_date, term), shareOf(invoice.total_cents, rng.int(40, 60)));
    return [first, payment(after(first.paid_on, 30), invoice.total_cents - first.amount_cents)];
  }
  return [payment(after(invoice.issue_date, term + 25), invoice.total_cents)];
}

export interface CompanyLedger {
  invoices: SeedInvoice[];
  payments: SeedPayment[];
}

/** The company's invoices (ids from `nextId`, in order) and payments, as of `today`. */
export function companyLedger(
  company: DemoCompany,
  accounts: readonly PayingAccount[],
  today: IsoDate,
  nextId: () => number,
): CompanyLedger {
  const invoices: SeedInvoice[] = [];
  const payments: SeedPayment[] = [];
  const add = (rng: Random, invoice: SeedInvoice) => {
    invoices.push(invoice);
    payments.push(...settle(rng, invoice, accountFor(rng, accounts, invoice), today));
  };
  const invoice = (
    direction: SeedInvoice["direction"],
    series: string,
    number: string,
    partner: Partner,
    currency: Currency,
    issueDate: IsoDate,
    dueDate: IsoDate,
    totalCents: number,
  ): SeedInvoice => ({
    id: nextId(),
    company_id: company.id,
    direction,
    series,
    number,
    issue_date: issueDate,
    due_date: dueDate,
    partner_name: partner.name,
    partner_cui: partner.cui,
    currency,
    total_cents: totalCents,
  });

  const issued = randomFor("issued", company.id);
  let number = issued.int(1_200, 4_800);
  for (const issueDate of issueDates(issued, issued.int(55, 85), today)) {
    const foreign = issued.chance(0.18);
    const partner = issued.pick(foreign ? EU_CUSTOMERS : CUSTOMERS);
    const currency: Currency = foreign ? "EUR" : "RON";
    const net = amountCents(issued, foreign ? [800, 18_000] : [350, 45_000]);
    const due = addDays(issueDate, issued.pick([15, 30, 30, 30, 45, 60]));
    add(
      issued,
      invoice(
        "issued",
        company.series,
        String(number++),
        partner,
        currency,
        issueDate,
        due,
        totalWithVat(net, currency, issueDate),
      ),
    );
  }

  const received = randomFor("received", company.id);
  for (const issueDate of issueDates(received, received.int(24, 40), today)) {
    const supplier = received.pick(SUPPLIERS);
    const net = amountCents(received, supplier.range);
    const due = addDays(issueDate, received.pick([10, 15, 30]));
    const total = totalWithVat(net, supplier.currency, issueDate);
    const supplierNumber = String(received.int(10_000, 999_999));
    add(
      received,
      invoice(
        "received",
        supplier.series,
        supplierNumber,
        supplier,
        supplier.currency,
        issueDate,
        due,
        total,
      ),
    );
  }

  if (company.id === SHOWCASE_COMPANY_ID) {
    for (const showcase of SHOWCASE_INVOICES) {
      const shown = invoice(
        "issued",
        company.series,
        String(number++),
        partnerNamed(showcase.partner),
        showcase.currency,
        addDays(today, -showcase.issuedDaysAgo),
        addDays(today, -showcase.dueDaysAgo),
        showcase.totalCents,
      );
      invoices.push(shown);
      const account = accounts.find(
        (a) => a.kind === "bank" && a.forInvoices && a.currency === showcase.currency,
      )!;
      for (const paid of showcase.payments)
        payments.push({
          invoice_id: shown.id,
          account_id: account.id,
          paid_on: addDays(today, -paid.daysAgo),
          amount_cents: paid.cents,
        });
    }
  }
  return { invoices, payments };
}
