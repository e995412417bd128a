/**
 * erp's screens with exact figures, in the user's language: the dashboard in Romanian and English,
 * a page of invoices with its totals, an invoice, the treasury, the digest, receivables by age.
 * Names from the ERP are escaped.
 */
import { describe, expect, it } from "vitest";
import { invoice } from "../../src/modules/erp/domain/invoiceFixtures.js";
import type { Dashboard } from "../../src/modules/erp/erpSchemas.js";
import { agingCaption } from "../../src/modules/erp/views/agingChart.js";
import { companiesText } from "../../src/modules/erp/views/companyViews.js";
import { dashboardText } from "../../src/modules/erp/views/dashboardView.js";
import { digestText } from "../../src/modules/erp/views/digestViews.js";
import { formatsFor } from "../../src/modules/erp/views/format.js";
import { invoiceDetailText, invoicePageText } from "../../src/modules/erp/views/invoiceViews.js";
import { treasuryText } from "../../src/modules/erp/views/treasuryView.js";
import { translator } from "./translate.js";

const company = { id: "1", name: "Țesătoria <Ștefan> & Fiii SRL", cui: "RO1234567" };
const ro = { t: translator("ro"), f: formatsFor("ro", "Europe/Bucharest") };
const en = { t: translator("en"), f: formatsFor("en", "Europe/Bucharest") };
const dashboard: Dashboard = {
  company_id: "1",
  currency: "RON",
  balance: 12345.67,
  receivables: 23456.78,
  payables: 11111.11,
  invoices_issued: 42,
  invoices_paid: 30,
  invoices_unpaid: 12,
  overdue_count: 5,
  overdue_amount: 3210,
  collections_month: 10000,
  payments_month: 7500.5,
  as_of: "2025-03-05T12:00:00Z",
};
const items = [
  invoice({ id: "1", number: "1042", total: 1234.56, paid: 0, days_overdue: 12 }),
  invoice({ id: "2", number: "1043", total: 595, paid: 595, status: "paid" }),
  invoice({
    id: "3",
    number: "1044",
    total: 2000,
    paid: 500.25,
    status: "partial",
    currency: "EUR",
    due_date: "",
    days_overdue: 1,
  }),
];

describe("erp views: the dashboard", () => {
  it("in Romanian", () => {
    expect(dashboardText(ro.t, ro.f, company, dashboard)).toBe(
      [
        "<b>📊 Țesătoria &lt;Ștefan&gt; &amp; Fiii SRL</b>",
        "",
        "Sold: <b>12.345,67 lei</b>",
        "Creanțe: 23.456,78 lei",
        "Datorii: 11.111,11 lei",
        "",
        "Facturi: 42 emise · 30 încasate · 12 neîncasate",
        "⚠️ Restante: 5 facturi · 3.210,00 lei",
        "Luna aceasta: încasări 10.000,00 lei · plăți 7.500,50 lei",
        "",
        "<i>Situația la 05.03.2025, 14:00</i>",
      ].join("\n"),
    );
  });

  it("in English, and without overdue invoices", () => {
    const text = dashboardText(en.t, en.f, company, { ...dashboard, overdue_count: 0, overdue_amount: 0 });
    expect(text).toContain(
      "Balance: <b>RON 12,345.67</b>\nReceivables: RON 23,456.78\nPayables: RON 11,111.11",
    );
    expect(text).toContain("Invoices: 42 issued · 30 paid · 12 unpaid\n✅ Nothing overdue\n");
    expect(text).toContain("This month: RON 10,000.00 collected · RON 7,500.50 paid out");
    expect(text).toMatch(/<i>As of 5 Mar 2025, 14:00<\/i>$/);
  });
});

describe("erp views: invoices", () => {
  it("a page: numbered from the page's offset, overdue marked, the backend's totals per currency", () => {
    const text = invoicePageText(ro.t, ro.f, company, "unpaid", {
      items,
      total: 23,
      page: 2,
      pages: 3,
      totals: {
        count: 23,
        by_currency: {
          EUR: { total: 2000, paid: 500.25, outstanding: 1499.75 },
          RON: { total: 1829.56, paid: 595, outstanding: 1234.56 },
        },
      },
    });
    expect(text).toBe(
      [
        "<b>🧾 Facturi: Țesătoria &lt;Ștefan&gt; &amp; Fiii SRL</b> (neîncasate)",
        "23 de facturi, pagina 2 din 3",
        "",
        "11. ⚠️ <b>FCT 1042</b> · Client SRL",
        "    1.234,56 lei · rest de încasat 1.234,56 lei · scadentă la 03.03.2025 · ⚠️ 12 zile de întârziere",
        "12. <b>FCT 1043</b> · Client SRL",
        "    595,00 lei · încasată integral · scadentă la 03.03.2025",
        "13. ⚠️ <b>FCT 1044</b> · Client SRL",
        "    2.000,00 EUR · rest de încasat 1.499,75 EUR · ⚠️ o zi de întârziere",
        "",
        "<b>Totaluri</b> (toate facturile acestei liste):",
        "facturat 1.829,56 lei · încasat 595,00 lei · rest de încasat 1.234,56 lei",
        "facturat 2.000,00 EUR · încasat 500,25 EUR · rest de încasat 1.499,75 EUR",
      ].join("\n"),
    );
  });

  it("an empty filter says so", () => {
    const empty = { items: [], total: 0, page: 1, pages: 0, totals: { count: 0, by_currency: {} } };
    expect(invoicePageText(en.t, en.f, company, "overdue", empty)).toBe(
      "<b>🧾 Invoices: Țesătoria &lt;Ștefan&gt; &amp; Fiii SRL</b> (overdue)\n\nNo invoice matches this filter.",
    );
  });

  it("one invoice in detail", () => {
    expect(invoiceDetailText(en.t, en.f, company, items[2]!)).toBe(
      [
        "<b>🧾 Invoice FCT 1044</b>",
        "Issued by Țesătoria &lt;Ștefan&gt; &amp; Fiii SRL",
        "",
        "Customer: <b>Client SRL</b> (CUI RO1234567)",
        "Issued on 1 Feb 2025",
        "",
        "Total: <b>EUR 2,000.00</b>",
        "Paid: EUR 500.25",
        "Left to pay: <b>EUR 1,499.75</b>",
        "Status: partly paid",
        "⚠️ Overdue by 1 day",
      ].join("\n"),
    );
  });
});

