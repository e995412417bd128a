/**
 * The daily overdue digest: its settings screen (`/digest`) and the message itself, the most
 * overdue invoices first, with what is left to pay per currency. Names are cut; `t` escapes them.
 */
import { bold, cut, escapeHtml } from "../../../kernel/html.js";
import { hourText } from "../domain/digestTimes.js";
import { invoiceName, outstanding, totalsByCurrency } from "../domain/invoices.js";
import type { Invoice } from "../erpSchemas.js";
import type { ActiveCompany, DigestSetting } from "../store/userState.js";
import { type Formats, NAME_LIMIT, type Translate } from "./format.js";

/** The most overdue invoices a digest lists; the rest are counted. */
export const DIGEST_LINES = 10;

export function digestSettingsText(
  t: Translate,
  setting: DigestSetting | undefined,
  timeZone: string,
): string {
  const title = t("erp-digest-title");
  if (!setting) return [title, t("erp-digest-off", { zone: timeZone })].join("\n\n");
  return [
    title,
    t("erp-digest-on", {
      time: hourText(setting.hour),
      zone: setting.timeZone,
      company: cut(setting.company.name, NAME_LIMIT),
    }),
  ].join("\n\n");
}

export function digestText(
  t: Translate,
  f: Formats,
  company: ActiveCompany,
  overdue: readonly Invoice[],
  now: number,
): string {
  const title = t("erp-digest-message-title", {
    company: cut(company.name, NAME_LIMIT),
    date: f.instant(now),
  });
  if (overdue.length === 0) return [title, "", t("erp-digest-none")].join("\n");
  const worst = [...overdue].sort((a, b) => b.days_overdue - a.days_overdue).slice(0, DIGEST_LINES);
  const lines = worst.map(
    (invoice) =>
      `• ${bold(cut(invoiceName(invoice), 30))} · ${escapeHtml(cut(invoice.partner_name, NAME_LIMIT))} · ${escapeHtml(
        f.money(outstanding(invoice), invoice.currency),
      )} · ${t("erp-inv-overdue", { days: invoice.days_overdue })}`,
  );
  const totals = totalsByCurrency(overdue).map(([currency, sum]) =>
    t("erp-digest-total", { amount: f.money(sum.outstanding, currency) }),
  );
  const more = overdue.length - worst.length;
  return [
    title,
    "",
    t("erp-digest-count", { count: overdue.length }),
    ...totals,
    "",
    ...lines,
    ...(more > 0 ? ["", t("erp-digest-more", { count: more })] : []),
  ].join("\n");
}
