/**
 * NETMON_ALLOWED_USERS: when set, only those Telegram users are served by netmon; everyone else
 * is told, politely and once per message, that netmon is private. It is netmon's gate: the kernel
 * puts it in front of netmon's own commands and buttons only, so on a bot that carries other
 * modules a stranger still uses those (and /start, /help, /language).
 */
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../../../kernel/context.js";

export interface Allowlist {
  /** True for everyone when no allowlist is set. */
  allows(userId: number | undefined): boolean;
  gate: MiddlewareFn<BotContext>;
}

export function allowlist(allowed: readonly number[] | undefined): Allowlist {
  const users = allowed && allowed.length > 0 ? new Set(allowed) : undefined;
  const allows = (userId: number | undefined) => !users || (userId !== undefined && users.has(userId));
  return {
    allows,
    gate: async (ctx, next) => {
      if (allows(ctx.from?.id)) return next();
      ctx.log.info({ userId: ctx.from?.id }, "netmon: user not on the allowlist");
      if (ctx.callbackQuery) {
        await ctx.answerCallbackQuery({ text: ctx.t("netmon-private-bot-short"), show_alert: true });
        return;
      }
      if (ctx.message) await ctx.reply(ctx.t("netmon-private-bot"), { parse_mode: "HTML" });
    },
  };
}
