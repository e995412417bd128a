/**
 * Deleting an item: Delete on its view asks "Delete «…»?" in a new message with Yes / No; Yes
 * deletes it (audited) and says so in place of the question; No says nothing was deleted. Every
 * press is guarded by the module's delete permission, so a forged Yes is refused and audited.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../../kernel/callbacks.js";
import type { BotContext } from "../../../../kernel/context.js";
import { cut } from "../../../../kernel/html.js";
import { askDelete, confirmDelete, keepItem, moduleAt } from "../callbacks.js";
import type { Content } from "../contentRuntime.js";
import { typeOf } from "../types/catalog.js";
import type { TypeSpec } from "../types/typeSpec.js";
import { itemTitle } from "../views/fieldValues.js";
import { deleteKeyboard, listButton, menuButton } from "../views/keyboards.js";
import { orTell, refusalOf, refusalText } from "./backendRefusals.js";
import { answerPress, HTML, showText } from "./present.js";

/** Titles in the question and the answer are cut to this. */
const TITLE_SHOWN = 80;

export function deleteFeature(content: Content): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const deleting = (ctx: BotContext, m: number, run: (type: TypeSpec) => Promise<void>) => {
    const type = typeOf(moduleAt(m));
    return content.guarded(ctx, type.module, "delete", () => run(type));
  };
  const done = (ctx: BotContext, type: TypeSpec) => [[listButton(ctx, type), menuButton(ctx)]];

  onCallback(feature, askDelete, (ctx, { m, id }) =>
    deleting(ctx, m, async (type) => {
      const item = await orTell(ctx, () => content.api.get(ctx, type, id));
      if (!item) return;
      await answerPress(ctx);
      const title = cut(itemTitle(ctx, type, item), TITLE_SHOWN);
      await ctx.reply(ctx.t("crm-content-delete-ask", { title }), {
        ...HTML,
        reply_markup: { inline_keyboard: deleteKeyboard(ctx, type, id) },
      });
    }),
  );

  onCallback(feature, confirmDelete, (ctx, { m, id }) =>
    deleting(ctx, m, async (type) => {
      try {
        const item = await content.api.get(ctx, type, id);
        await content.api.remove(ctx, type, id);
        await content.audit(ctx, type.module, "delete", id, "ok");
        const title = cut(itemTitle(ctx, type, item), TITLE_SHOWN);
        await showText(ctx, ctx.t("crm-content-deleted", { title }), done(ctx, type));
      } catch (error) {
        const refusal = refusalOf(error);
        if (refusal !== "gone" && refusal !== "forbidden") throw error;
        if (refusal === "forbidden")
          await content.audit(ctx, type.module, "delete", id, "failed", { status: 403 });
        await showText(ctx, refusalText(ctx, type, error), done(ctx, type));
      }
      await answerPress(ctx);
    }),
  );

  onCallback(feature, keepItem, (ctx, { m }) =>
    deleting(ctx, m, async (type) => {
      await showText(ctx, ctx.t("crm-content-delete-kept"), done(ctx, type));
      await answerPress(ctx);
    }),
  );

  return feature;
}
