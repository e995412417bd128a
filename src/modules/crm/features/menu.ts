/**
 * /menu: the modules the role may read (two per row, each opening its content screens), the
 * dashboard, and the admin panel for super_admin. The dashboard shows the backend's counters
 * for the same modules.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { openDashboard, openMenu } from "../callbacks.js";
import { ADMIN_PANEL, CRM_ROLES, readableModules } from "../domain/rbac.js";
import { backToMenu, menuKeyboard } from "../keyboards.js";
import { type Crm, userIdOf } from "../runtime.js";
import { dashboardText } from "../views/dashboard.js";
import { HTML } from "../views/format.js";
import { menuTitle } from "../views/sessionViews.js";
import { editOrReply } from "./screens.js";
import { requireSession } from "./signIn.js";

export function menuFeature(crm: Crm) {
  const feature = new Composer<BotContext>();
  feature.command("menu", async (ctx) => {
    const session = await requireSession(crm, ctx);
    await ctx.reply(menuTitle(ctx.t, session), { ...HTML, reply_markup: menuKeyboard(ctx, session.role) });
  });
  onCallback(feature, openMenu, async (ctx) => {
    const session = await requireSession(crm, ctx);
    await editOrReply(ctx, menuTitle(ctx.t, session), menuKeyboard(ctx, session.role));
  });
  onCallback(feature, openDashboard, async (ctx) => {
    const session = await requireSession(crm, ctx);
    const counters = await crm.sessions.authorized(userIdOf(ctx), (jwt) => crm.tabys.analytics(jwt));
    const withSessions = CRM_ROLES[session.role].includes(ADMIN_PANEL);
    const text = dashboardText(ctx.t, counters, readableModules(session.role), withSessions);
    await editOrReply(ctx, text, backToMenu(ctx));
  });
  return feature;
}
