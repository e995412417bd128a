/**
 * `/unlink`, confirmed with a button: the backend's unlink (it revokes the link's tokens), then the
 * link, the active company and the digest are forgotten here. The local side goes even when the
 * backend cannot be reached (the user asked to be unlinked); they are told so.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { cut } from "../../../kernel/html.js";
import { unlinkAnswer } from "../callbacks.js";
import { unlinkKeyboard } from "../keyboards.js";
import { ERP, type Erp, userIdOf } from "../runtime.js";
import { HTML, NAME_LIMIT } from "../views/format.js";
import { unlinkQuestion } from "../views/linkViews.js";
import { endLink } from "./redeemCode.js";

export function unlinkFeature(erp: Erp) {
  const feature = new Composer<BotContext>();

  feature.command("unlink", async (ctx) => {
    const link = await erp.links.get(userIdOf(ctx));
    if (!link) return void (await ctx.reply(ctx.t("erp-unlink-nothing"), HTML));
    await ctx.reply(unlinkQuestion(ctx.t, link), { ...HTML, reply_markup: unlinkKeyboard(ctx) });
  });

  onCallback(feature, unlinkAnswer, async (ctx, { yes }) => {
    const userId = userIdOf(ctx);
    await ctx.answerCallbackQuery();
    const link = await erp.links.get(userId);
    if (!yes || !link) {
      const text = link
        ? ctx.t("erp-unlink-cancelled", { email: cut(link.email, NAME_LIMIT) })
        : ctx.t("erp-unlink-nothing");
      await ctx.editMessageText(text, HTML);
      return;
    }
    const backend = await endLink(erp, userId);
    await erp.services.audit.record({
      bot: erp.bot.id,
      module: ERP,
      actor: String(userId),
      action: "unlink",
      target: `erp-user:${link.serverId}:${link.erpUserId}`,
      details: { backend },
      result: "ok",
    });
    await ctx.editMessageText(
      ctx.t(backend === "offline" ? "erp-unlink-done-offline" : "erp-unlink-done"),
      HTML,
    );
  });

  return feature;
}
