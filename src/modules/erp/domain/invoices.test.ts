/** Invoice logic with exact figures: filters, what is left and overdue, totals per currency, receivables by age. */
import { describe, expect, it } from "vitest";
import { invoice } from "./invoiceFixtures.js";
import {
  ageBucket,
  invoiceName,
  isOverdue,
  outstanding,
  queryOf,
  readFilter,
  receivablesByAge,
  totalsByCurrency,
} from "./invoices.js";

describe("invoices: the filter a person asks for", () => {
  it("the seed's Romanian words, with or without diacritics, and their en/ru/kk equivalents", () => {
    expect(
      ["", "neplatite", "NEPLĂTITE", "platite", "plătite", "restante", "partiale"].map(readFilter),
    ).toEqual(["all", "unpaid", "unpaid", "paid", "paid", "overdue", "partial"]);
    expect(["unpaid", "Paid", "overdue", "неоплаченные", "төленген"].map(readFilter)).toEqual([
      "unpaid",
      "paid",
      "overdue",
      "unpaid",
      "paid",
    ]);
    expect(readFilter("azi")).toBeUndefined();
  });

  it("asks the backend by the contract's status, every invoice for `all`", () => {
    expect([queryOf("all"), queryOf("unpaid"), queryOf("paid"), queryOf("overdue")]).toEqual([
      undefined,
      "unpaid",
      "paid",
      "overdue",
    ]);
  });
});

describe("invoices: what is left and what is overdue", () => {
  it("left to pay is total minus paid, in cents, never below zero", () => {
    expect(outstanding(invoice({ id: "1", total: 1234.56, paid: 1000.11 }))).toBe(234.45);
    expect(outstanding(invoice({ id: "2", total: 0.3, paid: 0.1 }))).toBe(0.2);
    expect(outstanding(invoice({ id: "3", total: 100, paid: 120 }))).toBe(0);
  });

  it("overdue: something left past the due date; a paid invoice is never overdue", () => {
    expect(isOverdue(invoice({ id: "1", days_overdue: 3 }))).toBe(true);
    expect(isOverdue(invoice({ id: "2", days_overdue: 0 }))).toBe(false);
    expect(isOverdue(invoice({ id: "3", days_overdue: 40, total: 50, paid: 50, status: "paid" }))).toBe(
      false,
    );
  });

  it("an invoice is named by series and number", () => {
    expect(invoiceName(invoice({ id: "7", number: "1042" }))).toBe("FCT 1042");
    expect(invoiceName(invoice({ id: "7", number: "1042", series: "" }))).toBe("1042");
  });
});

describe("invoices: totals and receivables by age, exact", () => {
  const list = [
    invoice({ id: "1", total: 1190.0, paid: 0, days_overdue: 0 }),
    invoice({ id: "2", total: 2380.5, paid: 1000.25, status: "partial", days_overdue: 12 }),
    invoice({ id: "3", total: 595.0, paid: 595.0, status: "paid", days_overdue: 0 }),
    invoice({ id: "4", total: 0.1, paid: 0, days_overdue: 31 }),
    invoice({ id: "5", total: 0.2, paid: 0, days_overdue: 95 }),
    invoice({ id: "6", total: 500, paid: 0, currency: "EUR", days_overdue: 61 }),
  ];

  it("per currency, RON first: count, total, paid, left to pay", () => {
    expect(totalsByCurrency(list)).toEqual([
      ["RON", { count: 5, total: 4165.8, paid: 1595.25, outstanding: 2570.55 }],
      ["EUR", { count: 1, total: 500, paid: 0, outstanding: 500 }],
    ]);
  });

  it("buckets: not yet due, 1–30, 31–60, 61–90, over 90 days", () => {
    expect([0, -3, 1, 30, 31, 60, 61, 90, 91].map(ageBucket)).toEqual([
      "current",
      "current",
      "d1-30",
      "d1-30",
      "d31-60",
      "d31-60",
      "d61-90",
      "d61-90",
      "d90+",
    ]);
    expect(receivablesByAge(list)).toEqual([
      ["RON", [1190, 1380.25, 0.1, 0, 0.2]],
      ["EUR", [0, 0, 0, 500, 0]],
    ]);
  });
});
