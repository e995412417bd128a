import { Composer, InlineKeyboard } from "grammy";
import { defineCallback, oneOf } from "../../../kernel/callbackData.js";
import { callbackButton, onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { LANGUAGES, type Language, normalizeLanguage, rememberLanguage } from "../../../kernel/i18n.js";

/** Each language in its own name, so a user who cannot read the current one still finds theirs. */
const NAMES: Record<Language, string> = { en: "English", ru: "Русский", ro: "Română" };

export const chooseLanguage = defineCallback("ab.lang", 1, { language: oneOf(LANGUAGES) });

async function keyboard(ctx: BotContext) {
  const current = await ctx.i18n.getLocale();
  const kb = new InlineKeyboard();
  for (const language of LANGUAGES) {
    const mark = language === current ? "✓ " : "";
    kb.add(callbackButton(ctx.botIdentity, `${mark}${NAMES[language]}`, chooseLanguage, { language }));
  }
  return kb;
}

async function apply(ctx: BotContext, language: Language) {
  if (!ctx.from) return;
  await rememberLanguage(ctx.services.storage, ctx.botIdentity.id, ctx.from.id, language);
  ctx.i18n.useLocale(language);
}

/** /language shows the choices as buttons; `/language ro` sets it directly. */
export function languageFeature() {
  const feature = new Composer<BotContext>();
  feature.command("language", async (ctx) => {
    const argument = ctx.match.trim();
    if (argument) {
      const language = normalizeLanguage(argument);
      if (!language) {
        await ctx.reply(ctx.t("about-language-unknown", { given: argument, known: LANGUAGES.join(", ") }), {
          parse_mode: "HTML",
        });
        return;
      }
      await apply(ctx, language);
      await ctx.reply(ctx.t("about-language-set"), { parse_mode: "HTML" });
      return;
    }
    await ctx.reply(ctx.t("about-language-choose"), {
      parse_mode: "HTML",
      reply_markup: await keyboard(ctx),
    });
  });
  onCallback(feature, chooseLanguage, async (ctx, { language }) => {
    await apply(ctx, language);
    await ctx.answerCallbackQuery({ text: ctx.t("about-language-set") });
    await ctx.editMessageText(ctx.t("about-language-set"), {
      parse_mode: "HTML",
      reply_markup: await keyboard(ctx),
    });
  });
  return feature;
}
