/**
 * netmon: the Plume WiFi monitoring bot (the seeds' "Panoptes"). ISP support staff connect
 * their Plume partner API client (/setup), pick a customer's location (/locations) and read its
 * health, WAN consumption, online history, pods and WiFi networks; a chat can watch locations
 * and be told when something changes (/alerts).
 *
 * Read on: config.ts (settings) → plumeClient.ts and auth/ (the backend) → domain/ (analysis,
 * pure) → views/ (HTML) → features/ (handlers) → alerts/ (the polling job) → locales/.
 */
import { defineModule } from "../../kernel/defineModule.js";
import { pollAlerts } from "./alerts/alertPoller.js";
import { netmonConfigSchema } from "./config.js";
import { allowlist } from "./features/access.js";
import { alertsFeature } from "./features/alerts.js";
import { locationsFeature } from "./features/locations.js";
import { logoutFeature } from "./features/logout.js";
import { nodesFeature } from "./features/nodes.js";
import { reportButtonsFeature } from "./features/reportButtons.js";
import { setupFeature } from "./features/setup.js";
import { netmonStartHint } from "./features/startHint.js";
import { statsFeature } from "./features/stats.js";
import { statusFeature } from "./features/status.js";
import { wanFeature } from "./features/wan.js";
import { wifiFeature } from "./features/wifi.js";
import { createNetmon, LOCALES_DIR, type NetmonOptions } from "./runtime.js";

export { type NetmonConfig, netmonConfigSchema } from "./config.js";
export type { NetmonOptions } from "./runtime.js";

/** The module; `options` exist for tests (a controllable clock). */
export function createNetmonModule(options: NetmonOptions = {}) {
  return defineModule({
    name: "netmon",
    config: netmonConfigSchema,
    locales: LOCALES_DIR,
    callbackPrefix: "nm",
    // Private messages: the replies of /setup and /locations go by their forms, but an
    // Authorization header pasted with no form open must be deleted too.
    messages: "private",
    commands: [
      { command: "setup", description: "netmon-cmd-setup" },
      { command: "locations", description: "netmon-cmd-locations" },
      { command: "status", description: "netmon-cmd-status", scope: "all" },
      { command: "wan", description: "netmon-cmd-wan", scope: "all" },
      { command: "stats", description: "netmon-cmd-stats", scope: "all" },
      { command: "nodes", description: "netmon-cmd-nodes", scope: "all" },
      { command: "wifi", description: "netmon-cmd-wifi", scope: "all" },
      { command: "alerts", description: "netmon-cmd-alerts", scope: "all" },
      { command: "logout", description: "netmon-cmd-logout" },
    ],
    create({ services, config, bot, api, logger, sends }) {
      const netmon = createNetmon(services, config, bot, options);
      const access = allowlist(config.NETMON_ALLOWED_USERS);
      return {
        gate: access.gate,
        features: [
          setupFeature(netmon),
          locationsFeature(netmon),
          statusFeature(netmon),
          wanFeature(netmon),
          statsFeature(netmon),
          nodesFeature(netmon),
          wifiFeature(netmon),
          reportButtonsFeature(netmon),
          alertsFeature(netmon),
          logoutFeature(netmon),
        ],
        // Commands and buttons read the user's login and chosen location: in the kernel's round trip.
        prefetch: (ctx) =>
          ctx.from ? [netmon.vault.recordKey(ctx.from.id), netmon.keys.choice(ctx.from.id)] : [],
        startHint: (ctx) =>
          access.allows(ctx.from?.id) ? netmonStartHint(ctx, netmon) : ctx.t("netmon-private-bot"),
        // Ready unless Plume has been failing: its breakers are what every user's request meets.
        health: async () => netmon.plume.health(),
        jobs: [
          {
            name: "alerts",
            every: config.NETMON_ALERT_INTERVAL * 1000,
            async run() {
              const result = await pollAlerts(netmon, api, { throttle: sends });
              logger.debug(result, "netmon: alerts polled");
            },
          },
        ],
      };
    },
  });
}

export default createNetmonModule();
