import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { BotContext, BotIdentity } from "./context.js";
import type { AnyModule } from "./defineModule.js";
import { escapeHtml } from "./html.js";

/** Every text ships complete in these; the first is the fallback. */
export const LANGUAGES = ["en", "ru", "ro"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

const kernelLocales = join(dirname(fileURLToPath(import.meta.url)), "locales");

/** `ru-RU` → `ru`; unsupported or missing → undefined. */
export function normalizeLanguage(code: string | undefined): Language | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base);
}

/** Where the language a user chose with /language is kept, per bot and user. */
export const languageKey = (botId: string, userId: number) => `lang:${botId}:${userId}`;

/**
 * One I18n per bot: the kernel's messages plus each module's, concatenated per language
 * (the plugin keeps one Fluent bundle per locale, so sources are merged before loading).
 *
 * Only the plugin's Fluent loading and `t` are used, not its middleware: the middleware reads
 * the user's language from storage on every update, where the kernel reads it in the same round
 * trip as its other reads (preflight.ts), or not at all for ordinary group messages.
 */
export function createI18n(modules: readonly AnyModule[]): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: DEFAULT_LANGUAGE,
    // Fluent wraps variables in Unicode isolation marks by default; they would end up inside
    // commands and codes that users copy from the chat.
    fluentBundleOptions: { useIsolating: false },
  });
  const folders = [kernelLocales, ...modules.flatMap((m) => (m.locales ? [m.locales] : []))];
  for (const language of LANGUAGES) {
    // `en.ftl` plus any `en.<part>.ftl`, so a large module can keep one file per feature area.
    const pattern = new RegExp(`^${language}(\\.[a-z0-9-]+)?\\.ftl$`);
    const source = folders
      .filter((folder) => existsSync(folder))
      .flatMap((folder) =>
        readdirSync(folder)
          .filter((file) => pattern.test(file))
          .sort()
          .map((file) => join(folder, file)),
      )
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    i18n.loadLocaleSync(language, { source });
  }
  return i18n;
}

type Variables = Record<string, string | number | Date>;

/**
 * Escapes string variables before they reach a Fluent message, because messages are HTML.
 * A variable whose name ends in `Html` is trusted markup (built with the html helpers) and kept.
 */
export function escapeVariables(variables: Variables | undefined): Variables | undefined {
  if (!variables) return variables;
  const out: Variables = {};
  for (const [name, value] of Object.entries(variables)) {
    out[name] = typeof value === "string" && !name.endsWith("Html") ? escapeHtml(value) : value;
  }
  return out;
}

/** Translation outside an update, with the same escaping as `ctx.t`. */
export function translator(i18n: I18n<BotContext>): BotIdentity["translate"] {
  return (language, key, variables) =>
    i18n.t(normalizeLanguage(language) ?? DEFAULT_LANGUAGE, key, escapeVariables(variables));
}
