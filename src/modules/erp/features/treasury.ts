/**
 * `/trezorerie`: the active company's cash registers and bank accounts with the totals per
 * currency (a company is offered first when none is chosen), with Refresh and the dashboard.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { openTreasury } from "../callbacks.js";
import { treasuryKeyboard } from "../keyboards.js";
import { type ActiveCompany, type Erp, formatsOf } from "../runtime.js";
import { treasuryText } from "../views/treasuryView.js";
import { activeCompany, companyById, forCompany } from "./companyPicker.js";
import { present } from "./present.js";

export async function showTreasury(
  erp: Erp,
  ctx: BotContext,
  company: ActiveCompany,
  edit: boolean,
): Promise<void> {
  const treasury = await forCompany(erp, ctx, company, "t", (token) =>
    erp.client.treasury(token, company.id),
  );
  if (!treasury) return;
  const f = await formatsOf(erp, ctx);
  await present(ctx, treasuryText(ctx.t, f, company, treasury), treasuryKeyboard(ctx, company.id), edit);
}

export function treasuryFeature(erp: Erp) {
  const feature = new Composer<BotContext>();

  feature.command("trezorerie", async (ctx) => {
    const company = await activeCompany(erp, ctx, "t");
    if (company) await showTreasury(erp, ctx, company, false);
  });

  onCallback(feature, openTreasury, async (ctx, { c, edit }) => {
    await ctx.answerCallbackQuery();
    const company = await companyById(erp, ctx, c, "t");
    if (company) await showTreasury(erp, ctx, company, edit);
  });

  return feature;
}
