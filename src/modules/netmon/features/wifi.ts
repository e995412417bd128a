/** /wifi: SSIDs, whether they are on, and their security mode; never a key. */
import type { Netmon } from "../runtime.js";
import { renderWifi } from "../views/wifi.js";
import { type ReportBuilder, reportCommand } from "./reportDelivery.js";

export const buildWifi: ReportBuilder = async (ctx, netmon, target) => {
  const networks = await netmon.plume.wifiNetworks(target.userId, target);
  return { text: renderWifi(networks, target.locationName, ctx.t) };
};

export const wifiFeature = (netmon: Netmon) => reportCommand(netmon, "wifi", "wf", buildWifi);
