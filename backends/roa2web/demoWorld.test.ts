/**
 * The seeded world: Romanian companies with valid fiscal codes on two servers, a few hundred
 * invoices in RON and EUR in every state, partner names a bot must escape, IBANs with valid check
 * digits, money that adds up (nothing paid twice, no account overdrawn), and the same world for
 * the same seeding day.
 */
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "./calendar.js";
import { DEMO_COMPANIES } from "./demoCompanies.js";
import { DEMO_USERS } from "./demoUsers.js";
import { demoLedger } from "./seed/demoLedger.js";
import { cuiWithControlDigit, romanianIban } from "./seed/identifiers.js";
import { TEST_TODAY } from "./testKit.js";

const ledger = demoLedger(TEST_TODAY);

/** ISO 13616 checked from scratch: move the first four characters last, letters → numbers, mod 97 = 1. */
function ibanValid(iban: string): boolean {
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(moved) % 97n === 1n;
}

/** The Romanian CIF control digit, checked from scratch. */
function cuiValid(cui: string): boolean {
  const digits = cui.replace(/^RO/, "");
  const body = digits.slice(0, -1).padStart(9, "0");
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * Number("753217532"[i]), 0);
  return ((sum * 10) % 11) % 10 === Number(digits.at(-1));
}

describe("the demo world", () => {
  it("has six companies with valid CUIs, four on main and two on archive", () => {
    expect(DEMO_COMPANIES.map((c) => c.serverId)).toEqual([
      "main",
      "main",
      "main",
      "main",
      "archive",
      "archive",
    ]);
    for (const company of DEMO_COMPANIES)
      expect([company.cui, cuiValid(company.cui)]).toEqual([company.cui, true]);
    expect(cuiWithControlDigit("1845271")).toBe("18452718");
  });

  it("has the demo accountant, a manager on both servers and a disabled user", () => {
    expect(DEMO_USERS.map((u) => [u.email, u.role, u.active, u.companyIds])).toEqual([
      ["ana@firma.ro", "accountant", true, [1, 2, 3]],
      ["mihai.ionescu@firma.ro", "manager", true, [1, 2, 3, 4, 5, 6]],
      ["elena.stanescu@firma.ro", "accountant", true, [5, 6]],
      ["radu.gheorghiu@firma.ro", "accountant", false, [1]],
    ]);
  });

  it("has a few hundred invoices, each company issuing in RON and EUR and receiving some", () => {
    expect(ledger.invoices.length).toBeGreaterThanOrEqual(450);
    expect(ledger.invoices.length).toBeLessThanOrEqual(750);
    for (const company of DEMO_COMPANIES) {
      const own = ledger.invoices.filter((i) => i.company_id === company.id);
      const issued = own.filter((i) => i.direction === "issued");
      expect(new Set(issued.map((i) => i.currency))).toEqual(new Set(["RON", "EUR"]));
      expect(issued.every((i) => i.series === company.series)).toBe(true);
      expect(own.filter((i) => i.direction === "received").length).toBeGreaterThanOrEqual(20);
    }
  });

  it("has every state in every company: paid, partial, unpaid; overdue and not yet due", () => {
    const paid = new Map<number, number>();
    for (const p of ledger.payments) paid.set(p.invoice_id, (paid.get(p.invoice_id) ?? 0) + p.amount_cents);
    for (const company of DEMO_COMPANIES) {
      const issued = ledger.invoices.filter((i) => i.company_id === company.id && i.direction === "issued");
      const status = (i: (typeof issued)[number]) => {
        const cents = paid.get(i.id) ?? 0;
        return cents === i.total_cents ? "paid" : cents > 0 ? "partial" : "unpaid";
      };
      const open = issued.filter((i) => status(i) !== "paid");
      expect(new Set(issued.map(status))).toEqual(new Set(["paid", "partial", "unpaid"]));
      expect(open.some((i) => i.due_date < TEST_TODAY)).toBe(true);
      expect(open.some((i) => i.due_date >= TEST_TODAY)).toBe(true);
    }
  });

  it("never pays more than the total, nor before the issue date or after today", () => {
    const byId = new Map(ledger.invoices.map((i) => [i.id, i]));
    const paid = new Map<number, number>();
    for (const p of ledger.payments) {
      const invoice = byId.get(p.invoice_id)!;
      expect(p.amount_cents).toBeGreaterThan(0);
      expect(p.paid_on >= invoice.issue_date && p.paid_on <= TEST_TODAY).toBe(true);
      paid.set(p.invoice_id, (paid.get(p.invoice_id) ?? 0) + p.amount_cents);
    }
    for (const [id, cents] of paid) expect(cents).toBeLessThanOrEqual(byId.get(id)!.total_cents);
    for (const invoice of ledger.invoices) {
      expect(daysBetween(invoice.issue_date, TEST_TODAY)).toBeGreaterThanOrEqual(1);
      expect(invoice.issue_date >= addDays(TEST_TODAY, -330)).toBe(true);
      expect(invoice.due_date > invoice.issue_date).toBe(true);
    }
  });

  it("pays through an account of the invoice's currency and company, cash only up to 5,000", () => {
    const accounts = new Map(ledger.accounts.map((a) => [a.id, a]));
    const byId = new Map(ledger.invoices.map((i) => [i.id, i]));
    for (const p of ledger.payments) {
      const account = accounts.get(p.account_id)!;
      const invoice = byId.get(p.invoice_id)!;
      expect([account.company_id, account.currency]).toEqual([invoice.company_id, invoice.currency]);
      if (account.kind === "cash") expect(invoice.total_cents).toBeLessThanOrEqual(500_000);
    }
  });

  it("has registers and RON and EUR bank accounts with valid IBANs, none overdrawn", () => {
    const byId = new Map(ledger.invoices.map((i) => [i.id, i]));
    for (const company of DEMO_COMPANIES) {
      const own = ledger.accounts.filter((a) => a.company_id === company.id);
      expect(own.some((a) => a.kind === "cash")).toBe(true);
      expect(new Set(own.filter((a) => a.kind === "bank").map((a) => a.currency))).toEqual(
        new Set(["RON", "EUR"]),
      );
    }
    for (const account of ledger.accounts) {
      if (account.kind === "bank") {
        expect(account.iban).toMatch(/^RO\d{2}[A-Z]{4}[A-Z0-9]{16}$/);
        expect(ibanValid(account.iban!)).toBe(true);
      } else expect(account.iban).toBeNull();
      const moved = ledger.payments
        .filter((p) => p.account_id === account.id)
        .reduce(
          (sum, p) => sum + (byId.get(p.invoice_id)!.direction === "issued" ? 1 : -1) * p.amount_cents,
          0,
        );
      expect(account.opening_cents + moved).toBeGreaterThan(0);
    }
    // The IBAN registry's Romanian example.
    expect(romanianIban("AAAA", "1B31007593840000")).toBe("RO49AAAA1B31007593840000");
  });

  it("has partner names with diacritics and & (a bot must escape them)", () => {
    const names = new Set(ledger.invoices.map((i) => i.partner_name));
    expect(names).toContain("Țesătoria Șerban & Fiii SRL");
    expect(names).toContain("Müller & Söhne GmbH");
    expect([...names].filter((n) => /[ăâîșțĂÂÎȘȚ]/.test(n)).length).toBeGreaterThanOrEqual(10);
  });

  it("is the same world for the same day, and moves with the day", () => {
    expect(demoLedger(TEST_TODAY)).toEqual(ledger);
    const later = demoLedger("2025-06-01");
    expect(later.invoices.length).toBe(ledger.invoices.length);
    expect(later.invoices[0]!.issue_date).toBe(addDays(ledger.invoices[0]!.issue_date, 83));
  });
});
