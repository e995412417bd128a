/**
 * One demo bot per module: its Telegram identity in the emulator, the reference backend it talks
 * to and the settings that point it there. A module issue adds its bot to the playground with one
 * entry here (and, if it ships a backend, one in demoBackends.ts). Modules missing from the
 * registry are skipped, so an entry may land before its module does.
 *
 * Tokens are deterministic and not secrets: they only open this process's emulator.
 */
import type { Clock } from "../../backends/kit/clock.js";
import type { AdminRights } from "../emulator/index.js";
import type { AnyModule } from "../kernel/defineModule.js";
import { createModerationModule } from "../modules/moderation/index.js";
import type { DemoBackendName, StartedBackend } from "./demoBackends.js";

export interface DemoBotProfile {
  /** The bot's numeric id is the token's prefix. */
  token: string;
  username: string;
  /** Display name (Telegram's first_name of the bot). */
  name: string;
  /** One line for the chat list. */
  description: string;
}

export interface DemoBotSpec<Backend extends DemoBackendName = DemoBackendName> {
  profile: DemoBotProfile;
  /** In the demo group: as an administrator (the moderation bot) or a plain member. */
  groupRole: "admin" | "member";
  /** An administrator's rights in the demo group; the usual set when absent. */
  groupRights?: Readonly<Partial<AdminRights>>;
  /** Posts to the demo group's log channel (an administrator there). */
  logChannel?: boolean;
  /**
   * The module built on the playground's clock, run instead of the registry's: a module that
   * computes times Telegram and its backend compare (a mute's until_date) must read the clock they
   * read, so moving the playground's clock moves all three alike.
   */
  onClock?: (clock: Clock) => AnyModule;
  backend?: Backend;
  /** The module's settings for the started backend: the bot's `settings` in the config document. */
  settings?: (backend: StartedBackend<Backend>) => Record<string, unknown>;
}

/** Keeps `settings` typed against the backend the entry names. */
const withBackend = <Backend extends DemoBackendName>(spec: DemoBotSpec<Backend> & { backend: Backend }) =>
  spec as unknown as DemoBotSpec;

/** By module name. `about` is every bot's base; its own bot carries nothing else. */
export const demoBots: Readonly<Record<string, DemoBotSpec>> = {
  about: {
    profile: {
      token: "7100000001:DEMO_about_playground_token",
      username: "switchboard_bot",
      name: "Switchboard",
      description: "/start, /help, /language, /about",
    },
    groupRole: "admin",
  },
  netmon: withBackend({
    profile: {
      token: "7100000002:DEMO_netmon_playground_token",
      username: "netmon_bot",
      name: "Netmon",
      description: "Plume WiFi locations: status, WAN, alerts",
    },
    groupRole: "member",
    backend: "plume",
    settings: (plume) => ({
      PLUME_SSO_URL: plume.ssoTokenUrl,
      PLUME_API_BASE: plume.apiBase,
      PLUME_REPORTS_BASE: plume.reportsBase,
      NETMON_ALERT_INTERVAL: 30,
    }),
  }),
  crm: withBackend({
    profile: {
      token: "7100000003:DEMO_crm_playground_token",
      username: "tabys_crm_bot",
      name: "Tabys CRM",
      description: "Tabys CRM administration: /login with an OTP from the web panel",
    },
    groupRole: "member",
    backend: "tabys",
    // The backend's own URL and the bot secret it was started with.
    settings: (tabys) => ({ TABYS_API_URL: tabys.url, TABYS_BOT_SECRET: tabys.botSecret }),
  }),
  erp: withBackend({
    profile: {
      token: "7100000005:DEMO_erp_playground_token",
      username: "roa2web_erp_bot",
      name: "ROA2WEB ERP",
      description: "ROA2WEB ERP: link with a code from the web app, then /dashboard, /facturi",
    },
    groupRole: "member",
    backend: "roa2web",
    // The backend's own URL and the internal key it was started with (it calls the bot with it too).
    settings: (roa2web) => ({ ERP_API_URL: roa2web.url, ERP_INTERNAL_API_KEY: roa2web.internalApiKey }),
  }),
  moderation: withBackend({
    profile: {
      token: "7100000004:DEMO_moderation_playground_token",
      username: "moderation_bot",
      name: "Moderation",
      description: "Group moderation: /settings, /mute, /ban, /warn, /kick, /info",
    },
    groupRole: "admin",
    // What it needs to moderate, stated rather than left to the usual set; never promoting.
    groupRights: {
      can_manage_chat: true,
      can_delete_messages: true,
      can_restrict_members: true,
      can_pin_messages: true,
      can_invite_users: true,
      can_change_info: true,
    },
    logChannel: true,
    onClock: (clock) => createModerationModule({ now: () => clock.now() }),
    backend: "apiv2",
    settings: (api) => ({ API_V2_URL: api.url, API_V2_KEY: api.key }),
  }),
};

/** A bot for a registered module that has no entry above: defaults only. */
export function fallbackDemoBot(moduleName: string, index: number): DemoBotSpec {
  return {
    profile: {
      token: `71000009${String(index).padStart(2, "0")}:DEMO_${moduleName.replace(/-/g, "_")}_playground_token`,
      username: `${moduleName.replace(/-/g, "_")}_bot`,
      name: moduleName,
      description: `The ${moduleName} module`,
    },
    groupRole: "member",
  };
}
