/**
 * /setup, a form of two steps: the Authorization header of the user's Plume client (a secret: its
 * message is deleted at once, whatever it holds, and the header sealed while the form is open),
 * then the Partner ID. The token exchange runs on submit: success stores the credentials (sealed,
 * per Telegram user) and suggests /locations; a failure says why and keeps the form open at the
 * answer the user can fix: the Partner ID, or the header alone (the Partner ID kept). Typed credentials are
 * rate-limited and repeated failures lock the user out for a while.
 */
import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../../kernel/context.js";
import { defineForm } from "../../../kernel/forms/index.js";
import { limitNotice } from "../../../kernel/limitNotice.js";
import { parseAuthorizationHeader, parsePartnerId } from "../auth/credentialFormat.js";
import { vaultToken } from "../auth/plumeVault.js";
import { TokenExchangeError } from "../auth/tokenExchange.js";
import type { Netmon } from "../runtime.js";
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

/** The header, normalised to `Basic <base64>`; a refusal names its problem (`not_basic`…). */
const headerSchema = z.string().transform((text, check) => {
  const parsed = parseAuthorizationHeader(text);
  if (parsed.ok) return parsed.header;
  check.addIssue({ code: "custom", message: parsed.problem });
  return z.NEVER;
});

const partnerIdSchema = z.string().transform((text, check) => {
  const partnerId = parsePartnerId(text);
  if (partnerId) return partnerId;
  check.addIssue({ code: "custom", message: "not_a_partner_id" });
  return z.NEVER;
});

/** The re-ask message for a refused header: one per problem the parser names. */
const headerProblem = (issue: z.core.$ZodIssue) =>
  `netmon-setup-header-${(issue.code === "custom" ? issue.message : "not_basic").replace(/_/g, "-")}`;

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

/** Says why the exchange failed; the form stays open at the Partner ID when sending it again can help. */
async function onExchangeFailure(
  ctx: BotContext,
  netmon: Netmon,
  error: TokenExchangeError,
  partnerId: string,
  loginKey: string,
): Promise<{ retry: "partnerId" } | { retry: "header"; only: true } | undefined> {
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
    return { retry: "partnerId" };
  }
  await audit(ctx, netmon, "failed", { partnerId, reason: error.reason });
  const lock = await netmon.services.rateLimits.loginFailed(loginKey);
  if (!lock.allowed) {
    await ctx.reply(limitNotice(ctx, lock.retryAfterMs), HTML);
    return undefined;
  }
  if (error.reason === "invalid_client") {
    // The header was refused, not the Partner ID: only the header is asked again.
    await ctx.reply(ctx.t("netmon-setup-invalid-client"), HTML);
    return { retry: "header", only: true };
  }
  // The client is known: only the partner was refused, so the header is kept for another try.
  await ctx.reply(ctx.t("netmon-setup-invalid-scope", { partnerId }), HTML);
  return { retry: "partnerId" };
}

/** The /setup form of one netmon instance. */
export function setupForm(netmon: Netmon) {
  return defineForm({
    id: "setup",
    module: "netmon",
    prefix: "nm",
    timeoutMs: 15 * 60_000,
    expired: "netmon-setup-expired",
    now: netmon.now,
  })
    .text("header", {
      secret: true,
      schema: headerSchema,
      prompt: "netmon-setup-step1",
      invalid: headerProblem,
      notText: "netmon-setup-header-not-text",
      deleteFailed: "netmon-setup-delete-failed",
    })
    .text("partnerId", {
      schema: partnerIdSchema,
      prompt: "netmon-setup-step2",
      invalid: "netmon-setup-partner-invalid",
      notText: "netmon-setup-partner-invalid",
      // The header pasted again by mistake: it goes too.
      deleteIf: looksLikeHeader,
    })
    .submit(async (ctx, { header: authorization, partnerId }) => {
      const userId = ctx.from!.id;
      const { rateLimits } = netmon.services;
      const loginKey = netmon.keys.loginKey(userId);
      const attempt = await rateLimits.loginAttempt(loginKey);
      if (!attempt.allowed) {
        await ctx.reply(limitNotice(ctx, attempt.retryAfterMs), HTML);
        return undefined;
      }
      let issued: Awaited<ReturnType<Netmon["exchange"]>>;
      try {
        issued = await withProgress(ctx, "typing", () => netmon.exchange({ authorization, partnerId }));
      } catch (error) {
        if (!(error instanceof TokenExchangeError)) throw error;
        return onExchangeFailure(ctx, netmon, error, partnerId, loginKey);
      }

      await rateLimits.loginSucceeded(loginKey);
      const previous = await netmon.vault.get(userId);
      // The token the exchange just earned is stored with the credentials: the first report needs no other.
      await netmon.vault.put(
        userId,
        { authorization, partnerId, savedAt: netmon.now() },
        vaultToken(issued, netmon.now),
      );
      // Another partner sees other customers: the remembered location may not exist for it.
      if (previous && previous.partnerId !== partnerId) await netmon.choices.forget(userId);
      await audit(ctx, netmon, "ok", { partnerId });
      const choice = await netmon.choices.get(userId);
      await ctx.reply(
        ctx.t(choice ? "netmon-setup-done-with-location" : "netmon-setup-done", {
          partnerId,
          location: choice?.locationName ?? "",
        }),
        HTML,
      );
      return undefined;
    });
}

export function setupFeature(netmon: Netmon) {
  const form = setupForm(netmon);
  const feature = new Composer<BotContext>();
  feature.command("setup", async (ctx) => {
    if (!isPrivate(ctx)) {
      await ctx.reply(ctx.t("netmon-setup-private-only"), HTML);
      return;
    }
    // Locked out after repeated refusals: said now, not after the header and partner id are typed.
    const locked = await netmon.services.rateLimits.lockedFor(netmon.keys.loginKey(ctx.from!.id));
    if (locked > 0) {
      await ctx.reply(limitNotice(ctx, locked), HTML);
      return;
    }
    await form.start(ctx);
  });
  feature.use(form.feature);
  // A header pasted out of the blue (or after /setup was cancelled) must not stay in the chat either.
  feature.chatType("private").on("message:text", async (ctx, next) => {
    if (!looksLikeHeader(ctx.message.text)) return next();
    await ctx.deleteMessage().catch(() => undefined);
    await ctx.reply(ctx.t("netmon-setup-stray-header"), HTML);
  });
  return feature;
}
