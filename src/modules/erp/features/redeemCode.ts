/**
 * Using a link code, whichever way it came (`/start CODE` from the deep link or the QR code,
 * `/start CODE` or `/link CODE` typed, the code pasted alone): the message holding it is deleted
 * first; attempts are limited per user (the platform's typed-secret limit and lockout) and a wrong
 * code is also counted against every live code (burned past its budget); wrong, expired, used and
 * burned codes are told apart. A good code is claimed (single use across instances), verify-user
 * gives the tokens, and the link is stored. A user already linked to another account is asked
 * first (features/linking.ts holds the question's buttons).
 */
import type { BotContext } from "../../../kernel/context.js";
import { cut } from "../../../kernel/html.js";
import { limitNotice } from "../../../kernel/limitNotice.js";
import { BackendError } from "../../../platform/http/backendError.js";
import { readCode } from "../domain/linkCode.js";
import type { TokenPair } from "../erpSchemas.js";
import { relinkKeyboard } from "../keyboards.js";
import { ERP, type Erp, forgetAccount } from "../runtime.js";
import type { FoundCode } from "../store/codeStore.js";
import type { ErpLink } from "../store/linkStore.js";
import { NotLinkedError } from "../store/notLinkedError.js";
import { HTML, NAME_LIMIT } from "../views/format.js";
import { linkedText, relinkQuestion } from "../views/linkViews.js";
import { offerCompanies } from "./companyPicker.js";

/** How long the relink question waits for an answer (never past the code's own expiry). */
const RELINK_QUESTION_MS = 10 * 60_000;

/** The pending relink question of a user: the code's hash, never the code. */
export const relinkKey = (erp: Erp, userId: number): string => erp.key("relink", userId);

/** Deletes the message holding a code; false when Telegram would not (the user is told). */
export async function deleteCodeMessage(ctx: BotContext): Promise<boolean> {
  try {
    await ctx.deleteMessage();
    return true;
  } catch (error) {
    ctx.log.warn({ err: error }, "erp: could not delete a message holding a link code");
    return false;
  }
}

const audit = (
  erp: Erp,
  ctx: BotContext,
  result: "ok" | "failed",
  details: Record<string, unknown>,
  target?: string,
) =>
  erp.services.audit.record({
    bot: erp.bot.id,
    module: ERP,
    actor: String(ctx.from?.id),
    action: "link",
    ...(target ? { target } : {}),
    details,
    result,
  });

/**
 * Runs a code a person gave; `deleted` says whether their message is already gone (a warning is
 * added when it could not be deleted).
 */
export async function redeemCode(erp: Erp, ctx: BotContext, input: string, deleted: boolean): Promise<void> {
  const warning = deleted ? [] : [ctx.t("erp-link-delete-failed")];
  const say = (text: string, extra?: object) =>
    ctx.reply([text, ...warning].join("\n\n"), { ...HTML, ...extra });
  const parsed = readCode(input);
  if (!parsed.ok)
    return void (await say(ctx.t(parsed.problem === "missing" ? "erp-link-usage" : "erp-link-format")));
  const userId = ctx.from!.id;
  const { rateLimits } = erp.services;
  const attemptsKey = erp.attemptsKey(userId);
  const attempt = await rateLimits.loginAttempt(attemptsKey);
  if (!attempt.allowed) return void (await say(limitNotice(ctx, attempt.retryAfterMs)));

  const found = await erp.codes.find(parsed.code);
  if (!found) {
    await erp.codes.wrongGuess();
    await audit(erp, ctx, "failed", { reason: "wrong" });
    const lock = await rateLimits.loginFailed(attemptsKey);
    return void (await say(lock.allowed ? ctx.t("erp-link-wrong") : limitNotice(ctx, lock.retryAfterMs)));
  }
  if (found.state !== "good") {
    if (found.state === "burned") await erp.codes.burn(found);
    await audit(erp, ctx, "failed", { reason: found.state });
    const mine = found.state === "used" && found.record.usedBy === userId;
    return void (await say(ctx.t(mine ? "erp-link-used-mine" : `erp-link-${found.state}`)));
  }

  const current = await erp.links.get(userId);
  if (current && current.serverId === found.record.serverId && current.erpUserId === found.record.userId) {
    await erp.codes.markUsed(found, userId);
    await rateLimits.loginSucceeded(attemptsKey);
    return void (await say(ctx.t("erp-link-same", { email: cut(current.email, NAME_LIMIT) })));
  }
  if (current) {
    const ttl = Math.max(1000, Math.min(RELINK_QUESTION_MS, found.record.expiresAt - erp.now()));
    await erp.services.storage.set(relinkKey(erp, userId), found.hash, ttl);
    return void (await say(relinkQuestion(ctx.t, current, found.record.email), {
      reply_markup: relinkKeyboard(ctx),
    }));
  }
  await linkWith(erp, ctx, found, undefined, warning);
}

