/** The netmon line of /start: the user's next step, from what is stored about them. */
import type { BotContext } from "../../../kernel/context.js";
import type { Netmon } from "../runtime.js";

export async function netmonStartHint(ctx: BotContext, netmon: Netmon): Promise<string | undefined> {
  const userId = ctx.from?.id;
  if (userId === undefined) return undefined;
  if (!(await netmon.vault.has(userId))) {
    return ctx.t(ctx.chat?.type === "private" ? "netmon-hint-setup" : "netmon-need-setup-group");
  }
  const choice = await netmon.choices.get(userId);
  if (!choice) return ctx.t("netmon-hint-locations");
  return ctx.t("netmon-hint-status", { location: choice.locationName });
}
