/**
 * /setup in two steps: the Authorization header of the user's Plume client, then the Partner ID.
 * The message with the header is deleted as soon as it is read, whatever it holds, and the
 * header is sealed before it is kept between the steps. The token exchange runs at once: success
 * stores the credentials (sealed, per Telegram user) and suggests /locations; failure says why.
 * Typed credentials are rate-limited and repeated failures lock the user out for a while.
 */
import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { parseAuthorizationHeader, parsePartnerId } from "../auth/credentialFormat.js";
import { TokenExchangeError } from "../auth/tokenExchange.js";
import type { Netmon } from "../runtime.js";
import { clearFlow, type Flow, flowState, setFlow } from "./flow.js";
import { HTML, isPrivate } from "./plumeAccess.js";
import { withProgress } from "./progress.js";

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** `Basic <base64 of id:secret>` (with the scheme: a bare base64 word is too likely to be something else). */
function looksLikeHeader(text: string | undefined): boolean {
  return (
    text !== undefined &&
    /^\s*(authorization\s*:\s*)?basic\s+\S+\s*$/i.test(text) &&
    parseAuthorizationHeader(text).ok
  );
}

async function audit(
  ctx: BotContext,
  netmon: Netmon,
  result: "ok" | "failed",
  details: Record<string, unknown>,
) {
  await netmon.services.audit.record({
    bot: ctx.botIdentity.id,
    module: "netmon",
    actor: String(ctx.from?.id),
    action: "setup",
    ...(typeof details.partnerId === "string" ? { target: `partner:${details.partnerId}` } : {}),
    details,
    result,
  });
}

/** Step 1: the header. Whatever the message is, it is deleted first. */
async function onHeader(ctx: BotContext, netmon: Netmon): Promise<void> {
  const deleted = await ctx.deleteMessage().then(
    () => true,
    () => false,
  );
  const warning = deleted ? "" : `\n\n${ctx.t("netmon-setup-delete-failed")}`;
  const text = ctx.message?.text;
  if (text === undefined) {
    await ctx.reply(ctx.t("netmon-setup-header-not-text") + warning, HTML);
    return;
  }
  const parsed = parseAuthorizationHeader(text);
  if (!parsed.ok) {
    await ctx.reply(ctx.t(`netmon-setup-header-${parsed.problem.replace(/_/g, "-")}`) + warning, HTML);
    return;
  }
  setFlow(ctx, {
    step: "setup_partner",
    startedAt: netmon.now(),
    header: netmon.services.secrets.seal(parsed.header),
  });
  await ctx.reply(ctx.t("netmon-setup-step2") + warning, HTML);
}

/** Step 2: the Partner ID, then the exchange. */
async function onPartner(ctx: BotContext, netmon: Netmon, flow: Extract<Flow, { step: "setup_partner" }>) {
  const userId = ctx.from!.id;
  if (looksLikeHeader(ctx.message?.text)) {
    // The header again, by mistake: it goes too.
    await ctx.deleteMessage().catch(() => undefined);
    await ctx.reply(ctx.t("netmon-setup-partner-invalid"), HTML);
    return;
  }
  const partnerId = parsePartnerId(ctx.message?.text ?? "");
  if (!partnerId) {
    await ctx.reply(ctx.t("netmon-setup-partner-invalid"), HTML);
    return;
  }
  const { rateLimits } = netmon.services;
  const loginKey = netmon.keys.loginKey(userId);
  const attempt = await rateLimits.loginAttempt(loginKey);
  if (!attempt.allowed) {
    clearFlow(ctx);
    await ctx.reply(ctx.t("login-rate-limited", { seconds: seconds(attempt.retryAfterMs) }), HTML);
    return;
  }
  const authorization = netmon.services.secrets.open(flow.header);
  let issued: Awaited<ReturnType<Netmon["exchange"]>>;
  try {
    issued = await withProgress(ctx, "typing", () => netmon.exchange({ authorization, partnerId }));
  } catch (error) {
    if (!(error instanceof TokenExchangeError)) throw error;
    await onExchangeFailure(ctx, netmon, error, partnerId, loginKey);
    return;
  }

  await rateLimits.loginSucceeded(loginKey);
  const previous = await netmon.credentials.load(userId);
  await netmon.credentials.save(userId, { authorization, partnerId, savedAt: netmon.now() });
  await netmon.tokens.store(userId, issued);
  // Another partner sees other customers: the remembered location may not exist for it.
  if (previous && previous.partnerId !== partnerId) await netmon.choices.forget(userId);
  clearFlow(ctx);
  await audit(ctx, netmon, "ok", { partnerId });
  const choice = await netmon.choices.get(userId);
  await ctx.reply(
    ctx.t(choice ? "netmon-setup-done-with-location" : "netmon-setup-done", {
      partnerId,
      location: choice?.locationName ?? "",
    }),
    HTML,
  );
}

async function onExchangeFailure(
  ctx: BotContext,
  netmon: Netmon,
  error: TokenExchangeError,
  partnerId: string,
  loginKey: string,
) {
  ctx.log.info({ reason: error.reason }, "netmon: token exchange failed during setup");
  if (!error.credentialsRefused) {
    // Nothing wrong with what the user typed: they may simply send the Partner ID again.
    const text =
      error.reason === "rate_limited"
        ? ctx.t("netmon-setup-sso-busy", { seconds: seconds(error.retryAfterMs ?? 1000) })
        : ctx.t(
            error.reason === "bad_response"
              ? "netmon-setup-sso-bad-response"
              : "netmon-setup-sso-unreachable",
          );
    await ctx.reply(text, HTML);
    return;
  }
  await audit(ctx, netmon, "failed", { partnerId, reason: error.reason });
  const lock = await netmon.services.rateLimits.loginFailed(loginKey);
  if (!lock.allowed) {
    clearFlow(ctx);
    await ctx.reply(ctx.t("login-rate-limited", { seconds: seconds(lock.retryAfterMs) }), HTML);
    return;
  }
  if (error.reason === "invalid_client") {
    clearFlow(ctx);
    await ctx.reply(ctx.t("netmon-setup-invalid-client"), HTML);
  } else {
    // The client is known: only the partner was refused, so the header is kept for another try.
    await ctx.reply(ctx.t("netmon-setup-invalid-scope", { partnerId }), HTML);
  }
}

export function setupFeature(netmon: Netmon) {
  const feature = new Composer<BotContext>();
  feature.command("setup", async (ctx) => {
    if (!isPrivate(ctx)) {
      await ctx.reply(ctx.t("netmon-setup-private-only"), HTML);
      return;
    }
    setFlow(ctx, { step: "setup_header", startedAt: netmon.now() });
    await ctx.reply(ctx.t("netmon-setup-step1"), HTML);
  });

  // Answers during the two steps (commands never get here: they end the flow first).
  feature.chatType("private").on("message", async (ctx, next) => {
    const { active, expired } = flowState(ctx, netmon.now());
    if (active?.step === "setup_header") return onHeader(ctx, netmon);
    if (active?.step === "setup_partner") return onPartner(ctx, netmon, active);
    if (looksLikeHeader(ctx.message.text)) {
      // A header pasted too late, or out of the blue: it must not stay in the chat either.
      await ctx.deleteMessage().catch(() => undefined);
      await ctx.reply(
        ctx.t(expired?.step.startsWith("setup") ? "netmon-setup-expired" : "netmon-setup-stray-header"),
        HTML,
      );
      return;
    }
    return next();
  });
  return feature;
}
