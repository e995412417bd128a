/**
 * /start for crm: its line in the bot's welcome (signed in as whom, or how to sign in), and the
 * deep links crm takes: `link_<TOKEN>` links a Tabys platform user's Telegram account
 * (confirm-link, with the bot secret); any other payload no other module claims is answered as
 * an unknown link, never swallowed. The token is a secret until used: its message is deleted and
 * never echoed, and link attempts count towards the same lockout as OTPs.
 */
import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { limitNotice } from "../../../kernel/limitNotice.js";
import { BackendError } from "../../../platform/http/backendError.js";
import { countsAsFailure, type LinkRefusal, linkRefusal } from "../domain/backendAnswers.js";
import { parseStartPayload } from "../domain/startPayload.js";
import type { Crm } from "../runtime.js";
import { HTML } from "../views/format.js";
import { startHintText } from "../views/sessionViews.js";

/** The crm line of /start. */
export async function crmStartHint(ctx: BotContext, crm: Crm): Promise<string | undefined> {
  if (!ctx.from) return undefined;
  return startHintText(ctx.t, await crm.sessions.get(ctx.from.id));
}

const LINK_ANSWERS: Record<LinkRefusal, string> = {
  expired: "crm-link-expired",
  already_linked: "crm-link-already",
  malformed: "crm-link-malformed",
  bad_secret: "crm-bot-misconfigured",
};

/** Confirms a link token; the sentence to answer with. */
async function confirmLink(ctx: BotContext, crm: Crm, token: string): Promise<string> {
  const from = ctx.from!;
  const { rateLimits } = crm.services;
  const loginKey = crm.loginKey(from.id);
  const attempt = await rateLimits.loginAttempt(loginKey);
  if (!attempt.allowed) return limitNotice(ctx, attempt.retryAfterMs);
  try {
    const userId = await crm.tabys.confirmLink(token, ctx.chat!.id, from);
    await rateLimits.loginSucceeded(loginKey);
    await crm.audit(ctx, { action: "link", target: `user:${userId}`, result: "ok" });
    return ctx.t("crm-link-done");
  } catch (error) {
    const refusal = error instanceof BackendError ? linkRefusal(error) : undefined;
    if (!refusal) throw error;
    await crm.audit(ctx, { action: "link", details: { reason: refusal }, result: "failed" });
    if (refusal === "bad_secret") ctx.log.error("crm: the Tabys backend refuses TABYS_BOT_SECRET");
    if (countsAsFailure(refusal)) {
      const lock = await rateLimits.loginFailed(loginKey);
      if (!lock.allowed) return limitNotice(ctx, lock.retryAfterMs);
    }
    return ctx.t(LINK_ANSWERS[refusal]);
  }
}

/** `/start <payload>` when crm claimed the payload (see the manifest's `startPayload`). */
export function startFeature(crm: Crm) {
  const feature = new Composer<BotContext>();
  feature.command("start", async (ctx) => {
    const payload = parseStartPayload(ctx.match.trim());
    let answer: string;
    if (payload.kind === "link") {
      await ctx.deleteMessage().catch(() => undefined);
      answer = await confirmLink(ctx, crm, payload.token);
    } else answer = ctx.t("crm-link-unknown");
    const hint = await crmStartHint(ctx, crm);
    await ctx.reply([answer, ...(hint ? [hint] : [])].join("\n\n"), HTML);
  });
  return feature;
}
