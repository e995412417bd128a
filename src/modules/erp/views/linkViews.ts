/**
 * The texts of linking: erp's line in /start, what a code turned out to be, and the questions
 * before relinking or unlinking. Names and e-mails from the ERP are cut; `t` escapes them.
 */
import { cut } from "../../../kernel/html.js";
import type { ErpLink } from "../store/linkStore.js";
import type { ActiveCompany } from "../store/userState.js";
import { NAME_LIMIT, type Translate } from "./format.js";

/** erp's line in /start: who the user is linked as and what to do next, or how to link. */
export function startHintText(
  t: Translate,
  link: ErpLink | undefined,
  company: ActiveCompany | undefined,
): string {
  if (!link) return t("erp-hint-unlinked");
  const who = { name: cut(link.name || link.email, NAME_LIMIT), email: cut(link.email, NAME_LIMIT) };
  return company
    ? t("erp-hint-linked", { ...who, company: cut(company.name, NAME_LIMIT) })
    : t("erp-hint-linked-no-company", who);
}

/** The answer once a code linked the account. */
export const linkedText = (t: Translate, link: ErpLink): string =>
  t("erp-link-done", { name: cut(link.name || link.email, NAME_LIMIT), email: cut(link.email, NAME_LIMIT) });

/** Asked before a code replaces the account this Telegram user holds. */
export const relinkQuestion = (t: Translate, current: ErpLink, nextEmail: string): string =>
  t("erp-relink-ask", { current: cut(current.email, NAME_LIMIT), next: cut(nextEmail, NAME_LIMIT) });

export const unlinkQuestion = (t: Translate, link: ErpLink): string =>
  t("erp-unlink-ask", { email: cut(link.email, NAME_LIMIT) });
