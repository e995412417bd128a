/**
 * Admin panel: the one-time passwords still waiting to be used (every admin's), five a page, each
 * with a revoke button that asks first. The OTPs themselves are never shown: the backend keeps
 * only their hash.
 */
import { Composer, InlineKeyboard } from "grammy";
import { callbackButton, onCallback } from "../../../../kernel/callbacks.js";
import type { BotContext } from "../../../../kernel/context.js";
import { BackendError } from "../../../../platform/http/backendError.js";
import { askRevokeOtp, otpsPage, revokeOtp } from "../../callbacks.js";
import { pageOf } from "../../domain/paging.js";
import { entryLabel, listKeyboard } from "../../keyboards.js";
import { type Crm, userIdOf } from "../../runtime.js";
import { otpsText, revokeOtpQuestion } from "../../views/adminViews.js";
import { editOrReply } from "../screens.js";
import { requireSession } from "../signIn.js";
import { adminOnly } from "./panel.js";

const PAGE_SIZE = 5;

const listOtps = (ctx: BotContext, crm: Crm) =>
  crm.sessions.authorized(userIdOf(ctx), (jwt) => crm.tabys.otps(jwt));

async function showPage(ctx: BotContext, crm: Crm, page: number): Promise<void> {
  const otps = await listOtps(ctx, crm);
  const shown = pageOf(otps, page, PAGE_SIZE);
  const revoke = shown.items.map((otp, i) =>
    callbackButton(ctx.botIdentity, entryLabel("✖", shown.offset + i + 1, otp.admin_name), askRevokeOtp, {
      otp: otp.otp_id,
      page: shown.page,
    }),
  );
  await editOrReply(ctx, otpsText(ctx.t, shown, otps.length), listKeyboard(ctx, shown, otpsPage, revoke));
}

export function adminOtpsFeature(crm: Crm) {
  const feature = new Composer<BotContext>();
  const guard = adminOnly(crm);
  onCallback(feature, otpsPage, (ctx, { page }) => showPage(ctx, crm, page), guard);

  onCallback(
    feature,
    askRevokeOtp,
    async (ctx, { otp, page }) => {
      const found = (await listOtps(ctx, crm)).find((o) => o.otp_id === otp);
      if (!found) {
        await ctx.answerCallbackQuery({ text: ctx.t("crm-otp-gone"), show_alert: true });
        await showPage(ctx, crm, page);
        return;
      }
      const keyboard = InlineKeyboard.from([
        [
          callbackButton(ctx.botIdentity, ctx.t("crm-confirm-revoke"), revokeOtp, { otp, page }),
          callbackButton(ctx.botIdentity, ctx.t("crm-confirm-cancel"), otpsPage, { page }),
        ],
      ]);
      await editOrReply(ctx, revokeOtpQuestion(ctx.t, found), keyboard);
    },
    guard,
  );

  onCallback(
    feature,
    revokeOtp,
    async (ctx, { otp, page }) => {
      const admin = await requireSession(crm, ctx);
      const actor = { adminName: admin.adminName, role: admin.role };
      try {
        await crm.sessions.authorized(userIdOf(ctx), (jwt) => crm.tabys.revokeOtp(jwt, otp));
      } catch (error) {
        if (!(error instanceof BackendError && error.kind === "not_found")) throw error;
        await crm.audit(ctx, {
          action: "otp-revoke",
          target: `otp:${otp}`,
          details: { ...actor, reason: "gone" },
          result: "failed",
        });
        await ctx.answerCallbackQuery({ text: ctx.t("crm-otp-gone"), show_alert: true });
        await showPage(ctx, crm, page);
        return;
      }
      await crm.audit(ctx, { action: "otp-revoke", target: `otp:${otp}`, details: actor, result: "ok" });
      await ctx.answerCallbackQuery({ text: ctx.t("crm-otp-revoked") });
      await showPage(ctx, crm, page);
    },
    guard,
  );
  return feature;
}
