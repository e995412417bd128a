import type { Composer, MiddlewareFn } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { CallbackCodec, CallbackValue } from "./callbackData.js";
import type { BotContext, BotIdentity } from "./context.js";

// biome-ignore lint/suspicious/noExplicitAny: any field set
type AnyCodec = CallbackCodec<any>;

/** An inline button whose data is packed (and tagged) by `codec`. */
export function callbackButton<C extends AnyCodec>(
  bot: Pick<BotIdentity, "callbackKey">,
  text: string,
  codec: C,
  value: C extends CallbackCodec<infer F> ? CallbackValue<F> : never,
): InlineKeyboardButton.CallbackButton {
  return { text, callback_data: codec.pack(value, bot.callbackKey) };
}

/**
 * Handles presses of buttons made by `codec`. Stale (older version), forged or malformed data
 * is answered with an alert and never reaches `handler`; `guard` (an RBAC guard), when given,
 * runs next, so a button cannot do what the user's role forbids, however it was obtained.
 */
export function onCallback<C extends AnyCodec>(
  composer: Composer<BotContext>,
  codec: C,
  handler: (
    ctx: BotContext,
    value: C extends CallbackCodec<infer F> ? CallbackValue<F> : never,
  ) => Promise<unknown>,
  options: { guard?: MiddlewareFn<BotContext> } = {},
): void {
  composer.on("callback_query:data", async (ctx, next) => {
    const data = ctx.callbackQuery.data;
    if (!codec.matches(data)) return next();
    const result = codec.unpack(data, ctx.botIdentity.callbackKey);
    if (!result.ok) {
      ctx.log.warn({ callback: codec.id, reason: result.reason }, "callback data rejected");
      await ctx.answerCallbackQuery({
        text: ctx.t(result.reason === "stale" ? "callback-stale" : "callback-invalid"),
        show_alert: true,
      });
      return;
    }
    const value = await codec.resolve(result.value, ctx.services.storage);
    if (value === undefined) {
      ctx.log.warn({ callback: codec.id, reason: "unresolved" }, "callback data rejected");
      await ctx.answerCallbackQuery({ text: ctx.t("callback-stale"), show_alert: true });
      return;
    }
    const run = async () => {
      await handler(ctx, value as never);
    };
    if (options.guard) await options.guard(ctx, run);
    else await run();
  });
}
