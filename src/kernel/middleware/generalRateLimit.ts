import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Per-user limit on updates (GENERAL_RATE_LIMIT per minute, counted in the shared store so it
 * holds across instances). Over the limit, the user is told once per window when to come back;
 * further updates in that window are dropped silently so the bot is not made to spam.
 */
export function generalRateLimit(botId: string): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    if (userId === undefined || ctx.from?.is_bot) return next();
    const decision = await ctx.services.rateLimits.general(`${botId}:${userId}`);
    if (decision.allowed) return next();
    ctx.log.warn({ retryAfterMs: decision.retryAfterMs }, "user rate limited");
    const warned = await ctx.services.storage.setIfAbsent(
      `ratelimit-warned:${botId}:${userId}`,
      1,
      Math.max(decision.retryAfterMs, 1000),
    );
    if (!warned) {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      return;
    }
    const text = ctx.t("rate-limited", { seconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) });
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else if (ctx.chat?.type === "private") await ctx.reply(text, { parse_mode: "HTML" });
  };
}
