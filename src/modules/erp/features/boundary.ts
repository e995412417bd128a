/**
 * What stands around erp's features: the gate that closes Telegram access when
 * `MODULE_TELEGRAM_ENABLED` is false (commands, buttons and codes are answered that it is off;
 * other messages go on to the bot's fallbacks), private chats only, and one error boundary turning `NotLinkedError`
 * into "link your account" (or "your link ended") in the user's language. Anything else goes on to
 * the kernel's boundary, which explains each `BackendError` kind with an error id.
 */
import { Composer, type MiddlewareFn } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { commandFor } from "../../../kernel/updateKind.js";
import { looksLikeCode } from "../domain/linkCode.js";
import { NotLinkedError } from "../store/notLinkedError.js";
import { HTML } from "../views/format.js";

/** Answers with `key`: an alert under a button (`<key>-alert`, plain text), a message otherwise. */
async function answer(ctx: BotContext, key: string): Promise<void> {
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: ctx.t(`${key}-alert`), show_alert: true });
    return;
  }
  if (ctx.chat) await ctx.reply(ctx.t(key), HTML);
}

/** Commands that may carry a link code, which must not stay in a group's history. */
const CODE_COMMANDS = new Set(["start", "link"]);

/**
 * Company figures are for the user's eyes: in a group, erp's commands and buttons are answered
 * "in a private chat, please" (a message that may hold a code is deleted first).
 */
export function privateOnly(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (ctx.chat?.type === "private" || !ctx.chat) return next();
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: ctx.t("erp-private-only-alert"), show_alert: true });
      return;
    }
    const command = commandFor(ctx);
    if (command === undefined) return next();
    const withCode = CODE_COMMANDS.has(command) && (ctx.message?.text ?? "").trim().split(/\s+/).length > 1;
    if (withCode) await ctx.deleteMessage().catch(() => undefined);
    await ctx.reply(ctx.t(withCode ? "erp-link-private-only" : "erp-private-only"), HTML);
  };
}

/** The gate while Telegram access is disabled. */
export function disabledGate(enabled: boolean): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (enabled) return next();
    const text = ctx.message?.text ?? "";
    if (ctx.callbackQuery || commandFor(ctx) !== undefined || looksLikeCode(text)) {
      await answer(ctx, "erp-disabled");
      return;
    }
    await next();
  };
}

export function erpErrorBoundary(
  features: ReadonlyArray<Composer<BotContext> | MiddlewareFn<BotContext>>,
): Composer<BotContext> {
  const boundary = new Composer<BotContext>();
  boundary.errorBoundary(
    async ({ error, ctx }) => {
      if (!(error instanceof NotLinkedError)) throw error;
      ctx.log.info({ reason: error.reason }, "erp: not linked");
      await answer(ctx, error.reason === "ended" ? "erp-link-ended" : "erp-need-link");
    },
    ...features,
  );
  return boundary;
}
