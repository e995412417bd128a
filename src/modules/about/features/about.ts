import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";

/** /about: what this bot is, the Switchboard version and its modules. */
export function aboutFeature() {
  const feature = new Composer<BotContext>();
  feature.command("about", async (ctx) => {
    await ctx.reply(
      ctx.t("about-text", {
        bot: ctx.me.first_name,
        version: ctx.botIdentity.version,
        modules: ctx.botIdentity.modules.join(", "),
      }),
      { parse_mode: "HTML" },
    );
  });
  return feature;
}
