/**
 * The pure figures, with exact numbers: an invoice's status, days overdue and filters; a page
 * whose totals cover every selected invoice; the dashboard (balance = receivables − payables,
 * overdue as of the date, EUR converted once per figure); the treasury's totals per currency;
 * and the calendar in Bucharest time.
 */
import { describe, expect, it } from "vitest";
import { addDays, dateAt, daysBetween, localDateTime, monthStart } from "./calendar.js";
import { computeDashboard } from "./dashboard.js";
import { daysOverdue, invoicePage, selects, statusOf } from "./invoiceFigures.js";
import type { InvoiceRecord } from "./ledgerStore.js";
import { convertSums } from "./money.js";
import { treasuryOf } from "./treasury.js";

const TODAY = "2025-03-10";
const RATES = { RON: 10_000, EUR: 49_771 } as const;

let nextId = 1;
function invoice(patch: Partial<InvoiceRecord>): InvoiceRecord {
  return {
    id: nextId++,
    direction: "issued",
    series: "CRP",
    number: String(1000 + nextId),
    issueDate: "2025-02-01",
    dueDate: "2025-03-03",
    partnerName: "Țesătoria Șerban & Fiii SRL",
    partnerCui: "RO12345678",
    currency: "RON",
    totalCents: 100_000,
    paidCents: 0,
    ...patch,
  };
}

describe("an invoice's figures", () => {
  const unpaidLate = invoice({ dueDate: "2025-03-03" });
  const partialDueToday = invoice({ dueDate: TODAY, paidCents: 40_000 });
  const paidLate = invoice({ dueDate: "2025-01-01", paidCents: 100_000 });
  const partialLate = invoice({ dueDate: "2025-02-28", paidCents: 1 });

  it("status: nothing paid is unpaid, something is partial, all of it is paid", () => {
    expect([unpaidLate, partialDueToday, paidLate, partialLate].map(statusOf)).toEqual([
      "unpaid",
      "partial",
      "paid",
      "partial",
    ]);
  });

  it("days overdue count from the due date while something is left; due today is not overdue", () => {
    expect([unpaidLate, partialDueToday, paidLate, partialLate].map((i) => daysOverdue(i, TODAY))).toEqual([
      7, 0, 0, 10,
    ]);
    expect(daysOverdue(partialDueToday, "2025-03-11")).toBe(1);
  });

  it("filters: unpaid selects unpaid and partial; overdue those left to pay past due", () => {
    const all = [unpaidLate, partialDueToday, paidLate, partialLate];
    const ids = (filter: Parameters<typeof selects>[0]) =>
      all.filter((i) => selects(filter, i, TODAY)).map((i) => i.id);
    expect(ids("unpaid")).toEqual([unpaidLate.id, partialDueToday.id, partialLate.id]);
    expect(ids("partial")).toEqual([partialDueToday.id, partialLate.id]);
    expect(ids("paid")).toEqual([paidLate.id]);
    expect(ids("overdue")).toEqual([unpaidLate.id, partialLate.id]);
    expect(ids(undefined)).toHaveLength(4);
  });
});

describe("a page of invoices", () => {
  const invoices = [
    ...Array.from({ length: 23 }, (_, i) =>
      invoice({ totalCents: 10_000 * (i + 1), paidCents: i % 2 ? 5_000 : 0 }),
    ),
    invoice({ currency: "EUR", totalCents: 47_600, paidCents: 0 }),
    invoice({ currency: "EUR", totalCents: 12_345, paidCents: 12_345 }),
  ];

  it("totals cover every selected invoice, per currency, not only the page", () => {
    const page = invoicePage(invoices, { status: "unpaid", page: 3, pageSize: 10 }, TODAY);
    expect(page.total).toBe(24);
    expect(page.pages).toBe(3);
    expect(page.items).toHaveLength(4);
    // RON: totals 100..2300 lei = 27,600; paid 50 lei on each of the 11 odd ones.
    expect(page.totals).toEqual({
      count: 24,
      by_currency: {
        RON: { total: 27_600, paid: 550, outstanding: 27_050 },
        EUR: { total: 476, paid: 0, outstanding: 476 },
      },
    });
  });

  it("shows amounts in the currency's unit and an empty page past the end", () => {
    const first = invoicePage(invoices, { page: 1, pageSize: 2 }, TODAY);
    expect(first.items[1]).toMatchObject({ total: 200, paid: 50, status: "partial", days_overdue: 7 });
    expect(first.pages).toBe(13);
    const past = invoicePage(invoices, { page: 14, pageSize: 2 }, TODAY);
    expect(past).toMatchObject({ items: [], total: 25, page: 14, pages: 13 });
    expect(invoicePage([], { status: "overdue", page: 1, pageSize: 10 }, TODAY)).toEqual({
      items: [],
      total: 0,
      page: 1,
      pages: 0,
      totals: { count: 0, by_currency: {} },
    });
  });
});

