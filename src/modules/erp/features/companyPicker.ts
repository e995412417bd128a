/**
 * The company picker every feature shares: `/selectcompany [name]`, a report that needs a company
 * and has none, a company that is no longer visible, and the end of linking. A search is matched
 * here (domain/companies.ts) and paged as buttons; ids too long for a button, and the search text,
 * are remembered in the store so the buttons keep working.
 */
import type { BotContext } from "../../../kernel/context.js";
import { rememberIds } from "../../../kernel/idRefs.js";
import { BackendError } from "../../../platform/http/backendError.js";
import { type NextStep, packsWithoutRef } from "../callbacks.js";
import { COMPANY_PAGE_SIZE, pageOf, searchCompanies } from "../domain/companies.js";
import type { Company } from "../erpSchemas.js";
import { companyPickerKeyboard } from "../keyboards.js";
import { type ActiveCompany, type Erp, userIdOf, withToken } from "../runtime.js";
import type { ErpLink } from "../store/linkStore.js";
import { NotLinkedError } from "../store/notLinkedError.js";
import { type PickerReason, pickerText, selectedText } from "../views/companyViews.js";
import { HTML } from "../views/format.js";

/** The companies the user's account may see (the backend's answer). */
export const companiesOf = (erp: Erp, ctx: BotContext): Promise<Company[]> =>
  withToken(erp, ctx, (token) => erp.client.companies(token));

export interface PickerRequest {
  query: string;
  page: number;
  next: NextStep;
  reason: PickerReason;
  /** Replace the message the pressed button is on, instead of sending a new one. */
  edit?: boolean;
}

/** Shows one page of the picker; `companies` when the caller already has them. */
export async function showPicker(
  erp: Erp,
  ctx: BotContext,
  request: PickerRequest,
  companies?: Company[],
): Promise<void> {
  const all = companies ?? (await companiesOf(erp, ctx));
  if (all.length === 0) {
    await ctx.reply(ctx.t("erp-companies-none"), HTML);
    return;
  }
  const hits = searchCompanies(all, request.query);
  const matched = hits.length > 0;
  const page = pageOf(matched ? hits : searchCompanies(all, ""), request.page, COMPANY_PAGE_SIZE);
  const query = matched ? request.query : "";
  await rememberIds(erp.services.storage, [
    ...page.items.map((c) => c.id).filter((id) => !packsWithoutRef(id)),
    ...(query ? [query] : []),
  ]);
  const text = pickerText(ctx.t, request.reason, request.query, matched, page);
  const other = { ...HTML, reply_markup: companyPickerKeyboard(ctx, page, query, request.next) };
  if (request.edit && ctx.callbackQuery?.message) await ctx.editMessageText(text, other);
  else await ctx.reply(text, other);
}

/** Makes `company` the user's active one. */
export async function choose(erp: Erp, ctx: BotContext, company: Company): Promise<ActiveCompany> {
  const active = { id: company.id, name: company.name, cui: company.cui };
  await erp.state.setCompany(userIdOf(ctx), active);
  return active;
}

/** After linking: the only company is chosen at once; with several, the picker. */
export async function offerCompanies(erp: Erp, ctx: BotContext): Promise<void> {
  const companies = await companiesOf(erp, ctx);
  const [only] = companies;
  if (companies.length === 1 && only) {
    await ctx.reply(selectedText(ctx.t, await choose(erp, ctx, only)), HTML);
    return;
  }
  await showPicker(erp, ctx, { query: "", page: 0, next: "n", reason: "choose" }, companies);
}

/**
 * The user's active company, or undefined after offering the picker right there (`next` says what
 * the choice goes on to). Asks for the link first: without one, `NotLinkedError`.
 */
export async function activeCompany(
  erp: Erp,
  ctx: BotContext,
  next: NextStep,
): Promise<ActiveCompany | undefined> {
  const userId = userIdOf(ctx);
  const [link, company] = await Promise.all([erp.links.get(userId), erp.state.company(userId)]);
  if (!link) throw new NotLinkedError("not_linked");
  if (company) return company;
  await showPicker(erp, ctx, { query: "", page: 0, next, reason: "needed" });
  return undefined;
}

/** The user's link, or `NotLinkedError` (erp's boundary asks them to link). */
export async function requireLink(erp: Erp, ctx: BotContext): Promise<ErpLink> {
  const link = await erp.links.get(userIdOf(ctx));
  if (!link) throw new NotLinkedError("not_linked");
  return link;
}

/**
 * The company a button was drawn for: the active one when it is the same, else found again in the
 * user's list (still visible to them?). Not visible any more: the picker, and undefined.
 */
export async function companyById(
  erp: Erp,
  ctx: BotContext,
  id: string,
  next: NextStep,
): Promise<ActiveCompany | undefined> {
  await requireLink(erp, ctx);
  const active = await erp.state.company(userIdOf(ctx));
  if (active?.id === id) return active;
  const companies = await companiesOf(erp, ctx);
  const company = companies.find((each) => each.id === id);
  if (company) return { id: company.id, name: company.name, cui: company.cui };
  await showPicker(erp, ctx, { query: "", page: 0, next, reason: "gone" }, companies);
  return undefined;
}

/**
 * Runs a report's backend call for `company`. A 403 (the account may no longer see the company)
 * forgets it as the active company and offers the picker; the result is then undefined.
 */
export async function forCompany<T>(
  erp: Erp,
  ctx: BotContext,
  company: ActiveCompany,
  next: NextStep,
  call: (token: string) => Promise<T>,
): Promise<T | undefined> {
  try {
    return await withToken(erp, ctx, call);
  } catch (error) {
    if (!(error instanceof BackendError && error.kind === "forbidden")) throw error;
    const userId = userIdOf(ctx);
    if ((await erp.state.company(userId))?.id === company.id) await erp.state.clearCompany(userId);
    await showPicker(erp, ctx, { query: "", page: 0, next, reason: "gone" });
    return undefined;
  }
}
