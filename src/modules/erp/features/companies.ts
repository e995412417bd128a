/**
 * Companies: `/companies` (id, name, CUI, city; the active one marked), `/selectcompany [name]`
 * (a search, then buttons, paged), the choice itself (which goes on to the report that asked for
 * a company, if one did), and `/clear`, which forgets the active company.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { companyPage, type NextStep, selectCompany, stepFilter, stepHour } from "../callbacks.js";
import { chooseCompanyKeyboard } from "../keyboards.js";
import { type ActiveCompany, type Erp, userIdOf } from "../runtime.js";
import { companiesText, selectedText } from "../views/companyViews.js";
import { HTML } from "../views/format.js";
import { choose, companiesOf, requireLink, showPicker } from "./companyPicker.js";
import { showDashboard } from "./dashboard.js";
import { enableDigest, showDigest } from "./digest.js";
import { showInvoices } from "./invoices.js";
import { showTreasury } from "./treasury.js";

/** Goes on to what asked for a company. */
async function goOn(erp: Erp, ctx: BotContext, next: NextStep, company: ActiveCompany): Promise<void> {
  const filter = stepFilter(next);
  const hour = stepHour(next);
  if (next === "d") await showDashboard(erp, ctx, company, false);
  else if (next === "t") await showTreasury(erp, ctx, company, false);
  else if (filter) await showInvoices(erp, ctx, company, filter, 0, false);
  else if (hour !== undefined) {
    await enableDigest(erp, ctx, hour, company);
    await showDigest(erp, ctx, false);
  }
}

export function companiesFeature(erp: Erp) {
  const feature = new Composer<BotContext>();

  feature.command("companies", async (ctx) => {
    await requireLink(erp, ctx);
    const [companies, active] = await Promise.all([companiesOf(erp, ctx), erp.state.company(userIdOf(ctx))]);
    await ctx.reply(companiesText(ctx.t, companies, active?.id), {
      ...HTML,
      ...(companies.length > 0 ? { reply_markup: chooseCompanyKeyboard(ctx) } : {}),
    });
  });

  feature.command("selectcompany", async (ctx) => {
    await requireLink(erp, ctx);
    await showPicker(erp, ctx, { query: ctx.match.trim(), page: 0, next: "n", reason: "choose" });
  });

  onCallback(feature, companyPage, async (ctx, { q, page, next }) => {
    await requireLink(erp, ctx);
    await ctx.answerCallbackQuery();
    await showPicker(erp, ctx, { query: q, page, next, reason: "choose", edit: true });
  });

  onCallback(feature, selectCompany, async (ctx, { c, next }) => {
    await requireLink(erp, ctx);
    const companies = await companiesOf(erp, ctx);
    const company = companies.find((each) => each.id === c);
    if (!company) {
      await ctx.answerCallbackQuery();
      await showPicker(erp, ctx, { query: "", page: 0, next, reason: "gone", edit: true }, companies);
      return;
    }
    const active = await choose(erp, ctx, company);
    await ctx.answerCallbackQuery({ text: ctx.t("erp-company-selected-alert") });
    await ctx.editMessageText(selectedText(ctx.t, active), HTML);
    await goOn(erp, ctx, next, active);
  });

  feature.command("clear", async (ctx) => {
    await requireLink(erp, ctx);
    const cleared = await erp.state.clearCompany(userIdOf(ctx));
    await ctx.reply(ctx.t(cleared ? "erp-clear-done" : "erp-clear-nothing"), HTML);
  });

  return feature;
}