describe("erp views: treasury, companies, digest, receivables by age", () => {
  it("the treasury: cash registers, bank accounts with their IBAN, totals per currency (RON first)", () => {
    const text = treasuryText(ro.t, ro.f, company, {
      company_id: "1",
      cash: [{ register: "Casa principală", balance: 1500.5, currency: "RON" }],
      banks: [
        { bank: "BCR", iban: "RO49AAAA1B31007593840000", balance: 20000, currency: "RON" },
        { bank: "ING", iban: "", balance: 300, currency: "EUR" },
      ],
      total_by_currency: { EUR: 300, RON: 21500.5 },
      as_of: "2025-03-05T12:00:00Z",
    });
    expect(text).toBe(
      [
        "<b>🏦 Trezorerie: Țesătoria &lt;Ștefan&gt; &amp; Fiii SRL</b>",
        "",
        "<b>Case</b>",
        "Casa principală: 1.500,50 lei",
        "",
        "<b>Conturi bancare</b>",
        "BCR · <code>RO49AAAA1B31007593840000</code>: 20.000,00 lei",
        "ING: 300,00 EUR",
        "",
        "<b>Total pe monede</b>",
        "<b>21.500,50 lei</b>",
        "<b>300,00 EUR</b>",
        "",
        "<i>Situația la 05.03.2025, 14:00</i>",
      ].join("\n"),
    );
  });

  it("/companies: id, name, CUI and city; the active one marked", () => {
    expect(
      companiesText(
        ro.t,
        [
          { id: "1", name: "ACME <SRL>", cui: "RO1", city: "Brașov" },
          { id: "2", name: "Beta", cui: "", city: "" },
        ],
        "2",
      ),
    ).toBe(
      [
        "<b>🏢 Firmele dumneavoastră</b> (2)",
        "",
        "1. <b>ACME &lt;SRL&gt;</b>",
        "    CUI RO1 · Brașov · id <code>1</code>",
        "2. ✅ <b>Beta</b>",
        "    id <code>2</code>",
      ].join("\n"),
    );
  });

  it("the digest lists the most overdue first, with what is left per currency", () => {
    const overdue = items.filter((i) => i.days_overdue > 0);
    expect(digestText(en.t, en.f, company, overdue, Date.UTC(2025, 2, 5, 7))).toBe(
      [
        "<b>🔔 Overdue invoices: Țesătoria &lt;Ștefan&gt; &amp; Fiii SRL</b>, 5 Mar 2025, 09:00",
        "",
        "2 invoices are overdue.",
        "Left to pay: <b>RON 1,234.56</b>",
        "Left to pay: <b>EUR 1,499.75</b>",
        "",
        "• <b>FCT 1042</b> · Client SRL · RON 1,234.56 · ⚠️ 12 days overdue",
        "• <b>FCT 1044</b> · Client SRL · EUR 1,499.75 · ⚠️ 1 day overdue",
      ].join("\n"),
    );
    expect(digestText(en.t, en.f, company, [], Date.UTC(2025, 2, 5, 7))).toMatch(
      /\n\n✅ Nothing is overdue\.$/,
    );
  });

  it("receivables by age, bucket by bucket, every currency", () => {
    expect(
      agingCaption(ro.t, ro.f, company, [
        ["RON", [1190, 1380.25, 0.1, 0, 0.2]],
        ["EUR", [0, 0, 0, 500, 0]],
      ]),
    ).toBe(
      [
        "<b>📈 Creanțe după vechime: Țesătoria &lt;Ștefan&gt; &amp; Fiii SRL</b>",
        "",
        "În termen: 1.190,00 lei · 0,00 EUR",
        "1–30 de zile: 1.380,25 lei · 0,00 EUR",
        "31–60 de zile: 0,10 lei · 0,00 EUR",
        "61–90 de zile: 0,00 lei · 500,00 EUR",
        "Peste 90 de zile: 0,20 lei · 0,00 EUR",
      ].join("\n"),
    );
  });
});
