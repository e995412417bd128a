/**
 * `/dashboard` and its alias `/sold`: the active company's figures (a company is offered first
 * when none is chosen), with buttons for receivables by age (a chart, sent as a photo), the unpaid
 * invoices, the treasury and Refresh.
 */
import { Composer, InputFile } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { caption } from "../../../kernel/html.js";
import { renderBarChart } from "../../../platform/charts/index.js";
import { openAgingChart, openDashboard } from "../callbacks.js";
import { receivablesByAge } from "../domain/invoices.js";
import { dashboardKeyboard, toDashboardKeyboard } from "../keyboards.js";
import { type ActiveCompany, type Erp, formatsOf } from "../runtime.js";
import { agingCaption, agingChartSpec } from "../views/agingChart.js";
import { dashboardText } from "../views/dashboardView.js";
import { HTML } from "../views/format.js";
import { activeCompany, companyById, forCompany } from "./companyPicker.js";
import { present } from "./present.js";

export async function showDashboard(
  erp: Erp,
  ctx: BotContext,
  company: ActiveCompany,
  edit: boolean,
): Promise<void> {
  const dashboard = await forCompany(erp, ctx, company, "d", (token) =>
    erp.client.dashboard(token, company.id),
  );
  if (!dashboard) return;
  const f = await formatsOf(erp, ctx);
  await present(ctx, dashboardText(ctx.t, f, company, dashboard), dashboardKeyboard(ctx, company.id), edit);
}

/** Receivables by age as a chart, from every invoice with something left to pay. */
async function sendAgingChart(erp: Erp, ctx: BotContext, company: ActiveCompany): Promise<void> {
  const unpaid = await forCompany(erp, ctx, company, "d", (token) =>
    erp.client.allInvoices(token, company.id, "unpaid"),
  );
  if (!unpaid) return;
  await ctx.replyWithChatAction("upload_photo").catch(() => undefined);
  const f = await formatsOf(erp, ctx);
  const byAge = receivablesByAge(unpaid.items);
  const png = await renderBarChart(agingChartSpec(ctx.t, f, company, byAge, erp.now()));
  await ctx.replyWithPhoto(new InputFile(png, "receivables-by-age.png"), {
    ...HTML,
    caption: caption(agingCaption(ctx.t, f, company, byAge)),
    reply_markup: toDashboardKeyboard(ctx, company.id),
  });
}

export function dashboardFeature(erp: Erp) {
  const feature = new Composer<BotContext>();

  feature.command(["dashboard", "sold"], async (ctx) => {
    const company = await activeCompany(erp, ctx, "d");
    if (company) await showDashboard(erp, ctx, company, false);
  });

  onCallback(feature, openDashboard, async (ctx, { c, edit }) => {
    await ctx.answerCallbackQuery();
    const company = await companyById(erp, ctx, c, "d");
    if (company) await showDashboard(erp, ctx, company, edit);
  });

  onCallback(feature, openAgingChart, async (ctx, { c }) => {
    await ctx.answerCallbackQuery();
    const company = await companyById(erp, ctx, c, "d");
    if (company) await sendAgingChart(erp, ctx, company);
  });

  return feature;
}
