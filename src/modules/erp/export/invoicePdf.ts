/**
 * An invoice list as a PDF (pdfkit): A4 landscape, a title with the company and the filter, one
 * table row per invoice (what is left to pay, overdue days), the totals per currency, and "page n
 * of m" on every page. Written in DejaVu Sans when the machine has it (the chart fonts' search,
 * src/platform/charts/chartFonts.ts), which has every Romanian, Russian and Kazakh letter; PDF's
 * built-in Helvetica otherwise (Latin only). Texts here are plain (no HTML).
 */
import PDFDocument from "pdfkit";
import { findChartFonts } from "../../../platform/charts/index.js";
import { invoiceName, isOverdue, outstanding, type Totals } from "../domain/invoices.js";
import type { Invoice } from "../erpSchemas.js";
import type { Formats, Translate } from "../views/format.js";

export interface InvoicePdfInput {
  /** `Invoices: ACME SRL`. */
  title: string;
  /** `CUI RO123 · unpaid · 12 invoices · 05.03.2025, 14:00`. */
  subtitle: string;
  invoices: readonly Invoice[];
  totals: ReadonlyArray<[string, Totals]>;
}

interface Column {
  key: string;
  width: number;
  align: "left" | "right";
  value(invoice: Invoice, f: Formats): string;
}

const COLUMNS: readonly Column[] = [
  { key: "erp-col-invoice", width: 78, align: "left", value: (i) => invoiceName(i) },
  { key: "erp-col-partner", width: 178, align: "left", value: (i) => i.partner_name },
  { key: "erp-col-cui", width: 70, align: "left", value: (i) => i.partner_cui },
  { key: "erp-col-issued", width: 62, align: "left", value: (i, f) => f.date(i.issue_date) },
  { key: "erp-col-due", width: 62, align: "left", value: (i, f) => (i.due_date ? f.date(i.due_date) : "") },
  { key: "erp-col-total", width: 92, align: "right", value: (i, f) => f.money(i.total, i.currency) },
  { key: "erp-col-paid", width: 92, align: "right", value: (i, f) => f.money(i.paid, i.currency) },
  { key: "erp-col-left", width: 92, align: "right", value: (i, f) => f.money(outstanding(i), i.currency) },
  {
    key: "erp-col-days-overdue",
    width: 42,
    align: "right",
    value: (i) => (isOverdue(i) ? String(i.days_overdue) : ""),
  },
];

const MARGIN = 36;
const ROW = 15;
const GAP = 4;
const SIZE = 8.5;

/** The fonts: DejaVu (or another TrueType font the chart search finds), else Helvetica. */
function fonts(): { regular: string; bold: string } {
  const found = findChartFonts();
  const [regular, bold] = found.fontFiles;
  if (!regular) return { regular: "Helvetica", bold: "Helvetica-Bold" };
  return { regular, bold: bold ?? regular };
}

export async function invoicesPdf(t: Translate, f: Formats, input: InvoicePdfInput): Promise<Buffer> {
  const font = fonts();
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: MARGIN, bufferPages: true });
  doc.info.Title = input.title;
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  const bottom = doc.page.height - MARGIN - ROW;
  // Column headers may take two lines (`Zile de întârziere` in a narrow column).
  const header = () => {
    const y = doc.y;
    let x = MARGIN;
    doc.font(font.bold).fontSize(SIZE).fillColor("#111827");
    for (const column of COLUMNS) {
      doc.text(t(column.key), x, y, {
        width: column.width - GAP,
        align: column.align,
        height: 2 * ROW,
        ellipsis: true,
      });
      x += column.width;
    }
    doc.y = y + 2 * ROW;
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(doc.page.width - MARGIN, doc.y)
      .lineWidth(0.5)
      .stroke("#9ca3af");
    doc.y += 4;
  };

  doc.font(font.bold).fontSize(15).text(input.title, MARGIN, MARGIN, { lineBreak: false, ellipsis: true });
  doc.font(font.regular).fontSize(10).fillColor("#4b5563").text(input.subtitle).fillColor("#111827");
  doc.moveDown(1);
  header();
  for (const invoice of input.invoices) {
    if (doc.y > bottom) {
      doc.addPage();
      doc.y = MARGIN;
      header();
    }
    const y = doc.y;
    let x = MARGIN;
    doc
      .font(font.regular)
      .fontSize(SIZE)
      .fillColor(isOverdue(invoice) ? "#b91c1c" : "#111827");
    for (const column of COLUMNS) {
      doc.text(column.value(invoice, f), x, y, {
        width: column.width - GAP,
        align: column.align,
        lineBreak: false,
        ellipsis: true,
      });
      x += column.width;
    }
    doc.y = y + ROW;
  }
  doc.fillColor("#111827");
  if (doc.y > bottom - ROW * (input.totals.length + 1)) {
    doc.addPage();
    doc.y = MARGIN;
  }
  doc.moveDown(1).font(font.bold).fontSize(10).text(t("erp-pdf-totals"), MARGIN, doc.y);
  doc.font(font.regular).fontSize(10);
  for (const [currency, sum] of input.totals) {
    doc.text(
      t("erp-pdf-totals-line", {
        count: sum.count,
        total: f.money(sum.total, currency),
        paid: f.money(sum.paid, currency),
        left: f.money(sum.outstanding, currency),
      }),
    );
  }

  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    // The footer sits in the bottom margin: without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc.font(font.regular).fontSize(8).fillColor("#6b7280");
    doc.text(t("erp-pdf-page", { page: page + 1, pages: count }), MARGIN, doc.page.height - MARGIN + 8, {
      width: doc.page.width - 2 * MARGIN,
      align: "right",
      lineBreak: false,
    });
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
