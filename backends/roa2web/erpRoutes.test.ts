/**
 * The data routes over the seeded database, with exact figures: the dashboard recomputed here
 * from the raw rows (balance = receivables − payables, overdue as of the clock, EUR at the stored
 * rate), the showcase invoices, filters whose totals cover every page, pagination, treasury
 * totals per currency, and 403 for a company the session may not see.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, daysBetween, monthStart } from "./calendar.js";
import type { ApiInvoice, InvoicePage } from "./invoiceFigures.js";
import type { Roa2webApp } from "./roa2webBackend.js";
import { EUR_RATE_E4 } from "./seed/demoLedger.js";
import { SHOWCASE_INVOICES } from "./seed/invoices.js";
import { call, linkTelegram, TEST_NOW, TEST_TODAY, testBackend } from "./testKit.js";

let backend: Roa2webApp;
let ana: string;
let manager: string;
let managerArchive: string;
beforeAll(async () => {
  backend = await testBackend();
  ana = (await linkTelegram(backend, "ana@firma.ro", 1)).access_token;
  manager = (await linkTelegram(backend, "mihai.ionescu@firma.ro", 2)).access_token;
  managerArchive = (await linkTelegram(backend, "mihai.ionescu@firma.ro", 3, "archive")).access_token;
});
afterAll(() => backend.close());

const get = (url: string, token = ana) => call(backend, "GET", url, token);
const DAY = 86_400_000;

/** The dashboard worked out here from the raw rows, independently of the backend's code. */
async function expectedDashboard(companyId: number, today: string) {
  const invoices = await backend.db
    .selectFrom("invoices")
    .selectAll()
    .where("company_id", "=", companyId)
    .where("issue_date", "<=", today)
    .execute();
  const payments = await backend.db
    .selectFrom("payments")
    .innerJoin("invoices", "invoices.id", "payments.invoice_id")
    .select([
      "payments.invoice_id",
      "payments.paid_on",
      "payments.amount_cents",
      "invoices.direction",
      "invoices.currency",
    ])
    .where("invoices.company_id", "=", companyId)
    .where("payments.paid_on", "<=", today)
    .execute();
  const paid = (id: number) =>
    payments.filter((p) => p.invoice_id === id).reduce((s, p) => s + p.amount_cents, 0);
  const toRon = (byCurrency: { RON: number; EUR: number }) =>
    byCurrency.RON + Math.round((byCurrency.EUR * EUR_RATE_E4) / 10_000);
  const open = (rows: typeof invoices) => {
    const sums = { RON: 0, EUR: 0 };
    for (const i of rows) sums[i.currency as "RON" | "EUR"] += i.total_cents - paid(i.id);
    return toRon(sums);
  };
  const issued = invoices.filter((i) => i.direction === "issued");
  const overdue = issued.filter((i) => i.total_cents > paid(i.id) && i.due_date < today);
  const month = (direction: string) => {
    const sums = { RON: 0, EUR: 0 };
    for (const p of payments)
      if (p.direction === direction && p.paid_on >= monthStart(today))
        sums[p.currency as "RON" | "EUR"] += p.amount_cents;
    return toRon(sums);
  };
  const receivables = open(issued);
  const payables = open(invoices.filter((i) => i.direction === "received"));
  const fullyPaid = issued.filter((i) => paid(i.id) === i.total_cents).length;
  return {
    company_id: companyId,
    currency: "RON",
    balance: (receivables - payables) / 100,
    receivables: receivables / 100,
    payables: payables / 100,
    invoices_issued: issued.length,
    invoices_paid: fullyPaid,
    invoices_unpaid: issued.length - fullyPaid,
    overdue_count: overdue.length,
    overdue_amount: open(overdue) / 100,
    collections_month: month("issued") / 100,
    payments_month: month("received") / 100,
  };
}