describe("the dashboard", () => {
  it("computes receivables, payables, balance, overdue and the month's money in RON", () => {
    const issued = [
      invoice({ totalCents: 1_190_000, paidCents: 500_000, dueDate: "2025-02-28" }), // 6,900 left, 10 days late
      invoice({ currency: "EUR", totalCents: 476_000, dueDate: "2025-03-20" }), // 4,760 EUR, not due
      invoice({ totalCents: 238_000, dueDate: "2025-02-08" }), // 2,380 left, late
      invoice({ totalCents: 59_500, paidCents: 59_500 }),
    ];
    const received = [invoice({ direction: "received", totalCents: 300_001, paidCents: 100_000 })];
    const dashboard = computeDashboard({
      companyId: 1,
      currency: "RON",
      issued,
      received,
      monthPayments: [
        { direction: "issued", currency: "RON", cents: 59_500 },
        { direction: "issued", currency: "EUR", cents: 10_000 },
        { direction: "received", currency: "RON", cents: 100_000 },
      ],
      rates: RATES,
      today: TODAY,
      asOf: "2025-03-10T08:00:00.000Z",
    });
    // 4,760 EUR × 4.9771 = 23,690.996 → 23,691.00 RON.
    expect(dashboard).toEqual({
      company_id: 1,
      currency: "RON",
      balance: 30_970.99, // 6,900 + 23,691 + 2,380 − 2,000.01
      receivables: 32_971,
      payables: 2_000.01,
      invoices_issued: 4,
      invoices_paid: 1,
      invoices_unpaid: 3,
      overdue_count: 2,
      overdue_amount: 9_280,
      collections_month: 1_092.71, // 595 RON + 100 EUR (497.71 RON)
      payments_month: 1_000,
      as_of: "2025-03-10T08:00:00.000Z",
    });
  });

  it("converts each currency once, rounding half away from zero", () => {
    expect(convertSums({ EUR: 1 }, "RON", RATES)).toBe(5); // 4.9771 bani → 5
    expect(convertSums({ RON: 1_000, EUR: -1 }, "RON", RATES)).toBe(995);
    expect(convertSums({ RON: 49_771 }, "EUR", RATES)).toBe(10_000);
  });
});

describe("the treasury", () => {
  it("lists registers and banks and totals every currency it holds", () => {
    const treasury = treasuryOf(
      2,
      [
        { id: 1, kind: "cash", name: "Casa în lei", iban: null, currency: "RON", balanceCents: 123_456 },
        { id: 2, kind: "cash", name: "Casa în valută", iban: null, currency: "EUR", balanceCents: 50_000 },
        {
          id: 3,
          kind: "bank",
          name: "ING Bank",
          iban: "RO10INGB0000999901234567",
          currency: "RON",
          balanceCents: 1,
        },
        {
          id: 4,
          kind: "bank",
          name: "ING Bank",
          iban: "RO81INGB0000999905555555",
          currency: "EUR",
          balanceCents: 99,
        },
      ],
      "2025-03-10T08:00:00.000Z",
    );
    expect(treasury).toEqual({
      company_id: 2,
      cash: [
        { register: "Casa în lei", balance: 1_234.56, currency: "RON" },
        { register: "Casa în valută", balance: 500, currency: "EUR" },
      ],
      banks: [
        { bank: "ING Bank", iban: "RO10INGB0000999901234567", balance: 0.01, currency: "RON" },
        { bank: "ING Bank", iban: "RO81INGB0000999905555555", balance: 0.99, currency: "EUR" },
      ],
      total_by_currency: { RON: 1_234.57, EUR: 500.99 },
      as_of: "2025-03-10T08:00:00.000Z",
    });
  });
});

describe("the calendar", () => {
  it("reads today in Bucharest (UTC+2 in winter, +3 in summer)", () => {
    expect(dateAt(Date.UTC(2025, 2, 9, 21, 59))).toBe("2025-03-09");
    expect(dateAt(Date.UTC(2025, 2, 9, 22, 0))).toBe("2025-03-10");
    expect(dateAt(Date.UTC(2025, 6, 9, 21, 0))).toBe("2025-07-10");
    expect(localDateTime(Date.UTC(2025, 2, 10, 8, 15))).toBe("2025-03-10 10:15");
  });

  it("adds days across months and years, counts them, finds the month's first day", () => {
    expect(addDays("2025-02-27", 2)).toBe("2025-03-01");
    expect(addDays("2025-01-05", -10)).toBe("2024-12-26");
    expect(daysBetween("2024-12-26", "2025-03-10")).toBe(74);
    expect(monthStart("2025-03-10")).toBe("2025-03-01");
  });
});
