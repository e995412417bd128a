/** /status: the user's sign-in (name, role, since when, until when if idle), or how to sign in. */
import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { type Crm, userIdOf } from "../runtime.js";
import { HTML } from "../views/format.js";
import { statusText } from "../views/sessionViews.js";

export function statusFeature(crm: Crm) {
  const feature = new Composer<BotContext>();
  feature.command("status", async (ctx) => {
    const session = await crm.sessions.get(userIdOf(ctx));
    await ctx.reply(
      session ? statusText(ctx.t, session, crm.sessions.endsAt(session)) : ctx.t("crm-status-signed-out"),
      HTML,
    );
  });
  return feature;
}
