/** The moderation messages as views see them (kernel + module locales, variables escaped like `ctx.t`). */
import type { BotContext } from "../../src/kernel/context.js";
import type { AnyModule } from "../../src/kernel/defineModule.js";
import { createI18n, escapeVariables, type Language } from "../../src/kernel/i18n.js";
import { LOCALES_DIR } from "../../src/modules/moderation/runtime.js";

const i18n = createI18n([{ name: "moderation", locales: LOCALES_DIR } as AnyModule]);

export function translator(language: Language = "en"): BotContext["t"] {
  return (key, variables) => i18n.t(language, key, escapeVariables(variables));
}
