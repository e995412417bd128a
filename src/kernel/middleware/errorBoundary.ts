import { randomBytes } from "node:crypto";
import { type BotError, GrammyError } from "grammy";
import { BackendError } from "../../platform/http/backendError.js";
import type { BotContext } from "../context.js";
import type { KernelMetrics } from "../metrics.js";
import { UpdateBusyError } from "../updateClaims.js";

/** A short id the user can quote to support and that finds the log line. */
export function newErrorId(): string {
  return randomBytes(4).toString("hex");
}

/** The localized sentence for an error: specific for backend failures, generic otherwise. */
export function describeForUser(ctx: BotContext, error: unknown, errorId: string): string {
  // The failure may come before the i18n middleware ran (the store was down, so no remembered
  // language): the bot's messages in the user's Telegram language still serve.
  const t =
    typeof ctx.t === "function"
      ? ctx.t
      : (key: string, variables?: Record<string, string | number>) =>
          ctx.botIdentity.translate(ctx.from?.language_code, key, variables);
  if (error instanceof BackendError) {
    return t(`error-backend-${error.kind}`, {
      backend: error.backend,
      errorId,
      seconds: Math.max(1, Math.ceil((error.retryAfterMs ?? 0) / 1000)),
    });
  }
  return t("error-generic", { errorId });
}

/**
 * What the user and the log get when a handler throws: the user a short localized apology with an
 * error id (and the callback spinner stopped), the log the whole error under the same id. The
 * logger redacts secrets; the user text never contains the error's message.
 */
export function errorHandler(botId: string, metrics: KernelMetrics) {
  return async (error: BotError<BotContext>) => {
    // Not a failure: the update must go back to its source unconfirmed (see updateClaims.ts).
    if (error.error instanceof UpdateBusyError) throw error;
    const ctx = error.ctx;
    const errorId = newErrorId();
    const cause = error.error;
    metrics.errors.inc({ bot: botId, module: ctx.handledBy ?? "none" });
    ctx.log.error({ err: cause, errorId, module: ctx.handledBy }, "update failed");
    try {
      const text = describeForUser(ctx, cause, errorId);
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      if (ctx.chat) await ctx.reply(text, { parse_mode: "HTML" });
    } catch (replyError) {
      // Telegram may refuse the apology too (blocked bot, chat gone): log, never throw from here.
      const detail = replyError instanceof GrammyError ? replyError.description : String(replyError);
      ctx.log.warn({ errorId, detail }, "could not tell the user about the error");
    }
  };
}
