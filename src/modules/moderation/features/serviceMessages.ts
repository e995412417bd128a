/**
 * Deletes the "X joined the group" and "X left the group" service messages when the group's
 * `auto_delete.service_messages` is on (Rose's "cleanservice"). It needs the right to delete
 * messages; a bot without it tells the group once a day (botRights.ts), not at every join. Every
 * update goes on to the features after this one, which may still want to read it.
 */
import { Composer } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { botRights } from "./botRights.js";
import type { NewcomerDeps } from "./welcome.js";

export function serviceMessagesFeature(deps: NewcomerDeps) {
  const rights = botRights(deps.mod);
  const feature = new Composer<BotContext>();
  feature
    .chatType(["group", "supergroup"])
    .on(["message:new_chat_members", "message:left_chat_member"], async (ctx, next) => {
      const settings = await deps.mod.settings.get(ctx.chat.id);
      if (
        settings.auto_delete.service_messages &&
        (await rights.holds(ctx, ctx.chat.id, "can_delete_messages", "mod-service-cannot-delete"))
      ) {
        // Refused although the right is held: the message went already (another bot was quicker).
        await ctx.deleteMessage().catch((error: unknown) => {
          ctx.log.info({ err: error }, "moderation: service message not deleted");
        });
      }
      await next();
    });
  return feature;
}
