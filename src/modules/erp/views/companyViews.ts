/**
 * Companies: the `/companies` list (id, name, CUI, city; the active one marked) and the titles of
 * the company picker. Names and what the user searched for are cut; `t` escapes them.
 */
import { bold, code, cut, escapeHtml } from "../../../kernel/html.js";
import type { Page } from "../domain/companies.js";
import type { Company } from "../erpSchemas.js";
import { NAME_LIMIT, type Translate } from "./format.js";

/** `/companies`: every company the account may see. */
export function companiesText(
  t: Translate,
  companies: readonly Company[],
  activeId: string | undefined,
): string {
  if (companies.length === 0) return t("erp-companies-none");
  const lines = companies.map((company, i) => {
    const mark = company.id === activeId ? "✅ " : "";
    const details = [
      company.cui ? `CUI ${escapeHtml(cut(company.cui, 20))}` : undefined,
      company.city ? escapeHtml(cut(company.city, 40)) : undefined,
      `id ${code(cut(company.id, 40))}`,
    ].filter(Boolean);
    return `${i + 1}. ${mark}${bold(cut(company.name, NAME_LIMIT))}\n    ${details.join(" · ")}`;
  });
  return [t("erp-companies-title", { count: companies.length }), "", ...lines].join("\n");
}

/** Why the picker is shown: a search (with or without hits), a command that needs a company, or a choice. */
export type PickerReason = "choose" | "needed" | "gone";

/** The picker's text: the reason, the query, and the page when there are several. */
export function pickerText(
  t: Translate,
  reason: PickerReason,
  query: string,
  matched: boolean,
  page: Page<Company>,
): string {
  const head =
    query === ""
      ? t(reason === "needed" ? "erp-pick-needed" : reason === "gone" ? "erp-company-gone" : "erp-pick-title")
      : t(matched ? "erp-pick-search" : "erp-pick-no-match", { query: cut(query) });
  return page.pages > 1 ? `${head}\n${t("erp-page", { page: page.page + 1, pages: page.pages })}` : head;
}

/** After a choice. */
export const selectedText = (t: Translate, company: { name: string; cui: string }): string =>
  t(company.cui ? "erp-company-selected" : "erp-company-selected-no-cui", {
    name: cut(company.name, NAME_LIMIT),
    cui: cut(company.cui, 20),
  });
