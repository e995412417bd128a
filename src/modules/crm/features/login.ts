/**
 * /login <OTP>: the seed's sign-in. The message holding the OTP is deleted at once, whatever
 * comes next; the OTP is uppercased and its format checked before the backend is asked (a typo
 * costs no call); attempts are limited per user (`LOGIN_RATE_LIMIT` a minute) and repeated wrong
 * OTPs lock the user out, in the shared store, so the limit holds across instances. verify-otp
 * answers with the admin's JWT: a role without admin access (`client`) gets no session.
 */
import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { limitNotice } from "../../../kernel/limitNotice.js";
import { BackendError } from "../../../platform/http/backendError.js";
import { countsAsFailure, type OtpRefusal, otpRefusal } from "../domain/backendAnswers.js";
import { parseOtp } from "../domain/otp.js";
import { menuKeyboard } from "../keyboards.js";
import type { Crm } from "../runtime.js";
import type { SignedIn } from "../tabysSchemas.js";
import { HTML } from "../views/format.js";
import { menuTitle } from "../views/sessionViews.js";

const REFUSAL_ANSWERS: Record<OtpRefusal, string> = {
  invalid: "crm-login-invalid",
  expired: "crm-login-expired",
  no_admin: "crm-login-no-admin",
  bad_secret: "crm-bot-misconfigured",
};

/** Deletes the message with the OTP; false when Telegram would not (the user is asked to). */
async function deleteSecret(ctx: BotContext): Promise<boolean> {
  try {
    await ctx.deleteMessage();
    return true;
  } catch (error) {
    ctx.log.warn({ err: error }, "crm: could not delete a message holding an OTP");
    return false;
  }
}

/** The backend refused the OTP: audit, count a wrong one towards the lockout, say why. */
async function refused(ctx: BotContext, crm: Crm, refusal: OtpRefusal, loginKey: string): Promise<string> {
  await crm.audit(ctx, { action: "login", details: { reason: refusal }, result: "failed" });
  if (refusal === "bad_secret") ctx.log.error("crm: the Tabys backend refuses TABYS_BOT_SECRET");
  if (countsAsFailure(refusal)) {
    const lock = await crm.services.rateLimits.loginFailed(loginKey);
    if (!lock.allowed) return limitNotice(ctx, lock.retryAfterMs);
  }
  return ctx.t(REFUSAL_ANSWERS[refusal]);
}

/** The OTP was right: a session, or "no admin access" for a client (whose backend session is ended). */
async function signIn(ctx: BotContext, crm: Crm, signedIn: SignedIn) {
  const userId = ctx.from!.id;
  const session = await crm.sessions.start(userId, signedIn);
  const who = { adminId: signedIn.admin_id, adminName: signedIn.admin_name, role: signedIn.role };
  if (!session) {
    await crm.tabys.logout(userId).catch((error: unknown) => {
      ctx.log.warn({ err: error }, "crm: could not end the session of a user without admin access");
    });
    await crm.audit(ctx, { action: "login", details: { ...who, reason: "no_access" }, result: "failed" });
    await ctx.reply(ctx.t("crm-login-no-access"), HTML);
    return;
  }
  await crm.audit(ctx, { action: "login", target: `admin:${session.adminId}`, details: who, result: "ok" });
  const text = [ctx.t("crm-login-done", { name: session.adminName }), menuTitle(ctx.t, session)].join("\n\n");
  await ctx.reply(text, { ...HTML, reply_markup: menuKeyboard(ctx, session.role) });
}

export function loginFeature(crm: Crm) {
  const feature = new Composer<BotContext>();
  feature.command("login", async (ctx) => {
    const argument = ctx.match.trim();
    // First of all: the OTP must not stay in the chat, whatever it is and wherever it was sent.
    const deleted = argument === "" || (await deleteSecret(ctx));
    const answer = await login(ctx, crm, argument);
    const lines = [...(answer ? [answer] : []), ...(deleted ? [] : [ctx.t("crm-login-delete-failed")])];
    if (lines.length > 0) await ctx.reply(lines.join("\n\n"), HTML);
  });
  return feature;
}

/** Runs a sign-in attempt; the sentence to answer with, or undefined when it answered itself. */
async function login(ctx: BotContext, crm: Crm, argument: string): Promise<string | undefined> {
  const input = parseOtp(argument);
  if (!input.ok && input.problem === "missing") return ctx.t("crm-login-usage");
  // Its message is already deleted: a group is no place for a secret.
  if (ctx.chat?.type !== "private") return ctx.t("crm-login-private-only");
  if (!input.ok) return ctx.t("crm-login-format");
  const loginKey = crm.loginKey(ctx.from!.id);
  const { rateLimits } = crm.services;
  const attempt = await rateLimits.loginAttempt(loginKey);
  if (!attempt.allowed) return limitNotice(ctx, attempt.retryAfterMs);
  let signedIn: SignedIn;
  try {
    await ctx.replyWithChatAction("typing").catch(() => undefined);
    signedIn = await crm.tabys.verifyOtp(input.otp, ctx.from!);
  } catch (error) {
    const refusal = error instanceof BackendError ? otpRefusal(error) : undefined;
    if (!refusal) throw error;
    return refused(ctx, crm, refusal, loginKey);
  }
  await rateLimits.loginSucceeded(loginKey);
  await signIn(ctx, crm, signedIn);
  return undefined;
}