describe("GET /api/dashboard/{company_id}", () => {
  it("is computed from the ledger as of the clock: every figure exact", async () => {
    for (const companyId of [1, 2, 3]) {
      const response = await get(`/api/dashboard/${companyId}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        ...(await expectedDashboard(companyId, TEST_TODAY)),
        as_of: "2025-03-10T08:00:00.000Z",
      });
    }
  });

  it("balance = receivables − payables; unpaid counts unpaid and partial", async () => {
    const dashboard = (await get("/api/dashboard/1")).json();
    expect(Math.round(dashboard.balance * 100)).toBe(
      Math.round(dashboard.receivables * 100) - Math.round(dashboard.payables * 100),
    );
    const unpaid = await backend.invoicesOf(1, { status: "unpaid" });
    expect(dashboard.invoices_unpaid).toBe(unpaid.total);
    expect(dashboard.overdue_count).toBe((await backend.invoicesOf(1, { status: "overdue" })).total);
    expect(await backend.dashboardOf(1)).toEqual(dashboard);
  });

  it("moves with the clock: eleven days on, more is overdue", async () => {
    const before = (await get("/api/dashboard/1")).json();
    backend.clock.advance(11 * DAY);
    try {
      const fresh = (await linkTelegram(backend, "ana@firma.ro", 11)).access_token;
      const later = (await get("/api/dashboard/1", fresh)).json();
      expect(later).toEqual({
        ...(await expectedDashboard(1, addDays(TEST_TODAY, 11))),
        as_of: new Date(TEST_NOW + 11 * DAY).toISOString(),
      });
      // The Müller & Söhne invoice (4,760 EUR) fell due in between.
      expect(later.overdue_count).toBeGreaterThan(before.overdue_count);
      expect(later.overdue_amount - before.overdue_amount).toBeGreaterThanOrEqual(23_691);
    } finally {
      backend.clock.reset();
    }
  });
});

describe("GET /api/invoices/{company_id}", () => {
  const page = async (query: string, token = ana) => {
    const response = await get(`/api/invoices/1?${query}`, token);
    expect(response.statusCode).toBe(200);
    return response.json<InvoicePage>();
  };

  /** Every page of a filter, fetched through the API. */
  const allPages = async (status: string) => {
    const first = await page(`status=${status}&page_size=7`);
    const items = [...first.items];
    for (let n = 2; n <= first.pages; n++)
      items.push(...(await page(`status=${status}&page_size=7&page=${n}`)).items);
    return { first, items };
  };

  it("shows the showcase invoices exactly", async () => {
    const items = (await page("page_size=100")).items;
    const find = (partner: string, total: number) =>
      items.find((i) => i.partner_name === partner && i.total === total);
    expect(find("Țesătoria Șerban & Fiii SRL", 11_900)).toMatchObject({
      series: "CRP",
      issue_date: "2025-01-29",
      due_date: "2025-02-28",
      paid: 5_000,
      currency: "RON",
      status: "partial",
      days_overdue: 10,
    });
    expect(find("Ștefănescu & Asociații SCA", 2_380)).toMatchObject({
      paid: 0,
      status: "unpaid",
      days_overdue: 30,
    });
    expect(find("Müller & Söhne GmbH", 4_760)).toMatchObject({
      currency: "EUR",
      due_date: "2025-03-20",
      status: "unpaid",
      days_overdue: 0,
    });
    expect(find("Cofetăria Dulce & Bun SRL", 595)).toMatchObject({
      paid: 595,
      status: "paid",
      days_overdue: 0,
    });
    expect(SHOWCASE_INVOICES).toHaveLength(4);
  });

  it("filters select what the contract says, and totals cover every page", async () => {
    const everything = (await page("page_size=100")).items;
    const left = (i: ApiInvoice) => Math.round(i.total * 100) - Math.round(i.paid * 100);
    const expected = {
      unpaid: everything.filter((i) => left(i) > 0),
      paid: everything.filter((i) => i.status === "paid"),
      partial: everything.filter((i) => i.status === "partial"),
      overdue: everything.filter((i) => left(i) > 0 && i.due_date < TEST_TODAY),
    };
    for (const [status, selected] of Object.entries(expected)) {
      const { first, items } = await allPages(status);
      expect([status, items.map((i) => i.id)]).toEqual([status, selected.map((i) => i.id)]);
      expect(first.total).toBe(selected.length);
      expect(first.pages).toBe(Math.ceil(selected.length / 7));
      const byCurrency: Record<string, { total: number; paid: number; outstanding: number }> = {};
      for (const i of selected) {
        const sum = byCurrency[i.currency] ?? { total: 0, paid: 0, outstanding: 0 };
        byCurrency[i.currency] = sum;
        sum.total += Math.round(i.total * 100);
        sum.paid += Math.round(i.paid * 100);
        sum.outstanding += left(i);
      }
      const inUnits = Object.fromEntries(
        Object.entries(byCurrency).map(([c, s]) => [
          c,
          { total: s.total / 100, paid: s.paid / 100, outstanding: s.outstanding / 100 },
        ]),
      );
      expect(first.totals).toEqual({ count: selected.length, by_currency: inUnits });
    }
    expect(expected.unpaid.some((i) => i.status === "partial")).toBe(true);
    expect(expected.overdue.every((i) => i.days_overdue === daysBetween(i.due_date, TEST_TODAY))).toBe(true);
  });

  it("pages newest first, 10 by default, an empty page past the end", async () => {
    const all = await page("");
    expect(all).toMatchObject({ page: 1, pages: Math.ceil(all.total / 10) });
    expect(all.items).toHaveLength(10);
    const dates = all.items.map((i) => i.issue_date);
    expect(dates).toEqual([...dates].sort().reverse());
    const second = await page("page=2");
    expect(second.items[0]!.id).not.toBe(all.items[0]!.id);
    expect(new Set([...all.items, ...second.items].map((i) => i.id)).size).toBe(20);
    const past = await page(`page=${all.pages + 1}`);
    expect(past).toMatchObject({ items: [], total: all.total, page: all.pages + 1 });
    expect((await page("status=&page=&page_size=")).items).toHaveLength(10);
    expect(await backend.invoicesOf(1, { page: 2 })).toEqual(second);
  });

  it("400 names the bad query parameter", async () => {
    for (const [query, field] of [
      ["status=neplatite", "status"],
      ["page=0", "page"],
      ["page_size=101", "page_size"],
      ["page=two", "page"],
    ]) {
      const response = await get(`/api/invoices/1?${query}`);
      expect([query, response.statusCode, response.json()]).toMatchObject([
        query,
        400,
        { error: "invalid_query", field },
      ]);
    }
  });
});

describe("GET /api/treasury/{company_id}", () => {
  it("lists registers and banks with balances computed from the payments, totals per currency", async () => {
    const treasury = (await get("/api/treasury/1")).json();
    expect(treasury.company_id).toBe(1);
    expect(treasury.as_of).toBe("2025-03-10T08:00:00.000Z");
    expect(treasury.cash.map((c: { register: string }) => c.register)).toEqual([
      "Casa în lei – sediu Brașov",
      "Casa în lei – punct de lucru Sibiu",
    ]);
    expect(treasury.banks.map((b: { bank: string; currency: string }) => [b.bank, b.currency])).toEqual([
      ["Banca Transilvania", "RON"],
      ["Banca Comercială Română", "RON"],
      ["Banca Transilvania", "EUR"],
    ]);
    const accounts = await backend.db
      .selectFrom("treasury_accounts")
      .selectAll()
      .where("company_id", "=", 1)
      .execute();
    const rows = await backend.db
      .selectFrom("payments")
      .innerJoin("invoices", "invoices.id", "payments.invoice_id")
      .select(["payments.account_id", "payments.amount_cents", "invoices.direction"])
      .execute();
    const balance = (id: number, opening: number) =>
      rows
        .filter((r) => r.account_id === id)
        .reduce((sum, r) => sum + (r.direction === "issued" ? r.amount_cents : -r.amount_cents), opening);
    const total = { RON: 0, EUR: 0 } as Record<string, number>;
    const listed = [...treasury.cash, ...treasury.banks].map((a: { balance: number }) =>
      Math.round(a.balance * 100),
    );
    expect(listed).toEqual(accounts.map((a) => balance(a.id, a.opening_cents)));
    for (const a of accounts) total[a.currency]! += balance(a.id, a.opening_cents);
    expect(treasury.total_by_currency).toEqual({ RON: total.RON! / 100, EUR: total.EUR! / 100 });
    expect(await backend.treasuryOf(1)).toEqual(treasury);
  });
});

describe("who sees what", () => {
  it("companies: the caller's, on the token's server", async () => {
    expect((await get("/api/companies", manager)).json().map((c: { id: number }) => c.id)).toEqual([
      1, 2, 3, 4,
    ]);
    expect((await get("/api/companies", managerArchive)).json().map((c: { id: number }) => c.id)).toEqual([
      5, 6,
    ]);
    expect(await backend.companiesOf("ana@firma.ro")).toEqual((await get("/api/companies")).json());
    expect((await backend.companiesOf("mihai.ionescu@firma.ro", "archive")).map((c) => c.id)).toEqual([5, 6]);
  });

  it("403 for another user's company, another server's, or one that does not exist", async () => {
    const forbidden = { error: "forbidden", message: "You may not see this company." };
    for (const [url, token] of [
      ["/api/dashboard/4", ana],
      ["/api/invoices/4", ana],
      ["/api/treasury/4", ana],
      ["/api/dashboard/5", manager],
      ["/api/treasury/1", managerArchive],
      ["/api/dashboard/999", manager],
    ] as const) {
      const response = await get(url, token);
      expect([url, response.statusCode, response.json()]).toEqual([url, 403, forbidden]);
    }
    expect((await get("/api/dashboard/4", manager)).statusCode).toBe(200);
    expect((await get("/api/dashboard/5", managerArchive)).statusCode).toBe(200);
  });

  it("400 for a company id that is not a positive integer; 401 before anything without a token", async () => {
    for (const id of ["abc", "0", "-1", "1.5"]) {
      const response = await get(`/api/dashboard/${id}`);
      expect([id, response.statusCode, response.json().field]).toEqual([id, 400, "company_id"]);
    }
    expect((await call(backend, "GET", "/api/dashboard/abc")).statusCode).toBe(401);
    expect((await call(backend, "GET", "/api/nothing-here", ana)).json()).toEqual({
      error: "not_found",
      message: "No such route.",
    });
  });
});
