/**
 * `/clear` (reply or id): clears a member's warnings in API V2, which counts them. Admins with the
 * right to restrict members only, like the member actions; an anonymous admin confirms with a
 * button. Nothing changes on Telegram, so when API V2 does not answer the admin is told to retry.
 */
import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../../kernel/context.js";
import type { Moderation } from "../runtime.js";
import { HTML, type Member, mention } from "../views.js";
import { NEEDED_RIGHT } from "./actionSpecs.js";
import { admitAdmin, resolveTarget } from "./memberActions.js";

const payloadSchema = z.object({
  target: z.object({ id: z.number().int().positive(), name: z.string() }),
});

async function clear(mod: Moderation, ctx: BotContext, chatId: number, adminId: number, target: Member) {
  const targetHtml = mention(target);
  try {
    await mod.api.clearWarnings({
      groupId: chatId,
      userId: target.id,
      adminId,
      idempotencyKey: `${mod.bot.id}-${ctx.update.update_id}`,
    });
  } catch (error) {
    ctx.log.warn({ err: error, chatId }, "moderation: API V2 could not clear warnings");
    await ctx.reply(ctx.t("mod-clear-failed", { targetHtml }), HTML);
    return;
  }
  await ctx.reply(ctx.t("mod-done-clear", { targetHtml }), HTML);
}

export function clearWarningsFeature(mod: Moderation) {
  const feature = new Composer<BotContext>();
  const confirmable = mod.anonymous.register("clear", {
    right: NEEDED_RIGHT,
    payload: payloadSchema,
    run: (ctx, { chatId, admin, payload }) => clear(mod, ctx, chatId, admin.id, payload.target),
  });
  feature.command("clear", async (ctx) => {
    const admitted = await admitAdmin(mod, ctx);
    if (!admitted) return;
    const { group, actor } = admitted;
    const resolved = await resolveTarget(ctx, group.id, "clear", false);
    if (!resolved) return;
    if (actor.kind === "anonymous_admin") {
      await confirmable.ask(ctx, { target: resolved.target }, "/clear");
      return;
    }
    await clear(mod, ctx, group.id, actor.id, resolved.target);
  });
  return feature;
}
