/**
 * /cancel, and the rule that a command ends any flow in progress: a user who gives up on /setup
 * by sending /status gets their status, and nothing they type later is taken for a header.
 */
import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { commandOf } from "../../../kernel/middleware/updateLogger.js";
import type { Netmon } from "../runtime.js";
import { clearFlow, currentFlow } from "./flow.js";
import { HTML } from "./plumeAccess.js";

export function flowControlFeature(netmon: Netmon) {
  const feature = new Composer<BotContext>();
  feature.command("cancel", async (ctx) => {
    const flow = currentFlow(ctx, netmon.now());
    clearFlow(ctx);
    await ctx.reply(ctx.t(flow ? "netmon-cancelled" : "netmon-nothing-to-cancel"), HTML);
  });
  feature.on("message", async (ctx, next) => {
    if (commandOf(ctx) !== undefined && currentFlow(ctx, netmon.now())) clearFlow(ctx);
    return next();
  });
  return feature;
}
