import { Composer, InlineKeyboard } from "grammy";
import { defineCallback, oneOf } from "../../../kernel/callbackData.js";
import { callbackButton, onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { cut } from "../../../kernel/html.js";
import { LANGUAGES, type Language, normalizeLanguage } from "../../../kernel/i18n.js";

/** Each language in its own name, so a user who cannot read the current one still finds theirs. */
const NAMES: Record<Language, string> = { en: "English", ru: "Русский", ro: "Română", kk: "Қазақша" };

export const chooseLanguage = defineCallback("ab.lang", 1, { language: oneOf(LANGUAGES) });

function keyboard(ctx: BotContext) {
  const current = ctx.language;
  const kb = new InlineKeyboard();
  for (const language of LANGUAGES) {
    const mark = language === current ? "✓ " : "";
    kb.add(callbackButton(ctx.botIdentity, `${mark}${NAMES[language]}`, chooseLanguage, { language }));
  }
  return kb;
}

/** /language shows the choices as buttons; `/language ro` sets it directly. */
export function languageFeature() {
  const feature = new Composer<BotContext>();
  feature.command("language", async (ctx) => {
    const argument = ctx.match.trim();
    if (argument) {
      const language = normalizeLanguage(argument);
      if (!language) {
        await ctx.reply(
          ctx.t("about-language-unknown", { given: cut(argument, 24), known: LANGUAGES.join(", ") }),
          {
            parse_mode: "HTML",
          },
        );
        return;
      }
      await ctx.setLanguage(language);
      await ctx.reply(ctx.t("about-language-set"), { parse_mode: "HTML" });
      return;
    }
    await ctx.reply(ctx.t("about-language-choose"), {
      parse_mode: "HTML",
      reply_markup: keyboard(ctx),
    });
  });
  onCallback(feature, chooseLanguage, async (ctx, { language }) => {
    await ctx.setLanguage(language);
    await ctx.answerCallbackQuery({ text: ctx.t("about-language-set") });
    await ctx.editMessageText(ctx.t("about-language-set"), {
      parse_mode: "HTML",
      reply_markup: keyboard(ctx),
    });
  });
  return feature;
}
