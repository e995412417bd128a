/**
 * A company's treasury as the API shows it (pure): cash registers and bank accounts with their
 * balances, and the total per currency over both (every currency the company holds, RON first).
 */
import type { AccountRecord } from "./ledgerStore.js";
import { addCents, type CentsByCurrency, CURRENCIES, type Currency, units } from "./money.js";

export interface Treasury {
  company_id: number;
  cash: Array<{ register: string; balance: number; currency: Currency }>;
  banks: Array<{ bank: string; iban: string; balance: number; currency: Currency }>;
  total_by_currency: Partial<Record<Currency, number>>;
  as_of: string;
}

export function treasuryOf(companyId: number, accounts: readonly AccountRecord[], asOf: string): Treasury {
  const totals: CentsByCurrency = {};
  for (const account of accounts) addCents(totals, account.currency, account.balanceCents);
  const totalByCurrency: Partial<Record<Currency, number>> = {};
  for (const currency of CURRENCIES) {
    const cents = totals[currency];
    if (cents !== undefined) totalByCurrency[currency] = units(cents);
  }
  return {
    company_id: companyId,
    cash: accounts
      .filter((a) => a.kind === "cash")
      .map((a) => ({ register: a.name, balance: units(a.balanceCents), currency: a.currency })),
    banks: accounts
      .filter((a) => a.kind === "bank")
      .map((a) => ({
        bank: a.name,
        iban: a.iban ?? "",
        balance: units(a.balanceCents),
        currency: a.currency,
      })),
    total_by_currency: totalByCurrency,
    as_of: asOf,
  };
}
