/**
 * `/dashboard` (and `/sold`): the company's balance, receivables and payables, invoices issued,
 * paid and unpaid, what is overdue, this month's collections and payments, and when the figures
 * were taken. Amounts are in the company's currency, written the user's way.
 */
import { cut } from "../../../kernel/html.js";
import type { Dashboard } from "../erpSchemas.js";
import type { ActiveCompany } from "../store/userState.js";
import { type Formats, NAME_LIMIT, type Translate } from "./format.js";

export function dashboardText(t: Translate, f: Formats, company: ActiveCompany, d: Dashboard): string {
  const money = (amount: number) => f.money(amount, d.currency);
  const overdue =
    d.overdue_count > 0
      ? t("erp-dash-overdue", { count: d.overdue_count, amount: money(d.overdue_amount) })
      : t("erp-dash-no-overdue");
  return [
    t("erp-dash-title", { company: cut(company.name, NAME_LIMIT) }),
    "",
    t("erp-dash-balance", { amount: money(d.balance) }),
    t("erp-dash-receivables", { amount: money(d.receivables) }),
    t("erp-dash-payables", { amount: money(d.payables) }),
    "",
    t("erp-dash-invoices", {
      issued: f.count(d.invoices_issued),
      paid: f.count(d.invoices_paid),
      unpaid: f.count(d.invoices_unpaid),
    }),
    overdue,
    t("erp-dash-month", { collections: money(d.collections_month), payments: money(d.payments_month) }),
    "",
    t("erp-as-of", { time: f.instant(d.as_of) }),
  ].join("\n");
}
