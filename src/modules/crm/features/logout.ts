/**
 * /logout: ends the session on the backend and forgets it here. The local sign-in goes even when
 * the backend cannot be reached (the user asked to be signed out); they are told so.
 */
import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { BackendError } from "../../../platform/http/backendError.js";
import { type Crm, userIdOf } from "../runtime.js";
import { HTML } from "../views/format.js";

export function logoutFeature(crm: Crm) {
  const feature = new Composer<BotContext>();
  feature.command("logout", async (ctx) => {
    const userId = userIdOf(ctx);
    const session = await crm.sessions.get(userId);
    if (!session) {
      await ctx.reply(ctx.t("crm-logout-nothing"), HTML);
      return;
    }
    let backend: "ok" | "unreachable" = "ok";
    try {
      await crm.tabys.logout(userId);
    } catch (error) {
      if (!(error instanceof BackendError)) throw error;
      ctx.log.warn({ err: error }, "crm: backend logout failed; signing out here anyway");
      backend = "unreachable";
    }
    await crm.sessions.end(userId);
    await crm.audit(ctx, {
      action: "logout",
      target: `admin:${session.adminId}`,
      details: { adminName: session.adminName, role: session.role, backend },
      result: "ok",
    });
    await ctx.reply(ctx.t(backend === "ok" ? "crm-logout-done" : "crm-logout-done-offline"), HTML);
  });
  return feature;
}
