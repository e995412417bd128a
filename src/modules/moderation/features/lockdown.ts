/**
 * `/lockdown` and `/unlock`: an admin with the right to restrict members closes the whole chat
 * (only admins can write) and opens it again with exactly the permissions it had (chatClosure.ts).
 * A lockdown and the night can hold at once: the chat opens when both are lifted. Recorded in
 * API V2 as `lockdown`/`unlock` (the outbox keeps the record when API V2 is down). An anonymous
 * admin confirms with a button. `setLockdown` is also what the /settings panel calls.
 */
import { Composer } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../../kernel/context.js";
import { recordAction, recordLine } from "../actionRecords.js";
import type { Moderation } from "../runtime.js";
import { HTML, lines, type Member, memberOf, senderMember } from "../views.js";
import { NEEDED_RIGHT } from "./actionSpecs.js";
import { botCannotClose, closeChat, closureDeps, reopenChat, telegramRefusal } from "./chatClosure.js";
import { admitAdmin } from "./memberActions.js";
import { nightEndText } from "./nightMode.js";

/**
 * Locks the chat down (`on`) or lifts the lockdown, as `admin`; gives back the answer (HTML), and
 * sends nothing itself. Refuses when the bot lacks the right; says so when there is nothing to do.
 */
export async function setLockdown(
  mod: Moderation,
  ctx: BotContext,
  chatId: number,
  admin: Member,
  on: boolean,
): Promise<string> {
  const refusal = await botCannotClose(mod, ctx, chatId);
  if (refusal) return refusal;
  const deps = closureDeps(mod, ctx);
  let headline: string;
  try {
    if (on) {
      const outcome = await closeChat(deps, chatId, "lockdown");
      if (outcome === "already") return ctx.t("mod-lockdown-already");
      headline = ctx.t(outcome === "closed" ? "mod-lockdown-done" : "mod-lockdown-during-night");
    } else {
      const outcome = await reopenChat(deps, chatId, "lockdown");
      if (outcome.kind === "not-closed") return ctx.t("mod-unlock-not-locked");
      headline =
        outcome.kind === "opened"
          ? ctx.t("mod-unlock-done")
          : ctx.t("mod-unlock-night-holds", { untilHtml: await nightEndText(mod, ctx, chatId) });
    }
  } catch (error) {
    return telegramRefusal(ctx, error);
  }
  const recorded = await recordAction(
    mod,
    ctx,
    chatId,
    {
      action: on ? "lockdown" : "unlock",
      target: undefined,
      admin,
      seconds: undefined,
      reason: undefined,
      timed: false,
    },
    { queue: true },
  );
  // The panel and /status read the lockdown state from API V2 next.
  await mod.settings.fresh(chatId).catch(() => undefined);
  return lines(headline, recordLine(ctx, recorded));
}

export function lockdownFeature(mod: Moderation) {
  const feature = new Composer<BotContext>();
  const confirmable = mod.anonymous.register("lockdown", {
    right: NEEDED_RIGHT,
    payload: z.object({ on: z.boolean() }),
    run: async (ctx, { chatId, admin, payload }) => {
      const text = await setLockdown(mod, ctx, chatId, memberOf(admin), payload.on);
      await ctx.reply(text, HTML);
    },
  });

  for (const [command, on] of [
    ["lockdown", true],
    ["unlock", false],
  ] as const) {
    feature.command(command, async (ctx) => {
      const admitted = await admitAdmin(mod, ctx);
      if (!admitted) return;
      const { group, actor } = admitted;
      if (actor.kind === "anonymous_admin") {
        await confirmable.ask(ctx, { on }, `/${command}`);
        return;
      }
      await ctx.reply(await setLockdown(mod, ctx, group.id, senderMember(ctx, actor.id), on), HTML);
    });
  }
  return feature;
}
