/**
 * One error boundary around every crm feature, the core's and the content screens': a
 * `SignedOutError` becomes "please /login" (or "your session has ended") in the user's language;
 * anything else goes on to the kernel's boundary, which already explains each `BackendError`
 * kind (timeout, unavailable, busy with its Retry-After, unreadable answer, forbidden) with an
 * error id and logs the whole story. The bot keeps serving either way.
 */
import { Composer, type MiddlewareFn } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { SignedOutError } from "../session/signedOutError.js";
import { HTML } from "../views/format.js";

/** Tells a signed-out user what to do: an alert under a button, a message otherwise. */
export async function answerSignedOut(ctx: BotContext, error: SignedOutError): Promise<void> {
  const key = error.reason === "ended" ? "crm-session-ended" : "crm-need-login";
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: ctx.t(`${key}-alert`), show_alert: true });
    return;
  }
  if (ctx.chat) await ctx.reply(ctx.t(key), HTML);
}

export function crmErrorBoundary(
  features: ReadonlyArray<Composer<BotContext> | MiddlewareFn<BotContext>>,
): Composer<BotContext> {
  const boundary = new Composer<BotContext>();
  boundary.errorBoundary(
    async ({ error, ctx }) => {
      if (!(error instanceof SignedOutError)) throw error;
      ctx.log.info({ reason: error.reason }, "crm: signed out");
      await answerSignedOut(ctx, error);
    },
    ...features,
  );
  return boundary;
}
