/**
 * The whole seeded ledger for a seeding day: every company's treasury accounts, invoices and
 * payments, with ids fixed by the order they are made. Opening balances are chosen so that no
 * account ends the history below a reasonable float. A pure function of the day.
 */
import type { IsoDate } from "../calendar.js";
import { DEMO_COMPANIES } from "../demoCompanies.js";
import type { Currency } from "../money.js";
import { companyLedger, type PayingAccount, type SeedInvoice, type SeedPayment } from "./invoices.js";
import { randomFor } from "./seedRandom.js";
import { seededIban, TREASURY_ACCOUNTS } from "./treasuryAccounts.js";

export interface SeedAccount {
  id: number;
  company_id: number;
  kind: "cash" | "bank";
  name: string;
  iban: string | null;
  currency: Currency;
  opening_cents: number;
}

export interface DemoLedger {
  accounts: SeedAccount[];
  invoices: SeedInvoice[];
  payments: SeedPayment[];
}

/** RON per EUR times 10,000: a BNR reference rate of the season. */
export const EUR_RATE_E4 = 49_771;

/** The least an account holds at the end of the history, in units: [min, max] by kind and currency. */
const FLOAT = {
  cash: { RON: [800, 9_000], EUR: [300, 2_500] },
  bank: { RON: [15_000, 240_000], EUR: [2_000, 40_000] },
} as const;

export function demoLedger(today: IsoDate): DemoLedger {
  const accounts: SeedAccount[] = [];
  const invoices: SeedInvoice[] = [];
  const payments: SeedPayment[] = [];
  let invoiceId = 0;
  for (const company of DEMO_COMPANIES) {
    const specs = TREASURY_ACCOUNTS[company.id] ?? [];
    const own = specs.map(
      (spec, index): SeedAccount => ({
        id: accounts.length + index + 1,
        company_id: company.id,
        kind: spec.kind,
        name: spec.name,
        iban: spec.bankCode ? seededIban(company.id, index, spec.bankCode) : null,
        currency: spec.currency,
        opening_cents: 0,
      }),
    );
    const paying: PayingAccount[] = own.map((account, index) => ({
      id: account.id,
      kind: account.kind,
      currency: account.currency,
      forInvoices: specs[index]!.bankCode !== "TREZ",
    }));
    const ledger = companyLedger(company, paying, today, () => ++invoiceId);

    const direction = new Map(ledger.invoices.map((invoice) => [invoice.id, invoice.direction]));
    const rng = randomFor("opening", company.id);
    for (const account of own) {
      let net = 0;
      for (const payment of ledger.payments)
        if (payment.account_id === account.id)
          net +=
            direction.get(payment.invoice_id) === "issued" ? payment.amount_cents : -payment.amount_cents;
      const [min, max] = FLOAT[account.kind][account.currency];
      account.opening_cents = rng.int(min, max) * 100 + rng.int(0, 99) + Math.max(0, -net);
    }
    accounts.push(...own);
    invoices.push(...ledger.invoices);
    payments.push(...ledger.payments);
  }
  return { accounts, invoices, payments };
}
