/** /status: the location's health, pods, speed test and devices, with the way to every other report. */
import { analyzeLocationHealth } from "../domain/locationHealth.js";
import type { Netmon } from "../runtime.js";
import { renderStatus } from "../views/status.js";
import { type ReportBuilder, reportCommand } from "./reportDelivery.js";

export const buildStatus: ReportBuilder = async (ctx, netmon, target) => {
  const [location, nodes] = await Promise.all([
    netmon.plume.location(target.userId, target),
    netmon.plume.nodes(target.userId, target),
  ]);
  const health = analyzeLocationHealth(location, nodes);
  const header = {
    locationName: target.locationName,
    ...(target.customerName ? { customerName: target.customerName } : {}),
  };
  return { text: renderStatus(health, header, ctx.t, netmon.now()) };
};

export const statusFeature = (netmon: Netmon) => reportCommand(netmon, "status", "st", buildStatus);