/**
 * Links the user with a good code (claimed first). `replacing` is the user's current link, which
 * they agreed to give up: it is ended on the backend first, so the new link is never the one
 * revoked. Answers the user.
 */
export async function linkWith(
  erp: Erp,
  ctx: BotContext,
  found: FoundCode,
  replacing: ErpLink | undefined,
  warning: readonly string[] = [],
): Promise<void> {
  const userId = ctx.from!.id;
  const say = (text: string) => ctx.reply([text, ...warning].join("\n\n"), HTML);
  if (!(await erp.codes.claim(found.hash))) return void (await say(ctx.t("erp-link-busy")));
  let pair: TokenPair;
  try {
    await ctx.replyWithChatAction("typing").catch(() => undefined);
    if (replacing) await endLink(erp, userId);
    pair = await erp.client.verifyUser({
      userId: found.record.userId,
      serverId: found.record.serverId,
      telegramUserId: userId,
      telegramUsername: ctx.from?.username,
    });
  } catch (error) {
    await erp.codes.release(found.hash);
    const refusal =
      error instanceof BackendError && (error.kind === "not_found" || error.kind === "forbidden")
        ? error.kind
        : undefined;
    if (!refusal) throw error;
    await erp.codes.markUsed(found, userId);
    await audit(erp, ctx, "failed", { reason: refusal });
    return void (await say(
      ctx.t(refusal === "not_found" ? "erp-link-unknown-user" : "erp-link-user-disabled"),
    ));
  }
  await erp.codes.markUsed(found, userId);
  await erp.services.rateLimits.loginSucceeded(erp.attemptsKey(userId));
  await takeOver(erp, ctx, found.record.serverId, pair.user.id, userId);
  const link = await erp.links.put(userId, pair, found.record.serverId, ctx.language);
  await audit(erp, ctx, "ok", { email: link.email }, `erp-user:${link.serverId}:${link.erpUserId}`);
  await say(linkedText(ctx.t, link));
  await offerCompanies(erp, ctx);
}

/** Ends the user's link on the backend (best effort) and here, with what belonged to it. */
export async function endLink(erp: Erp, userId: number): Promise<"ok" | "offline" | "none"> {
  let backend: "ok" | "offline" = "ok";
  try {
    await erp.links.authorized(userId, (token) => erp.client.unlink(token, userId));
  } catch (error) {
    if (!(error instanceof BackendError) && !(error instanceof NotLinkedError)) throw error;
    backend = "offline";
  }
  const link = await erp.links.end(userId);
  await forgetAccount(erp, userId);
  return link ? backend : "none";
}

/**
 * One ERP account, one Telegram account: another Telegram user of this bot holding the account
 * loses it, on the backend and here (they are told).
 */
async function takeOver(
  erp: Erp,
  ctx: BotContext,
  serverId: string,
  erpUserId: number,
  userId: number,
): Promise<void> {
  const previous = await erp.links.ownerOf(serverId, erpUserId);
  if (previous === undefined || previous === userId) return;
  const link = await erp.links.get(previous);
  await endLink(erp, previous);
  if (!link) return;
  ctx.log.info({ previous }, "erp: the account moved to another Telegram user");
  await erp.sends.wait(previous);
  await erp.api
    .sendMessage(
      previous,
      erp.bot.translate(link.language, "erp-moved-away", { email: cut(link.email, NAME_LIMIT) }),
      HTML,
    )
    .catch((error: unknown) => ctx.log.warn({ err: error }, "erp: could not tell the previous holder"));
}
