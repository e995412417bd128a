/**
 * The invoice exports, read back the way a person's tools read them: the CSV through csv-parse
 * (header in the user's language, one row per invoice, plain decimals, diacritics intact, no
 * formula injection), the PDF through unpdf (title, every invoice with its amounts, the totals,
 * "page n of m").
 */
import { parse } from "csv-parse/sync";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { exportFileName } from "../../src/modules/erp/domain/exportName.js";
import { invoice } from "../../src/modules/erp/domain/invoiceFixtures.js";
import { totalsByCurrency } from "../../src/modules/erp/domain/invoices.js";
import { invoicesCsv } from "../../src/modules/erp/export/invoiceCsv.js";
import { invoicesPdf } from "../../src/modules/erp/export/invoicePdf.js";
import { formatsFor } from "../../src/modules/erp/views/format.js";
import { translator } from "./translate.js";

const list = [
  invoice({
    id: "1",
    number: "1042",
    partner_name: 'Țesătoria "Ștefan", Brașov',
    total: 1234.56,
    paid: 0,
    days_overdue: 12,
  }),
  invoice({
    id: "2",
    number: "1043",
    partner_name: '=HYPERLINK("x")',
    partner_cui: "",
    total: 595,
    paid: 595,
    status: "paid",
  }),
  invoice({
    id: "3",
    number: "1044",
    partner_name: "Алматы ЖШС",
    total: 2000,
    paid: 500.25,
    status: "partial",
    currency: "EUR",
    days_overdue: 0,
  }),
];

describe("erp exports: CSV", () => {
  it("reads back as the list: a localized header, one row per invoice, plain decimals and ISO dates", () => {
    const csv = invoicesCsv(translator("ro"), list);
    expect(csv.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows).toEqual([
      [
        "Factura",
        "Client",
        "CUI",
        "Emisă",
        "Scadentă",
        "Total",
        "Încasat",
        "Rest de încasat",
        "Moneda",
        "Stare",
        "Zile de întârziere",
      ],
      [
        "FCT 1042",
        'Țesătoria "Ștefan", Brașov',
        "RO1234567",
        "2025-02-01",
        "2025-03-03",
        "1234.56",
        "0.00",
        "1234.56",
        "RON",
        "neîncasată",
        "12",
      ],
      [
        "FCT 1043",
        '\'=HYPERLINK("x")',
        "",
        "2025-02-01",
        "2025-03-03",
        "595.00",
        "595.00",
        "0.00",
        "RON",
        "încasată",
        "0",
      ],
      [
        "FCT 1044",
        "Алматы ЖШС",
        "RO1234567",
        "2025-02-01",
        "2025-03-03",
        "2000.00",
        "500.25",
        "1499.75",
        "EUR",
        "încasată parțial",
        "0",
      ],
    ]);
  });

  it("is named for the company, the filter and the user's day", () => {
    const at = Date.UTC(2025, 2, 5, 23, 30);
    expect(exportFileName("Țesătoria Ștefan & Fiii S.R.L.", "unpaid", at, "Europe/Bucharest", "csv")).toBe(
      "facturi-tesatoria-stefan-fiii-s-r-l-unpaid-2025-03-06.csv",
    );
    expect(exportFileName("!!!", "all", at, "UTC", "pdf")).toBe("facturi-company-all-2025-03-05.pdf");
  });
});

describe("erp exports: PDF", () => {
  const pdfText = async (pdf: Buffer) => {
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(doc, { mergePages: false });
    return { totalPages, text: (text as string[]).map((page) => page.replace(/\s+/g, " ")) };
  };

  it("holds the title, every invoice with its amounts in the user's format, and the totals", async () => {
    const t = translator("ro");
    const f = formatsFor("ro", "Europe/Bucharest");
    const pdf = await invoicesPdf(t, f, {
      title: "Facturi: Țesătoria Ștefan SRL",
      subtitle: "CUI RO1 · neîncasate · 3 facturi",
      invoices: list,
      totals: totalsByCurrency(list),
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { totalPages, text } = await pdfText(pdf);
    expect(totalPages).toBe(1);
    const [page] = text;
    expect(page).toContain("Facturi: Țesătoria Ștefan SRL");
    expect(page).toContain(
      'FCT 1042 Țesătoria "Ștefan", Brașov RO1234567 01.02.2025 03.03.2025 1.234,56 lei 0,00 lei 1.234,56 lei 12',
    );
    expect(page).toContain(
      "FCT 1044 Алматы ЖШС RO1234567 01.02.2025 03.03.2025 2.000,00 EUR 500,25 EUR 1.499,75 EUR",
    );
    expect(page).toContain(
      "2 facturi: facturat 1.829,56 lei · încasat 595,00 lei · rest de încasat 1.234,56 lei",
    );
    expect(page).toContain(
      "o factură: facturat 2.000,00 EUR · încasat 500,25 EUR · rest de încasat 1.499,75 EUR",
    );
    expect(page).toContain("Pagina 1 din 1");
  });

  it("a long list runs over pages, each numbered", async () => {
    const many = Array.from({ length: 70 }, (_, i) =>
      invoice({ id: String(i + 1), number: String(2000 + i), total: 10 + i }),
    );
    const pdf = await invoicesPdf(translator("en"), formatsFor("en", "UTC"), {
      title: "Invoices: ACME",
      subtitle: "all",
      invoices: many,
      totals: totalsByCurrency(many),
    });
    const { totalPages, text } = await pdfText(pdf);
    expect(totalPages).toBe(3);
    expect(text.map((page) => /Page (\d) of 3/.exec(page)?.[1])).toEqual(["1", "2", "3"]);
    for (let i = 0; i < 70; i++) expect(text.join(" ")).toContain(`FCT ${2000 + i} `);
    expect(text[2]).toContain(
      "70 invoices: RON 3,115.00 invoiced · RON 0.00 paid · RON 3,115.00 left to pay",
    );
  });
});
