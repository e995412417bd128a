/**
 * /logout: forgets the user's credentials, token and location, and stops the alerts that were
 * polled with their credentials (nobody could poll them any more).
 */
import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import type { Netmon } from "../runtime.js";
import { HTML, isPrivate } from "./plumeAccess.js";

export function logoutFeature(netmon: Netmon) {
  const feature = new Composer<BotContext>();
  feature.command("logout", async (ctx) => {
    if (!isPrivate(ctx)) {
      await ctx.reply(ctx.t("netmon-logout-private-only"), HTML);
      return;
    }
    const userId = ctx.from!.id;
    const had = await netmon.vault.delete(userId);
    await netmon.choices.forget(userId);
    const subscriptions = await netmon.subscriptions.ofOwner(userId);
    for (const s of subscriptions) await netmon.subscriptions.remove(s.chatId, s.locationId);
    if (had) {
      await netmon.services.audit.record({
        bot: ctx.botIdentity.id,
        module: "netmon",
        actor: String(userId),
        action: "logout",
        details: { alertsRemoved: subscriptions.length },
        result: "ok",
      });
    }
    await ctx.reply(
      had ? ctx.t("netmon-logout-done", { alerts: subscriptions.length }) : ctx.t("netmon-logout-nothing"),
      HTML,
    );
  });
  return feature;
}
