import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import type { ModuleSetup } from "../../../kernel/defineModule.js";

/** /start: a welcome, then each module's hint for the user's next step, then a pointer to /help. */
export function startFeature(instances: ModuleSetup<unknown>["instances"]) {
  const feature = new Composer<BotContext>();
  feature.command("start", async (ctx) => {
    const hints: string[] = [];
    for (const { instance } of instances) {
      const hint = await instance.startHint?.(ctx);
      if (hint) hints.push(hint);
    }
    const welcome = ctx.t("about-welcome", { name: ctx.from?.first_name ?? "", bot: ctx.me.first_name });
    await ctx.reply([welcome, ...hints, ctx.t("about-see-help")].join("\n\n"), { parse_mode: "HTML" });
  });
  return feature;
}
