/** /nodes: per pod model, firmware, MAC, IP, connection state and since when. */
import type { Netmon } from "../runtime.js";
import { renderNodes } from "../views/nodes.js";
import { type ReportBuilder, reportCommand } from "./reportDelivery.js";

export const buildNodes: ReportBuilder = async (ctx, netmon, target) => {
  const nodes = await netmon.plume.nodes(target.userId, target);
  return { text: renderNodes(nodes, target.locationName, ctx.t, netmon.now()) };
};

export const nodesFeature = (netmon: Netmon) => reportCommand(netmon, "nodes", "nd", buildNodes);
