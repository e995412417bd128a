/**
 * An invoice list as CSV (RFC 4180, through csv-stringify), for a spreadsheet: a header in the
 * user's language, then one row per invoice with ISO dates and amounts as plain decimals
 * (`1234.56`), so any spreadsheet reads them as numbers whatever its locale. UTF-8 with a byte
 * order mark, which Excel needs to show ă, ș, ț and Cyrillic.
 */
import { stringify } from "csv-stringify/sync";
import { invoiceName, outstanding } from "../domain/invoices.js";
import type { Invoice } from "../erpSchemas.js";
import type { Translate } from "../views/format.js";

/** The columns, by the key of their header. */
export const CSV_COLUMNS = [
  "erp-col-invoice",
  "erp-col-partner",
  "erp-col-cui",
  "erp-col-issued",
  "erp-col-due",
  "erp-col-total",
  "erp-col-paid",
  "erp-col-left",
  "erp-col-currency",
  "erp-col-status",
  "erp-col-days-overdue",
] as const;

const decimal = (amount: number): string => (Math.round(amount * 100) / 100).toFixed(2);

/** A name from the ERP that a spreadsheet would run as a formula (`=HYPERLINK(…)`) is kept as text. */
const asText = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** One row per invoice, in the list's order. `t`'s keys here hold no markup and get no variables. */
export function invoicesCsv(t: Translate, invoices: readonly Invoice[]): Buffer {
  const rows = invoices.map((invoice) => [
    asText(invoiceName(invoice)),
    asText(invoice.partner_name),
    asText(invoice.partner_cui),
    invoice.issue_date.slice(0, 10),
    invoice.due_date.slice(0, 10),
    decimal(invoice.total),
    decimal(invoice.paid),
    decimal(outstanding(invoice)),
    invoice.currency,
    t(`erp-status-${invoice.status}`),
    String(Math.max(0, invoice.days_overdue)),
  ]);
  const text = stringify([CSV_COLUMNS.map((key) => t(key)), ...rows], { record_delimiter: "\r\n" });
  return Buffer.from(`\uFEFF${text}`, "utf8");
}
