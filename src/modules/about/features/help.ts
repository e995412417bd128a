import { Composer } from "grammy";
import { listCommands } from "../../../kernel/commandMenu.js";
import type { BotContext } from "../../../kernel/context.js";
import type { ModuleSetup } from "../../../kernel/defineModule.js";

/**
 * /help: the commands this bot offers in this kind of chat, from the module registry, localized.
 * A module with `helpCommands` narrows its own to those that fit the user now (signed in or not).
 */
export function helpFeature(
  modules: ModuleSetup<unknown>["modules"],
  instances: ModuleSetup<unknown>["instances"],
) {
  const feature = new Composer<BotContext>();
  const commands = listCommands(modules.map((m) => m.module)).filter((c) => !c.hidden);
  feature.command("help", async (ctx) => {
    const inGroup = ctx.chat.type !== "private";
    const offered = new Map<string, ReadonlySet<string>>();
    for (const { name, instance } of instances) {
      if (instance.helpCommands) offered.set(name, new Set(await instance.helpCommands(ctx)));
    }
    const lines = commands
      .filter((c) => (c.scope ?? "private") === "all" || (c.scope === "groups") === inGroup)
      .filter((c) => offered.get(c.module)?.has(c.command) ?? true)
      .map((c) => `/${c.command} — ${ctx.t(c.description)}`);
    await ctx.reply([ctx.t("about-help-title"), "", ...lines].join("\n"), { parse_mode: "HTML" });
  });
  return feature;
}
