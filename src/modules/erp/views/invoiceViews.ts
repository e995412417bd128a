/**
 * `/facturi`: one page of a company's invoices under a filter (each with what is left to pay and
 * how long it is overdue), the totals over every invoice of the filter (the backend's), and the
 * detail of one invoice. Partner names are cut; `t` escapes them.
 */
import { bold, cut, escapeHtml } from "../../../kernel/html.js";
import {
  currencyOrder,
  type InvoiceFilter,
  invoiceName,
  isOverdue,
  outstanding,
} from "../domain/invoices.js";
import type { Invoice, InvoicePage } from "../erpSchemas.js";
import type { ActiveCompany } from "../store/userState.js";
import { type Formats, NAME_LIMIT, type Translate } from "./format.js";

/** The invoices shown per page. */
export const INVOICE_PAGE_SIZE = 10;

/** The filter's name in the user's language. */
export const filterName = (t: Translate, filter: InvoiceFilter): string => t(`erp-filter-${filter}`);

/** `1 234,56 lei · left to pay 234,56 lei · due 05.03.2025 · ⚠️ 12 days overdue`. */
function invoiceFacts(t: Translate, f: Formats, invoice: Invoice): string {
  const left = outstanding(invoice);
  const parts = [f.money(invoice.total, invoice.currency)];
  parts.push(
    left > 0 ? t("erp-inv-left", { amount: f.money(left, invoice.currency) }) : t("erp-inv-paid-in-full"),
  );
  if (invoice.due_date) parts.push(t("erp-inv-due", { date: f.date(invoice.due_date) }));
  if (isOverdue(invoice)) parts.push(t("erp-inv-overdue", { days: invoice.days_overdue }));
  return parts.join(" · ");
}

/** The totals over the whole filter, per currency (RON first). */
function totalsLines(t: Translate, f: Formats, totals: InvoicePage["totals"]): string[] {
  const currencies = Object.keys(totals.by_currency).sort(currencyOrder);
  if (currencies.length === 0) return [];
  return [
    t("erp-inv-totals"),
    ...currencies.map((currency) => {
      const sum = totals.by_currency[currency]!;
      return t("erp-inv-totals-line", {
        total: f.money(sum.total, currency),
        paid: f.money(sum.paid, currency),
        left: f.money(sum.outstanding, currency),
      });
    }),
  ];
}

export function invoicePageText(
  t: Translate,
  f: Formats,
  company: ActiveCompany,
  filter: InvoiceFilter,
  page: InvoicePage,
): string {
  const title = t("erp-inv-title", { company: cut(company.name, NAME_LIMIT), filter: filterName(t, filter) });
  if (page.total === 0) return [title, "", t("erp-inv-empty")].join("\n");
  const offset = (page.page - 1) * INVOICE_PAGE_SIZE;
  const lines = page.items.map((invoice, i) => {
    const mark = isOverdue(invoice) ? "⚠️ " : "";
    const head = `${offset + i + 1}. ${mark}${bold(cut(invoiceName(invoice), 30))} · ${escapeHtml(cut(invoice.partner_name, NAME_LIMIT))}`;
    return `${head}\n    ${invoiceFacts(t, f, invoice)}`;
  });
  return [
    title,
    t("erp-inv-count", { count: page.total, page: page.page, pages: Math.max(1, page.pages) }),
    "",
    ...lines,
    "",
    ...totalsLines(t, f, page.totals),
  ].join("\n");
}

export function invoiceDetailText(
  t: Translate,
  f: Formats,
  company: ActiveCompany,
  invoice: Invoice,
): string {
  const money = (amount: number) => f.money(amount, invoice.currency);
  const lines = [
    t("erp-inv-detail-title", { name: cut(invoiceName(invoice), 30) }),
    t("erp-inv-detail-company", { company: cut(company.name, NAME_LIMIT) }),
    "",
    invoice.partner_cui
      ? t("erp-inv-detail-partner", {
          partner: cut(invoice.partner_name, NAME_LIMIT),
          cui: cut(invoice.partner_cui, 20),
        })
      : t("erp-inv-detail-partner-no-cui", { partner: cut(invoice.partner_name, NAME_LIMIT) }),
    t("erp-inv-detail-issued", { date: f.date(invoice.issue_date) }),
    ...(invoice.due_date ? [t("erp-inv-detail-due", { date: f.date(invoice.due_date) })] : []),
    "",
    t("erp-inv-detail-total", { amount: money(invoice.total) }),
    t("erp-inv-detail-paid", { amount: money(invoice.paid) }),
    t("erp-inv-detail-left", { amount: money(outstanding(invoice)) }),
    t("erp-inv-detail-status", { status: t(`erp-status-${invoice.status}`) }),
    ...(isOverdue(invoice) ? [t("erp-inv-detail-overdue", { days: invoice.days_overdue })] : []),
  ];
  return lines.join("\n");
}
