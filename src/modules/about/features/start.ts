import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import type { ModuleSetup } from "../../../kernel/defineModule.js";

/** /start: a welcome, then each module's hint for the user's next step, then a pointer to /help. */
export function startFeature(modules: ModuleSetup<unknown>["modules"]) {
  const feature = new Composer<BotContext>();
  feature.command("start", async (ctx) => {
    const hints: string[] = [];
    for (const { module, config } of modules) {
      const hint = await module.startHint?.(ctx, config);
      if (hint) hints.push(hint);
    }
    const welcome = ctx.t("about-welcome", { name: ctx.from?.first_name ?? "", bot: ctx.me.first_name });
    await ctx.reply([welcome, ...hints, ctx.t("about-see-help")].join("\n\n"), { parse_mode: "HTML" });
  });
  return feature;
}
