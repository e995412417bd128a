/**
 * Auto-delete of commands (`auto_delete.commands`): once moderation handled one of its commands
 * in a group, the command's message is deleted, so a group's history keeps the bot's answers and
 * not the admins' `/mute 10m`. First among the module's features so it wraps all of them. Other
 * commands (another bot's, or one no module takes) reach the module as chatter, which does not
 * pass here, so every command seen here is moderation's.
 * A command whose handling failed stays, for the admin to see what they typed.
 */
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { commandFor } from "../../../kernel/updateKind.js";
import type { Moderation } from "../runtime.js";

export function autoDeleteCommandsFeature(mod: Moderation): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    const message = ctx.message;
    const command =
      message !== undefined && (chat?.type === "group" || chat?.type === "supergroup") && commandFor(ctx);
    await next();
    if (!command || !chat || !message) return;
    if (!(await mod.settings.get(chat.id)).auto_delete.commands) return;
    try {
      await ctx.api.deleteMessage(chat.id, message.message_id);
    } catch (error) {
      // Without the right to delete, or deleted already (a lock on commands): the command stays.
      ctx.log.info({ err: error }, "moderation: could not delete a handled command");
    }
  };
}
