/**
 * `/clear` (reply or id): clears a member's warnings in API V2, which counts them. Admins with the
 * right to restrict members only, like the member actions; an anonymous admin confirms with a
 * button. Nothing changes on Telegram, so when API V2 does not answer the admin is told to retry.
 * `clearMemberWarnings` is the work itself, shared with the /settings panel.
 */
import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../../kernel/context.js";
import { updateKey } from "../actionRecords.js";
import type { Moderation } from "../runtime.js";
import { HTML, type Member, mention } from "../views.js";
import { NEEDED_RIGHT } from "./actionSpecs.js";
import { admitAdmin, resolveTarget } from "./memberActions.js";

const payloadSchema = z.object({
  target: z.object({ id: z.number().int().positive(), name: z.string() }),
});

/**
 * Clears `target`'s warnings as `adminId` and gives back the answer, HTML (the command replies
 * with it, the /settings panel shows it). The caller has checked the admin's right.
 */
export async function clearMemberWarnings(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  adminId: number,
  target: Member,
): Promise<string> {
  const targetHtml = mention(target);
  try {
    const result = await mod.api.clearWarnings({
      groupId: chatId,
      userId: target.id,
      adminId,
      idempotencyKey: updateKey(mod, ctx),
    });
    if (result.status) mod.statuses.remember(result.status);
  } catch (error) {
    ctx.log.warn({ err: error, chatId }, "moderation: API V2 could not clear warnings");
    return ctx.t("mod-clear-failed", { targetHtml });
  }
  return ctx.t("mod-done-clear", { targetHtml });
}

export function clearWarningsFeature(mod: Moderation) {
  const feature = new Composer<BotContext>();
  const confirmable = mod.anonymous.register("clear", {
    right: NEEDED_RIGHT,
    payload: payloadSchema,
    run: async (ctx, { chatId, admin, payload }) =>
      ctx.reply(await clearMemberWarnings(mod, ctx, chatId, admin.id, payload.target), HTML),
  });
  feature.command("clear", async (ctx) => {
    const admitted = await admitAdmin(mod, ctx);
    if (!admitted) return;
    const { group, actor } = admitted;
    const resolved = await resolveTarget(mod, ctx, group.id, "clear", false);
    if (!resolved) return;
    if (actor.kind === "anonymous_admin") {
      await confirmable.ask(ctx, { target: resolved.target }, "/clear");
      return;
    }
    await ctx.reply(await clearMemberWarnings(mod, ctx, group.id, actor.id, resolved.target), HTML);
  });
  return feature;
}
