/**
 * Exports of an invoice list (the ⬇️ CSV and ⬇️ PDF buttons under `/facturi`): every invoice the
 * filter selects, read page after page, sent as a document named for the company, the filter and
 * the day. The PDF carries the totals; both hold what the list shows.
 */
import { Composer, InputFile } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { cut } from "../../../kernel/html.js";
import { exportInvoices, filterOf, invoicesStep } from "../callbacks.js";
import { exportFileName } from "../domain/exportName.js";
import { queryOf, totalsByCurrency } from "../domain/invoices.js";
import { invoicesCsv } from "../export/invoiceCsv.js";
import { invoicesPdf } from "../export/invoicePdf.js";
import { type Erp, formatsOf, userIdOf } from "../runtime.js";
import { HTML, NAME_LIMIT } from "../views/format.js";
import { filterName } from "../views/invoiceViews.js";
import { companyById, forCompany } from "./companyPicker.js";

export function exportsFeature(erp: Erp) {
  const feature = new Composer<BotContext>();

  onCallback(feature, exportInvoices, async (ctx, { c, f: code, as }) => {
    const filter = filterOf(code);
    const company = await companyById(erp, ctx, c, invoicesStep(filter));
    if (!company) return void (await ctx.answerCallbackQuery());
    const list = await forCompany(erp, ctx, company, invoicesStep(filter), (token) =>
      erp.client.allInvoices(token, company.id, queryOf(filter)),
    );
    if (!list) return void (await ctx.answerCallbackQuery());
    if (list.items.length === 0)
      return void (await ctx.answerCallbackQuery({
        text: ctx.t("erp-export-empty-alert"),
        show_alert: true,
      }));
    await ctx.answerCallbackQuery({ text: ctx.t("erp-export-preparing-alert") });
    await ctx.replyWithChatAction("upload_document").catch(() => undefined);
    const f = await formatsOf(erp, ctx);
    const timeZone = await erp.state.timeZone(userIdOf(ctx));
    const now = erp.now();
    const what = { filter: filterName(ctx.t, filter), count: list.items.length };
    const data =
      as === "csv"
        ? invoicesCsv(ctx.t, list.items)
        : await invoicesPdf(ctx.t, f, {
            title: `${ctx.t("erp-pdf-title")}: ${cut(company.name, 80)}`,
            subtitle: [
              ...(company.cui ? [`CUI ${cut(company.cui, 20)}`] : []),
              ctx.t("erp-pdf-subtitle", { ...what, time: f.instant(now) }),
            ].join(" · "),
            invoices: list.items,
            totals: totalsByCurrency(list.items),
          });
    await ctx.replyWithDocument(
      new InputFile(data, exportFileName(company.name, filter, now, timeZone, as)),
      {
        ...HTML,
        caption: ctx.t("erp-export-caption", { company: cut(company.name, NAME_LIMIT), ...what }),
      },
    );
  });

  return feature;
}
