/**
 * The bot's own admin rights for what it does on its own in a group (locks delete messages,
 * flood control restricts members), and the notice when it lacks one: said in the group and
 * logged once a day per (group, right) on this instance, not for every message that runs into it.
 */
import type { BotContext } from "../../../kernel/context.js";
import type { AdminRight } from "../../../platform/groups/index.js";
import type { Moderation } from "../runtime.js";
import { HTML } from "../views.js";

/** How often a group is told again that the bot still lacks a right. */
const NOTICE_EVERY_MS = 24 * 60 * 60_000;
/** A cached list saying the bot lacks a right is refetched once it is older than this. */
const RECHECK_AFTER_MS = 60_000;

export interface BotRights {
  /**
   * Whether the bot holds `right` in `chatId`, from the admin cache (refetched once when the
   * cached list says no and is older than a minute). When it does not, the group is told with
   * `textKey` (variable `right`) unless it was told today. False when Telegram does not answer.
   */
  holds(ctx: BotContext, chatId: number, right: AdminRight, textKey: string): Promise<boolean>;
}

export function botRights(mod: Moderation): BotRights {
  const told = new Map<string, number>();

  const has = async (chatId: number, botId: number, right: AdminRight): Promise<boolean> => {
    const cached = await mod.admins.rights(chatId, botId);
    if (cached?.[right]) return true;
    return (await mod.admins.rights(chatId, botId, { maxAgeMs: RECHECK_AFTER_MS }))?.[right] === true;
  };

  return {
    async holds(ctx, chatId, right, textKey) {
      let held: boolean;
      try {
        held = await has(chatId, ctx.me.id, right);
      } catch (error) {
        ctx.log.warn({ err: error, chatId }, "moderation: the group's admin list is unavailable");
        return false;
      }
      const at = `${chatId}:${right}`;
      if (held) {
        told.delete(at);
        return true;
      }
      const last = told.get(at);
      if (last !== undefined && mod.now() - last < NOTICE_EVERY_MS) return false;
      told.set(at, mod.now());
      mod.logger.warn({ chatId, right }, "moderation: the bot lacks an admin right a group setting needs");
      try {
        await ctx.reply(ctx.t(textKey, { right: ctx.t(`group-right-${right}`) }), HTML);
      } catch (error) {
        ctx.log.info({ err: error, chatId }, "moderation: could not tell the group of a missing right");
      }
      return false;
    },
  };
}
