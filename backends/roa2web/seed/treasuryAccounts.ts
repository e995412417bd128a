/**
 * Each demo company's cash registers and bank accounts: lei registers at the head office and the
 * work points, a foreign-currency register where drivers are paid in EUR, lei and euro accounts
 * at Romanian banks (IBANs with valid check digits), and a State Treasury account where one pays
 * taxes. Balances are not stored: opening balance plus the payments through the account.
 */
import type { Currency } from "../money.js";
import { romanianIban } from "./identifiers.js";
import { randomFor } from "./seedRandom.js";

export interface AccountSpec {
  kind: "cash" | "bank";
  name: string;
  currency: Currency;
  /** 4-letter bank code, for a bank account. */
  bankCode?: string;
}

const BANKS = {
  BTRL: "Banca Transilvania",
  RNCB: "Banca Comercială Română",
  BRDE: "BRD - Groupe Société Générale",
  INGB: "ING Bank",
  BACX: "UniCredit Bank",
  RZBR: "Raiffeisen Bank",
  CECE: "CEC Bank",
  TREZ: "Trezoreria Statului",
} as const;

type BankCode = keyof typeof BANKS;

const cash = (name: string, currency: Currency = "RON"): AccountSpec => ({ kind: "cash", name, currency });
const bank = (bankCode: BankCode, currency: Currency = "RON"): AccountSpec => ({
  kind: "bank",
  name: BANKS[bankCode],
  currency,
  bankCode,
});

/** By company id, in the order the treasury lists them. */
export const TREASURY_ACCOUNTS: Readonly<Record<number, readonly AccountSpec[]>> = {
  1: [
    cash("Casa în lei – sediu Brașov"),
    cash("Casa în lei – punct de lucru Sibiu"),
    bank("BTRL"),
    bank("RNCB"),
    bank("BTRL", "EUR"),
  ],
  2: [cash("Casa în lei"), cash("Casa în valută – șoferi", "EUR"), bank("BRDE"), bank("INGB", "EUR")],
  3: [cash("Casa în lei"), bank("CECE"), bank("RZBR"), bank("RZBR", "EUR")],
  4: [cash("Casa în lei – șantier"), bank("BACX"), bank("TREZ"), bank("BACX", "EUR")],
  5: [cash("Casa în lei"), bank("BTRL"), bank("BTRL", "EUR")],
  6: [cash("Casa în lei"), bank("RNCB"), bank("RNCB", "EUR")],
};

const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** The account's IBAN: a pure function of the company and the account's place in its list. */
export function seededIban(companyId: number, index: number, bankCode: string): string {
  const rng = randomFor("iban", companyId, index);
  let account = `${rng.int(0, 9)}${rng.pick([...LETTERS])}`;
  while (account.length < 16) account += String(rng.int(0, 9));
  return romanianIban(bankCode, account);
}
