/**
 * crm: the Tabys CRM administration bot (seed 002). Administrators sign in with a one-time
 * password from the Tabys web panel (/login), then browse and manage the content modules their
 * role allows (/menu); super_admins also get an admin panel (Telegram sessions, OTPs, audit).
 * Tabys platform users link their Telegram account with a deep link (`/start link_<TOKEN>`).
 *
 * Read on: config.ts → tabysClient.ts (the backend) → domain/ (RBAC, OTP, lifetimes: pure) →
 * session/ (sign-ins on the token vault) → views/ → features/ (handlers) → content/ (the
 * content screens, behind content/deps.ts) → locales/.
 */
import { defineModule } from "../../kernel/defineModule.js";
import { crmConfigSchema } from "./config.js";
import { contentFeatures } from "./content/index.js";
import { CRM_ROLES } from "./domain/rbac.js";
import { isLinkPayload } from "./domain/startPayload.js";
import { adminAuditFeature } from "./features/admin/audit.js";
import { adminOtpsFeature } from "./features/admin/otps.js";
import { adminPanelFeature } from "./features/admin/panel.js";
import { adminSessionsFeature } from "./features/admin/sessions.js";
import { crmErrorBoundary } from "./features/errorBoundary.js";
import { loginFeature } from "./features/login.js";
import { logoutFeature } from "./features/logout.js";
import { menuFeature } from "./features/menu.js";
import { activity } from "./features/signIn.js";
import { crmStartHint, startFeature } from "./features/start.js";
import { statusFeature } from "./features/status.js";
import { CRM, type CrmOptions, contentDeps, createCrm, LOCALES_DIR } from "./runtime.js";

export { type CrmConfig, crmConfigSchema } from "./config.js";
export type { CrmOptions } from "./runtime.js";

/** The commands /help lists while signed out, and once signed in. */
const SIGNED_OUT_COMMANDS = ["login"] as const;
const SIGNED_IN_COMMANDS = ["menu", "status", "logout"] as const;

/** The module; `options` exist for tests (a controllable clock). */
export function createCrmModule(options: CrmOptions = {}) {
  return defineModule({
    name: CRM,
    config: crmConfigSchema,
    locales: LOCALES_DIR,
    callbackPrefix: "cr",
    roles: CRM_ROLES,
    // /help is the base module's: crm narrows what it lists with `helpCommands` below.
    commands: [
      { command: "login", description: "crm-cmd-login" },
      { command: "menu", description: "crm-cmd-menu" },
      { command: "status", description: "crm-cmd-status" },
      { command: "logout", description: "crm-cmd-logout" },
    ],
    create(setup) {
      const crm = createCrm(setup, options);
      const signedInAs = async (userId: number | undefined) =>
        userId === undefined ? undefined : crm.sessions.get(userId);
      return {
        // One boundary around the core's features and the content screens alike.
        features: [
          crmErrorBoundary([
            activity(crm),
            startFeature(crm),
            loginFeature(crm),
            logoutFeature(crm),
            statusFeature(crm),
            menuFeature(crm),
            adminPanelFeature(crm),
            adminSessionsFeature(crm),
            adminOtpsFeature(crm),
            adminAuditFeature(crm),
            ...contentFeatures(contentDeps(crm)),
          ]),
        ],
        roleOf: async (ctx) => (await signedInAs(ctx.from?.id))?.role,
        // Every command and button reads the sign-in: in the kernel's round trip.
        prefetch: (ctx) => (ctx.from ? [crm.sessions.recordKey(ctx.from.id)] : []),
        startHint: (ctx) => crmStartHint(ctx, crm),
        // `link_…` always; any other payload that no other module of the bot claims, so that no
        // deep link is silently dropped (the original bot swallowed them).
        startPayload: (payload) =>
          isLinkPayload(payload) ||
          !setup.instances.some(({ name, instance }) => name !== CRM && instance.startPayload?.(payload)),
        helpCommands: async (ctx) =>
          (await signedInAs(ctx.from?.id)) ? SIGNED_IN_COMMANDS : SIGNED_OUT_COMMANDS,
        // Ready unless Tabys has been failing: its breaker is what every request meets.
        health: async () => crm.tabys.http.health(),
      };
    },
  });
}

export default createCrmModule();
