/**
 * erp's reports end to end against the reference ROA2WEB backend, each figure compared with what
 * the backend's own handle computes: companies, search and choice; a report asking for a company
 * offers the picker right there; the dashboard (and /sold); a page of unpaid invoices with the
 * totals, paging and an invoice's detail; CSV and PDF exports read back; receivables by age as a
 * photo; the treasury; and a restart that keeps the link and the active company.
 */
import { parse } from "csv-parse/sync";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiInvoice } from "../../backends/roa2web/index.js";
import { formatDate } from "../../src/modules/erp/domain/dates.js";
import { formatMoney } from "../../src/modules/erp/domain/money.js";
import type { ChatDriver } from "../support/liveStack.js";
import { ErpStack } from "./erpStack.js";

let stack: ErpStack;
let ana: ChatDriver;
const CARPATI = 1;
const en = (amount: number, currency = "RON") => formatMoney(amount, currency, "en");

beforeAll(async () => {
  stack = await ErpStack.start();
  ana = await stack.linkedAs("ana@firma.ro");
});
afterAll(async () => {
  await stack?.close();
});

/** Every invoice of a filter, from the backend's handle. */
async function allInvoices(status?: "unpaid" | "paid" | "overdue"): Promise<ApiInvoice[]> {
  const first = await stack.roa2web.invoicesOf(CARPATI, { status, pageSize: 100 });
  const items = [...first.items];
  for (let page = 2; page <= first.pages; page++)
    items.push(...(await stack.roa2web.invoicesOf(CARPATI, { status, page, pageSize: 100 })).items);
  return items;
}

