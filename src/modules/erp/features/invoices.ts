/**
 * `/facturi [neplatite|platite|restante]`: a company's invoices under a filter, ten a page, with
 * the totals over the whole filter and overdue ones marked; buttons open an invoice's detail, turn
 * the page, switch the filter and export the list (features/exports.ts).
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { cut } from "../../../kernel/html.js";
import { rememberIds } from "../../../kernel/idRefs.js";
import { filterOf, invoiceDetail, invoicePage, invoicesStep, packsWithoutRef } from "../callbacks.js";
import { type InvoiceFilter, queryOf, readFilter } from "../domain/invoices.js";
import type { InvoicePage } from "../erpSchemas.js";
import { invoiceDetailKeyboard, invoiceListKeyboard } from "../keyboards.js";
import { type ActiveCompany, type Erp, formatsOf } from "../runtime.js";
import { HTML } from "../views/format.js";
import { INVOICE_PAGE_SIZE, invoiceDetailText, invoicePageText } from "../views/invoiceViews.js";
import { activeCompany, companyById, forCompany } from "./companyPicker.js";
import { present } from "./present.js";

/** One page (0-based) of the filter; a page past the end (the list shrank) reads as the last one. */
async function fetchPage(
  erp: Erp,
  ctx: BotContext,
  company: ActiveCompany,
  filter: InvoiceFilter,
  page: number,
): Promise<InvoicePage | undefined> {
  const read = (p: number) =>
    forCompany(erp, ctx, company, invoicesStep(filter), (token) =>
      erp.client.invoices(token, company.id, {
        status: queryOf(filter),
        page: p,
        pageSize: INVOICE_PAGE_SIZE,
      }),
    );
  const answer = await read(page + 1);
  if (answer && answer.items.length === 0 && answer.pages > 0 && page + 1 > answer.pages)
    return read(answer.pages);
  return answer;
}

export async function showInvoices(
  erp: Erp,
  ctx: BotContext,
  company: ActiveCompany,
  filter: InvoiceFilter,
  page: number,
  edit: boolean,
): Promise<void> {
  const answer = await fetchPage(erp, ctx, company, filter, page);
  if (!answer) return;
  await rememberIds(
    erp.services.storage,
    [company.id, ...answer.items.map((invoice) => invoice.id)].filter((id) => !packsWithoutRef(id)),
  );
  const f = await formatsOf(erp, ctx);
  await present(
    ctx,
    invoicePageText(ctx.t, f, company, filter, answer),
    invoiceListKeyboard(ctx, company.id, filter, answer),
    edit,
  );
}

export function invoicesFeature(erp: Erp) {
  const feature = new Composer<BotContext>();

  feature.command("facturi", async (ctx) => {
    const filter = readFilter(ctx.match);
    if (!filter) {
      await ctx.reply(ctx.t("erp-inv-unknown-filter", { word: cut(ctx.match) }), HTML);
      return;
    }
    const company = await activeCompany(erp, ctx, invoicesStep(filter));
    if (company) await showInvoices(erp, ctx, company, filter, 0, false);
  });

  onCallback(feature, invoicePage, async (ctx, { c, f, page, edit }) => {
    await ctx.answerCallbackQuery();
    const filter = filterOf(f);
    const company = await companyById(erp, ctx, c, invoicesStep(filter));
    if (company) await showInvoices(erp, ctx, company, filter, page, edit);
  });

  onCallback(feature, invoiceDetail, async (ctx, { c, f, page, i }) => {
    const filter = filterOf(f);
    const company = await companyById(erp, ctx, c, invoicesStep(filter));
    if (!company) return void (await ctx.answerCallbackQuery());
    // The invoice as its page shows it now; if it moved (paid meanwhile), the whole filter is searched.
    const onPage = await fetchPage(erp, ctx, company, filter, page);
    let invoice = onPage?.items.find((each) => each.id === i);
    if (!invoice && onPage) {
      const all = await forCompany(erp, ctx, company, invoicesStep(filter), (token) =>
        erp.client.allInvoices(token, company.id, queryOf(filter)),
      );
      invoice = all?.items.find((each) => each.id === i);
    }
    if (!invoice)
      return void (await ctx.answerCallbackQuery({ text: ctx.t("erp-inv-gone-alert"), show_alert: true }));
    await ctx.answerCallbackQuery();
    const formats = await formatsOf(erp, ctx);
    await present(
      ctx,
      invoiceDetailText(ctx.t, formats, company, invoice),
      invoiceDetailKeyboard(ctx, company.id, filter, page),
      true,
    );
  });

  return feature;
}
