/** The erp messages as views see them (kernel + module locales, variables escaped like `ctx.t`). */
import type { AnyModule } from "../../src/kernel/defineModule.js";
import { createI18n, escapeVariables, type Language } from "../../src/kernel/i18n.js";
import { LOCALES_DIR } from "../../src/modules/erp/runtime.js";
import type { Translate } from "../../src/modules/erp/views/format.js";

const i18n = createI18n([{ name: "erp", locales: LOCALES_DIR } as AnyModule]);

export function translator(language: Language = "en"): Translate {
  return (key, variables) => i18n.t(language, key, escapeVariables(variables));
}
