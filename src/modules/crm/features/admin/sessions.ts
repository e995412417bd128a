/**
 * Admin panel: the active Telegram sessions (every admin's), five a page, each with a revoke
 * button that asks first. A revoked admin's next request is refused by the backend, and the bot
 * asks them to sign in again.
 */
import { Composer, InlineKeyboard } from "grammy";
import { callbackButton, onCallback } from "../../../../kernel/callbacks.js";
import type { BotContext } from "../../../../kernel/context.js";
import { BackendError } from "../../../../platform/http/backendError.js";
import { askRevokeSession, revokeSession, sessionsPage } from "../../callbacks.js";
import { pageOf } from "../../domain/paging.js";
import { entryLabel, listKeyboard } from "../../keyboards.js";
import { type Crm, userIdOf } from "../../runtime.js";
import { revokeSessionQuestion, sessionsText } from "../../views/adminViews.js";
import { editOrReply } from "../screens.js";
import { requireSession } from "../signIn.js";
import { adminOnly } from "./panel.js";

const PAGE_SIZE = 5;

const listSessions = (ctx: BotContext, crm: Crm) =>
  crm.sessions.authorized(userIdOf(ctx), (jwt) => crm.tabys.sessions(jwt));

async function showPage(ctx: BotContext, crm: Crm, page: number): Promise<void> {
  const sessions = await listSessions(ctx, crm);
  const shown = pageOf(sessions, page, PAGE_SIZE);
  const revoke = shown.items.map((s, i) =>
    callbackButton(ctx.botIdentity, entryLabel("✖", shown.offset + i + 1, s.admin_name), askRevokeSession, {
      user: s.telegram_user_id,
      page: shown.page,
    }),
  );
  await editOrReply(
    ctx,
    sessionsText(ctx.t, shown, sessions.length),
    listKeyboard(ctx, shown, sessionsPage, revoke),
  );
}

export function adminSessionsFeature(crm: Crm) {
  const feature = new Composer<BotContext>();
  const guard = adminOnly(crm);
  onCallback(feature, sessionsPage, (ctx, { page }) => showPage(ctx, crm, page), guard);

  onCallback(
    feature,
    askRevokeSession,
    async (ctx, { user, page }) => {
      const session = (await listSessions(ctx, crm)).find((s) => s.telegram_user_id === user);
      if (!session) {
        await ctx.answerCallbackQuery({ text: ctx.t("crm-session-gone"), show_alert: true });
        await showPage(ctx, crm, page);
        return;
      }
      const keyboard = InlineKeyboard.from([
        [
          callbackButton(ctx.botIdentity, ctx.t("crm-confirm-revoke"), revokeSession, { user, page }),
          callbackButton(ctx.botIdentity, ctx.t("crm-confirm-cancel"), sessionsPage, { page }),
        ],
      ]);
      await editOrReply(ctx, revokeSessionQuestion(ctx.t, session), keyboard);
    },
    guard,
  );

  onCallback(
    feature,
    revokeSession,
    async (ctx, { user, page }) => {
      const admin = await requireSession(crm, ctx);
      const actor = { adminName: admin.adminName, role: admin.role };
      try {
        await crm.sessions.authorized(userIdOf(ctx), (jwt) => crm.tabys.revokeSession(jwt, user));
      } catch (error) {
        if (!(error instanceof BackendError && error.kind === "not_found")) throw error;
        await crm.audit(ctx, {
          action: "session-revoke",
          target: `tg:${user}`,
          details: { ...actor, reason: "gone" },
          result: "failed",
        });
        await ctx.answerCallbackQuery({ text: ctx.t("crm-session-gone"), show_alert: true });
        await showPage(ctx, crm, page);
        return;
      }
      await crm.audit(ctx, { action: "session-revoke", target: `tg:${user}`, details: actor, result: "ok" });
      await ctx.answerCallbackQuery({ text: ctx.t("crm-session-revoked") });
      await showPage(ctx, crm, page);
    },
    guard,
  );
  return feature;
}
