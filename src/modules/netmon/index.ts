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
import { accessFeature } from "./features/access.js";
import { alertsFeature } from "./features/alerts.js";
import { flowControlFeature } from "./features/flowControl.js";
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
import { LOCALES_DIR, type NetmonOptions, netmonRuntime } from "./runtime.js";

export { type NetmonConfig, netmonConfigSchema } from "./config.js";
export type { NetmonOptions } from "./runtime.js";

/** The module; `options` exist for tests (a controllable clock). */
export function createNetmonModule(options: NetmonOptions = {}) {
  return defineModule({
    name: "netmon",
    config: netmonConfigSchema,
    locales: LOCALES_DIR,
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
      { command: "cancel", description: "netmon-cmd-cancel", hidden: true },
    ],
    setup({ composer, services, config, bot }) {
      const netmon = netmonRuntime(services, config, bot, options);
      // The allowlist first: nothing below (nor the base module's /start) runs for strangers.
      composer.use(accessFeature(config.NETMON_ALLOWED_USERS));
      composer.use(flowControlFeature(netmon));
      composer.use(setupFeature(netmon));
      composer.use(locationsFeature(netmon));
      composer.use(statusFeature(netmon));
      composer.use(wanFeature(netmon));
      composer.use(statsFeature(netmon));
      composer.use(nodesFeature(netmon));
      composer.use(wifiFeature(netmon));
      composer.use(reportButtonsFeature(netmon));
      composer.use(alertsFeature(netmon));
      composer.use(logoutFeature(netmon));
    },
    startHint: (ctx, config) =>
      netmonStartHint(ctx, netmonRuntime(ctx.services, config, ctx.botIdentity, options)),
    jobs: [
      {
        name: "alerts",
        every: (config) => config.NETMON_ALERT_INTERVAL * 1000,
        async run(_data, { services, config, bot, api }) {
          const result = await pollAlerts(netmonRuntime(services, config, bot, options), api);
          services.logger.debug({ bot: bot.id, module: "netmon", ...result }, "netmon: alerts polled");
        },
      },
    ],
  });
}

export default createNetmonModule();
