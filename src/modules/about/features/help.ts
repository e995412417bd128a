import { Composer } from "grammy";
import { listCommands } from "../../../kernel/commandMenu.js";
import type { BotContext } from "../../../kernel/context.js";
import type { ModuleSetup } from "../../../kernel/defineModule.js";

/** /help: the commands this bot offers in this kind of chat, from the module registry, localized. */
export function helpFeature(modules: ModuleSetup<unknown>["modules"]) {
  const feature = new Composer<BotContext>();
  const commands = listCommands(modules.map((m) => m.module)).filter((c) => !c.hidden);
  feature.command("help", async (ctx) => {
    const inGroup = ctx.chat.type !== "private";
    const lines = commands
      .filter((c) => (c.scope ?? "private") === "all" || (c.scope === "groups") === inGroup)
      .map((c) => `/${c.command} — ${ctx.t(c.description)}`);
    await ctx.reply([ctx.t("about-help-title"), "", ...lines].join("\n"), { parse_mode: "HTML" });
  });
  return feature;
}
