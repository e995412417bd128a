import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Last in the chain: a button no module recognised (from a removed feature or an older
 * deployment) is answered instead of spinning forever, and an unknown command or a message no
 * module expected in a private chat points to /help. In groups the bot stays quiet.
 */
export function fallbacks(): Composer<BotContext> {
  const fallbacks = new Composer<BotContext>();

  fallbacks.on("callback_query", async (ctx) => {
    ctx.log.info({ data: ctx.callbackQuery.data?.slice(0, 16) }, "unhandled callback query");
    await ctx.answerCallbackQuery({ text: ctx.t("callback-stale"), show_alert: true });
  });

  const privateChat = fallbacks.chatType("private");

  privateChat.on("message::bot_command", async (ctx) => {
    await ctx.reply(ctx.t("unknown-command"), { parse_mode: "HTML" });
  });

  privateChat.on("message", async (ctx) => {
    await ctx.reply(ctx.t("unknown-message"), { parse_mode: "HTML" });
  });
  return fallbacks;
}
