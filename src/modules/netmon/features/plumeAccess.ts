/**
 * What every Plume-backed handler needs first: the user's credentials and location, and a clear
 * answer when those are missing or refused. Other backend failures (timeout, 5xx, 429, bad
 * JSON) are left to the kernel's error boundary, which explains them in the user's language.
 */
import { GrammyError } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { BackendError } from "../../../platform/http/backendError.js";
import { tokenProblem } from "../auth/plumeVault.js";
import type { LocationRef } from "../plumeClient.js";
import type { Netmon } from "../runtime.js";

export const HTML = { parse_mode: "HTML" } as const;

/** Replies in the chat; for a button press, stops its spinner first. */
export async function answer(ctx: BotContext, text: string, extra: object = {}): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  await ctx.reply(text, { ...HTML, ...extra });
}

/** The sentence for a failure the user can act on, or undefined for the kernel to handle. */
export function accessProblem(ctx: BotContext, error: unknown): string | undefined {
  const problem = tokenProblem(error);
  if (problem === "not_set_up") return needSetup(ctx);
  if (problem) {
    switch (problem.reason) {
      case "invalid_client":
        return ctx.t("netmon-credentials-refused-client");
      case "invalid_scope":
        return ctx.t("netmon-credentials-refused-scope");
      case "rate_limited":
        return ctx.t("netmon-sso-busy", {
          seconds: Math.max(1, Math.ceil((problem.retryAfterMs ?? 1000) / 1000)),
        });
      case "bad_response":
        return ctx.t("netmon-sso-bad-response");
      default:
        return ctx.t("netmon-sso-unreachable");
    }
  }
  if (error instanceof BackendError && error.kind === "not_found") return ctx.t("netmon-location-gone");
  return undefined;
}

function needSetup(ctx: BotContext): string {
  return ctx.t(ctx.chat?.type === "private" ? "netmon-need-setup" : "netmon-need-setup-group");
}

/**
 * Runs `work`; when it fails for a reason the user can fix (no /setup, credentials refused,
 * location gone, SSO down) tells them how and returns undefined. Anything else is rethrown.
 */
export async function withPlumeAccess<T>(ctx: BotContext, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    const text = accessProblem(ctx, error);
    if (text === undefined) throw error;
    ctx.log.info(
      { reason: (error as Error).name, kind: (error as BackendError).kind },
      "netmon: access problem",
    );
    await answer(ctx, text);
    return undefined;
  }
}

/** A location a report is about, with the names to show. */
export interface ReportTarget extends LocationRef {
  userId: number;
  locationName: string;
  customerName?: string;
}

/**
 * For commands: the user's current location, or a reply saying what to do first (/setup,
 * then /locations). Undefined when the user must act.
 */
export async function commandTarget(ctx: BotContext, netmon: Netmon): Promise<ReportTarget | undefined> {
  const userId = ctx.from?.id;
  if (userId === undefined) return undefined;
  if (!(await netmon.vault.has(userId))) {
    await answer(ctx, needSetup(ctx));
    return undefined;
  }
  const choice = await netmon.choices.get(userId);
  if (!choice) {
    await answer(
      ctx,
      ctx.t(ctx.chat?.type === "private" ? "netmon-need-location" : "netmon-need-location-group"),
    );
    return undefined;
  }
  return { userId, ...choice };
}

/** For buttons: the location the button names, with the names the user's choice knows. */
export async function buttonTarget(
  ctx: BotContext,
  netmon: Netmon,
  ref: LocationRef,
): Promise<ReportTarget | undefined> {
  const userId = ctx.from?.id;
  if (userId === undefined) return undefined;
  if (!(await netmon.vault.has(userId))) {
    // In the private chat, /setup is sent right here; elsewhere, it must be sent privately.
    const text = ctx.t(ctx.chat?.type === "private" ? "netmon-need-setup" : "netmon-need-setup-short");
    await ctx.answerCallbackQuery({ text, show_alert: true });
    return undefined;
  }
  const choice = await netmon.choices.get(userId);
  if (choice && choice.customerId === ref.customerId && choice.locationId === ref.locationId) {
    return { userId, ...choice };
  }
  const location = await netmon.plume.location(userId, ref);
  return { userId, ...ref, locationName: location.name ?? ref.locationId };
}

/** Telegram refuses an edit that changes nothing; that is not a failure for us. */
export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && /message is not modified/i.test(error.description);
}

/** Private chats only can hold a flow or credentials. */
export const isPrivate = (ctx: BotContext) => ctx.chat?.type === "private";
