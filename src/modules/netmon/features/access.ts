/**
 * NETMON_ALLOWED_USERS: when set, only those Telegram users are served; everyone else is told,
 * politely and once per message, that the bot is private. Installed first in the module, and
 * netmon runs before the base module, so this covers /start and /help too.
 */
import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";

export function accessFeature(allowed: readonly number[] | undefined) {
  const feature = new Composer<BotContext>();
  if (!allowed || allowed.length === 0) return feature;
  const users = new Set(allowed);
  feature.use(async (ctx, next) => {
    const userId = ctx.from?.id;
    if (userId !== undefined && users.has(userId)) return next();
    ctx.log.info({ userId }, "netmon: user not on the allowlist");
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: ctx.t("netmon-private-bot-short"), show_alert: true });
      return;
    }
    // In groups only commands get an answer: the bot must not chat back at every message.
    const isCommand = ctx.message?.entities?.[0]?.type === "bot_command";
    if (ctx.message && (ctx.chat?.type === "private" || isCommand)) {
      await ctx.reply(ctx.t("netmon-private-bot"), { parse_mode: "HTML" });
    }
  });
  return feature;
}
