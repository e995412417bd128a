/**
 * Linking a Telegram account to ROA2WEB, the three ways the seed gives: the deep link or the QR
 * code (`/start CODE`, which this module claims), `/start CODE` or `/link CODE` typed, and the code
 * pasted alone in the private chat. Every message holding a code is deleted before anything else.
 * Also the answer to "link to this other account instead?" and erp's line in /start.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { cut } from "../../../kernel/html.js";
import { relinkAnswer } from "../callbacks.js";
import { looksLikeCode } from "../domain/linkCode.js";
import type { Erp } from "../runtime.js";
import { HTML, NAME_LIMIT } from "../views/format.js";
import { startHintText } from "../views/linkViews.js";
import { deleteCodeMessage, linkWith, redeemCode, relinkKey } from "./redeemCode.js";

/** erp's line in /start. */
export async function erpStartHint(ctx: BotContext, erp: Erp): Promise<string | undefined> {
  if (!ctx.from) return undefined;
  if (!erp.config.MODULE_TELEGRAM_ENABLED) return ctx.t("erp-disabled");
  const [link, company] = await Promise.all([erp.links.get(ctx.from.id), erp.state.company(ctx.from.id)]);
  return startHintText(ctx.t, link, company);
}

export function linkingFeature(erp: Erp) {
  const feature = new Composer<BotContext>();

  // `/start CODE`: the deep link and the QR code open the chat with it; people type it too.
  feature.command("start", async (ctx) => {
    await redeemCode(erp, ctx, ctx.match, await deleteCodeMessage(ctx));
  });

  feature.command("link", async (ctx) => {
    if (ctx.match.trim() === "") {
      await ctx.reply(ctx.t("erp-link-usage"), HTML);
      return;
    }
    await redeemCode(erp, ctx, ctx.match, await deleteCodeMessage(ctx));
  });

  // A code pasted alone; any other message goes on (to the bot's other modules and fallbacks).
  feature.chatType("private").on("message:text", async (ctx, next) => {
    if (!looksLikeCode(ctx.message.text)) return next();
    await redeemCode(erp, ctx, ctx.message.text, await deleteCodeMessage(ctx));
  });

  onCallback(feature, relinkAnswer, async (ctx, { yes }) => {
    const userId = ctx.from!.id;
    const hash = await erp.services.storage.get<string>(relinkKey(erp, userId));
    await erp.services.storage.delete(relinkKey(erp, userId));
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    const current = await erp.links.get(userId);
    if (!yes) {
      await ctx.reply(
        current
          ? ctx.t("erp-relink-kept", { email: cut(current.email, NAME_LIMIT) })
          : ctx.t("erp-relink-cancelled"),
        HTML,
      );
      return;
    }
    const found = hash ? await erp.codes.findByHash(hash) : undefined;
    if (found?.state !== "good") {
      await ctx.reply(ctx.t(found ? `erp-link-${found.state}` : "erp-relink-expired"), HTML);
      return;
    }
    await linkWith(erp, ctx, found, current);
  });

  return feature;
}