describe("erp: companies", () => {
  it("/companies lists id, name, CUI and city, as the backend has them", async () => {
    const expected = await stack.roa2web.companiesOf("ana@firma.ro");
    const list = await ana.ask("/companies", /Your companies/);
    expect(list.text).toBe(
      [
        `🏢 Your companies (${expected.length})`,
        "",
        ...expected.flatMap((c, i) => [`${i + 1}. ${c.name}`, `    CUI ${c.cui} · ${c.city} · id ${c.id}`]),
      ].join("\n"),
    );
  });

  it("a report with no company chosen offers the companies there, then shows itself", async () => {
    const picker = await ana.ask("/dashboard", /First choose the company to work on/);
    await ana.press(picker, /Carpați Distribuție SRL/);
    await ana.edited(picker.message_id, /Active company: Carpați Distribuție SRL \(CUI RO18452718\)/);
    await ana.reply(/📊 Carpați Distribuție SRL/);
  });

  it("/selectcompany searches (diacritics or not), then buttons; /clear forgets the choice", async () => {
    const found = await ana.ask("/selectcompany delta", /Companies matching "delta"/);
    expect(found.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([
      "🏢 Delta Logistic & Transport SRL · RO22619378",
    ]);
    const none = await ana.ask("/selectcompany Bega", /No company matches "Bega"\. Here are all of them/);
    expect(none.reply_markup?.inline_keyboard.flat()).toHaveLength(3);
    await ana.ask("/clear", /The active company is cleared/);
    await ana.ask("/trezorerie", /First choose the company/);
    const carpati = await ana.ask("/selectcompany carpati", /Companies matching "carpati"/);
    await ana.press(carpati, /Carpați/);
    await ana.edited(carpati.message_id, /Active company: Carpați/);
  });
});

describe("erp: reports with exact figures", () => {
  it("/dashboard and /sold: every figure of the backend's dashboard", async () => {
    const d = await stack.roa2web.dashboardOf(CARPATI);
    const dashboard = await ana.ask("/sold", /📊 Carpați/);
    expect(dashboard.text).toContain(
      [
        `Balance: ${en(d.balance)}`,
        `Receivables: ${en(d.receivables)}`,
        `Payables: ${en(d.payables)}`,
        "",
        `Invoices: ${d.invoices_issued} issued · ${d.invoices_paid} paid · ${d.invoices_unpaid} unpaid`,
        `⚠️ Overdue: ${d.overdue_count} invoices · ${en(d.overdue_amount)}`,
        `This month: ${en(d.collections_month)} collected · ${en(d.payments_month)} paid out`,
      ].join("\n"),
    );
    expect(dashboard.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([
      "📈 Receivables by age",
      "🧾 Unpaid invoices",
      "🏦 Treasury",
      "🔄 Refresh",
    ]);
  });

  it("/facturi neplatite: the first page, the totals over the whole filter, paging and an invoice's detail", async () => {
    const page1 = await stack.roa2web.invoicesOf(CARPATI, { status: "unpaid" });
    const list = await ana.ask("/facturi neplatite", /🧾 Invoices: Carpați Distribuție SRL \(unpaid\)/);
    expect(list.text).toContain(`${page1.total} invoices, page 1 of ${page1.pages}`);
    for (const [i, invoice] of page1.items.entries()) {
      const left = en(Math.round((invoice.total - invoice.paid) * 100) / 100, invoice.currency);
      expect(list.text).toContain(
        `${i + 1}. ${invoice.days_overdue > 0 ? "⚠️ " : ""}${invoice.series} ${invoice.number} · ${invoice.partner_name}`,
      );
      expect(list.text).toContain(`${en(invoice.total, invoice.currency)} · ${left} left to pay`);
    }
    for (const [currency, sum] of Object.entries(page1.totals.by_currency)) {
      expect(list.text).toContain(
        `${en(sum.total, currency)} invoiced · ${en(sum.paid, currency)} paid · ${en(sum.outstanding, currency)} left to pay`,
      );
    }
    await ana.press(list, "Next ›");
    const page2 = await stack.roa2web.invoicesOf(CARPATI, { status: "unpaid", page: 2 });
    const second = await ana.edited(list.message_id, new RegExp(`page 2 of ${page2.pages}`));
    expect(second.text).toContain(`11. `);
    const invoice = page2.items[0]!;
    await ana.press(second, `🧾 ${invoice.series} ${invoice.number}`);
    const detail = await ana.edited(
      list.message_id,
      new RegExp(`Invoice ${invoice.series} ${invoice.number}`),
    );
    expect(detail.text).toContain(`Customer: ${invoice.partner_name}`);
    expect(detail.text).toContain(`Issued on ${formatDate(invoice.issue_date, "en")}`);
    expect(detail.text).toContain(
      `Total: ${en(invoice.total, invoice.currency)}\nPaid: ${en(invoice.paid, invoice.currency)}`,
    );
    await ana.press(detail, "« Back to the list");
    await ana.edited(list.message_id, new RegExp(`page 2 of ${page2.pages}`));
  });

  it("an unknown filter is named back, cut", async () => {
    await ana.ask(`/facturi ${"x".repeat(100)}`, /I don't know the filter "x{63}…"/);
  });

  it("the CSV export reads back as the whole filtered list", async () => {
    const expected = await allInvoices("unpaid");
    const list = await ana.ask("/facturi neplatite", /🧾 Invoices/);
    await ana.press(list, "⬇️ CSV");
    const document = await ana.reply(
      new RegExp(`🧾 Carpați Distribuție SRL: unpaid, ${expected.length} invoices`),
    );
    expect(document.document?.file_name).toMatch(
      /^facturi-carpati-distributie-srl-unpaid-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const rows: string[][] = parse(await stack.download(document), { bom: true });
    expect(rows[0]).toEqual([
      "Invoice",
      "Customer",
      "CUI",
      "Issued",
      "Due",
      "Total",
      "Paid",
      "Left to pay",
      "Currency",
      "Status",
      "Days overdue",
    ]);
    expect(rows.slice(1)).toEqual(
      expected.map((i) => [
        `${i.series} ${i.number}`,
        i.partner_name,
        i.partner_cui,
        i.issue_date,
        i.due_date,
        i.total.toFixed(2),
        i.paid.toFixed(2),
        (Math.round((i.total - i.paid) * 100) / 100).toFixed(2),
        i.currency,
        i.status === "partial" ? "partly paid" : "unpaid",
        String(i.days_overdue),
      ]),
    );
  });

  it("the PDF export holds every invoice of the list and the backend's totals", async () => {
    const expected = await allInvoices("overdue");
    const totals = (await stack.roa2web.invoicesOf(CARPATI, { status: "overdue" })).totals.by_currency;
    const list = await ana.ask("/facturi restante", /🧾 Invoices: Carpați Distribuție SRL \(overdue\)/);
    await ana.press(list, "⬇️ PDF");
    const document = await ana.reply(/overdue, \d+ invoices/);
    expect(document.document?.mime_type).toBe("application/pdf");
    const pdf = await getDocumentProxy(new Uint8Array(await stack.download(document)));
    const text = ((await extractText(pdf, { mergePages: true })).text as string).replace(/\s+/g, " ");
    expect(text).toContain("Invoices: Carpați Distribuție SRL");
    for (const i of expected) expect(text).toContain(`${i.series} ${i.number}`);
    for (const [currency, sum] of Object.entries(totals)) {
      expect(text).toContain(
        `${en(sum.total, currency)} invoiced · ${en(sum.paid, currency)} paid · ${en(sum.outstanding, currency)} left to pay`,
      );
    }
  });

  it("receivables by age arrive as a chart, its caption bucket by bucket", async () => {
    const unpaid = await allInvoices("unpaid");
    const bucket = (days: number) => (days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4);
    const sums = new Map<string, number[]>();
    for (const i of unpaid) {
      const row = sums.get(i.currency) ?? [0, 0, 0, 0, 0];
      row[bucket(i.days_overdue)]! += Math.round((i.total - i.paid) * 100);
      sums.set(i.currency, row);
    }
    const dashboard = await ana.ask("/dashboard", /📊 Carpați/);
    await ana.press(dashboard, "📈 Receivables by age");
    const photo = await ana.reply(/Receivables by age: Carpați Distribuție SRL/);
    expect(photo.photo?.length).toBeGreaterThan(0);
    const labels = ["Not yet due", "1–30 days", "31–60 days", "61–90 days", "Over 90 days"];
    const currencies = ["RON", "EUR"].filter((c) => sums.has(c));
    for (const [i, label] of labels.entries()) {
      const amounts = currencies.map((c) => en(sums.get(c)![i]! / 100, c)).join(" · ");
      expect(photo.caption).toContain(`${label}: ${amounts}`);
    }
  });

  it("/trezorerie: every register and account, and the totals per currency", async () => {
    const t = await stack.roa2web.treasuryOf(CARPATI);
    const treasury = await ana.ask("/trezorerie", /🏦 Treasury: Carpați/);
    for (const c of t.cash) expect(treasury.text).toContain(`${c.register}: ${en(c.balance, c.currency)}`);
    for (const b of t.banks)
      expect(treasury.text).toContain(`${b.bank} · ${b.iban}: ${en(b.balance, b.currency)}`);
    expect(treasury.text).toContain(
      ["Total by currency", ...Object.entries(t.total_by_currency).map(([c, amount]) => en(amount, c))].join(
        "\n",
      ),
    );
  });
});

describe("erp: a restart", () => {
  it("keeps the link and the active company", async () => {
    await stack.restart();
    const dashboard = await ana.ask("/dashboard", /📊/);
    expect(dashboard.text).toMatch(/^📊 Carpați Distribuție SRL\n/);
    const start = await ana.ask("/start", /ROA2WEB: linked as/);
    expect(start.text).toContain(
      "ROA2WEB: linked as Ana Popescu (ana@firma.ro). Active company: Carpați Distribuție SRL.",
    );
  });
});
