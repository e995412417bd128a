/** The super_admin's admin panel: its home screen. Every admin button is guarded by `admin:panel`. */
import { Composer } from "grammy";
import { onCallback } from "../../../../kernel/callbacks.js";
import type { BotContext } from "../../../../kernel/context.js";
import { openAdminPanel } from "../../callbacks.js";
import { ADMIN_PANEL } from "../../domain/rbac.js";
import { adminPanelKeyboard } from "../../keyboards.js";
import type { Crm } from "../../runtime.js";
import { editOrReply } from "../screens.js";
import { signedIn } from "../signIn.js";

/** The guard of every admin screen: signed in, and a role with the admin panel. */
export const adminOnly = (crm: Crm) => ({ guard: signedIn(crm, ADMIN_PANEL) });

export function adminPanelFeature(crm: Crm) {
  const feature = new Composer<BotContext>();
  onCallback(
    feature,
    openAdminPanel,
    (ctx) => editOrReply(ctx, ctx.t("crm-admin-title"), adminPanelKeyboard(ctx)),
    adminOnly(crm),
  );
  return feature;
}
