import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { BotContext, BotIdentity } from "./context.js";
import type { AnyModule } from "./defineModule.js";
import { escapeHtml } from "./html.js";

/** Every text ships complete in these; the first is the fallback. */
export const LANGUAGES = ["en", "ru", "ro", "kk"] as const;
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
    const files = folders
      .filter((folder) => existsSync(folder))
      .flatMap((folder) =>
        readdirSync(folder)
          .filter((file) => pattern.test(file))
          .sort()
          .map((file) => join(folder, file)),
      );
    const texts = files.map((file) => readFileSync(file, "utf8"));
    refuseDuplicateMessages(files, texts);
    i18n.loadLocaleSync(language, { source: texts.join("\n") });
  }
  return i18n;
}

/**
 * Fluent lets a later message silently replace an earlier one with the same id; across the
 * kernel's and the modules' files that would put one module's text in another's mouth. Refused
 * when the bot is built, so every test run catches it.
 */
function refuseDuplicateMessages(files: readonly string[], texts: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const [index, text] of texts.entries()) {
    for (const [, id] of text.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)) {
      const first = seen.get(id!);
      if (first) throw new Error(`locale message "${id}" is defined twice: ${first} and ${files[index]}`);
      seen.set(id!, files[index]!);
    }
  }
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

/** What we use of a Fluent bundle (@fluent/bundle's FluentBundle, bundled inside the plugin). */
interface Bundle {
  getMessage(id: string): { value: unknown; attributes: Record<string, unknown> } | undefined;
  formatPattern(pattern: unknown, variables?: Variables): string;
}

/** A message in a supported language; variables are passed as given (escape them first). */
export type Translate = (language: Language, key: string, variables?: Variables) => string;

/**
 * Fluent lookups with the bundles of each language matched once. The plugin's own `t` negotiates
 * languages and rebuilds its bundle list on every call, which made translation a third of the
 * memory allocated per update; a report calls `t` a score of times.
 */
export function fastTranslate(i18n: I18n<BotContext>): Translate {
  // `matchBundles` is the plugin's own negotiation, private in its types only.
  const fluent = i18n.fluent as unknown as { matchBundles(locales: string[]): Set<Bundle> };
  const bundles = new Map(LANGUAGES.map((language) => [language, [...fluent.matchBundles([language])]]));
  return (language, key, variables) => {
    const [id = key, attribute] = key.split(".", 2);
    for (const bundle of bundles.get(language) ?? bundles.get(DEFAULT_LANGUAGE)!) {
      const message = bundle.getMessage(id);
      const pattern = attribute ? message?.attributes?.[attribute] : message?.value;
      if (pattern) return bundle.formatPattern(pattern, variables);
    }
    // What the plugin does too: the key in braces, visible in a test, never an exception.
    return i18n.t(language, key, variables);
  };
}

/** Translation outside an update, with the same escaping as `ctx.t`. */
export function translator(translate: Translate): BotIdentity["translate"] {
  return (language, key, variables) =>
    translate(normalizeLanguage(language) ?? DEFAULT_LANGUAGE, key, escapeVariables(variables));
}
