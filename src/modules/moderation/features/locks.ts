/**
 * Locks: a group's `locks` (API V2's content types: `url`, `photo`, `forward`…) delete a
 * non-admin's message that carries one of them. Each deletion is recorded in API V2 as a bot
 * event (`lock_<type>`) and posted to the log channel, both without holding up the group's next
 * message; an ordinary message that breaks no lock costs no request at all. A bot added by a
 * member of a group that locks `bot` is also removed. Without the right to delete messages the
 * bot says so once (botRights.ts) instead of failing on every message.
 */
import type { Message } from "grammy/types";
import type { BotContext } from "../../../kernel/context.js";
import { recordEvent, updateKey } from "../actionRecords.js";
import type { LockType } from "../apiV2Schemas.js";
import { lockedType } from "../domain/contentTypes.js";
import type { Moderation } from "../runtime.js";
import type { Member } from "../views.js";
import type { BotRights } from "./botRights.js";
import { applyOnTelegram } from "./telegramActions.js";

export interface LockCheck {
  chatId: number;
  message: Message;
  locks: ReadonlySet<string>;
  /** The author as a member (undefined when a channel wrote it). */
  author: Member | undefined;
  /** Whether the author is exempt (an admin); asked only when the message breaks a lock. */
  exempt: () => Promise<boolean>;
}

/** The bots `message` adds to the group, other than this one. */
const addedBots = (message: Message, me: number) =>
  (message.new_chat_members ?? []).filter((member) => member.is_bot && member.id !== me);

export function lockEnforcer(mod: Moderation, rights: BotRights) {
  /** The lock API V2 and the log channel hear of, in the background. */
  const record = (ctx: BotContext, check: LockCheck, type: LockType) => {
    const action = `lock_${type}`;
    void recordEvent(
      mod,
      {
        groupId: check.chatId,
        userId: check.author?.id,
        action,
        at: new Date(mod.now()),
        idempotencyKey: updateKey(mod, ctx, ":lock"),
      },
      ctx.log,
    );
    const title = ctx.chat && "title" in ctx.chat ? ctx.chat.title : undefined;
    void mod.logChannel.post(
      {
        groupId: check.chatId,
        groupTitle: title,
        action,
        admin: undefined,
        target: check.author,
        reason: undefined,
        seconds: undefined,
        timed: false,
      },
      ctx.t,
    );
  };

  const removeBots = async (ctx: BotContext, chatId: number, bots: Message["new_chat_members"]) => {
    if (!(await rights.holds(ctx, chatId, "can_restrict_members", "mod-lock-bot-cannot-remove"))) return;
    for (const bot of bots ?? []) {
      try {
        await applyOnTelegram(ctx.api, chatId, bot.id, "kick", undefined, mod.now());
      } catch (error) {
        ctx.log.info({ err: error, botId: bot.id }, "moderation: could not remove an added bot");
      }
    }
  };

  /** Deletes `check.message` when it breaks a lock; true when it was deleted. */
  return async function enforce(ctx: BotContext, check: LockCheck): Promise<boolean> {
    const type = lockedType(check.message, check.locks);
    if (type === undefined) return false;
    // This bot being added is not a member adding a bot.
    const bots = type === "bot" ? addedBots(check.message, ctx.me.id) : [];
    if (type === "bot" && bots.length === 0) return false;
    if (await check.exempt()) return false;
    if (!(await rights.holds(ctx, check.chatId, "can_delete_messages", "mod-lock-bot-cannot-delete"))) {
      return false;
    }
    try {
      await ctx.api.deleteMessage(check.chatId, check.message.message_id);
    } catch (error) {
      // Gone already (another admin, or the author), or too old: nothing left to do.
      ctx.log.info({ err: error, type }, "moderation: a locked message could not be deleted");
      return false;
    }
    if (bots.length > 0) await removeBots(ctx, check.chatId, bots);
    record(ctx, check, type);
    return true;
  };
}

export type LockEnforcer = ReturnType<typeof lockEnforcer>;
