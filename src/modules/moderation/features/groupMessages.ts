/**
 * Ordinary group messages, at group speed: every message the module is handed in a group goes
 * past the member directory (who is @who), then the group's locks and flood control. The group's
 * settings come from memory (settingsCache.ts) and the admin check (adminCache's in-memory copy)
 * is made only for a message that breaks a lock or makes a flood, so a message that does neither
 * costs no API V2 request, no Bot API call and no store round trip. A message deleted for a lock
 * goes no further; everything else is passed on to the module's other features (joins, reports).
 */
import type { MiddlewareFn } from "grammy";
import type { Message } from "grammy/types";
import type { BotContext } from "../../../kernel/context.js";
import { commandFor } from "../../../kernel/updateKind.js";
import { actingUser } from "../../../platform/groups/index.js";
import type { Moderation } from "../runtime.js";
import { memberOf } from "../views.js";
import { botRights } from "./botRights.js";
import { floodControl } from "./flood.js";
import { lockEnforcer } from "./locks.js";

/** Fields only service messages carry (joins, leaves, pins, title changes…): never a flood. */
const SERVICE_FIELDS = [
  "new_chat_members",
  "left_chat_member",
  "new_chat_title",
  "new_chat_photo",
  "delete_chat_photo",
  "group_chat_created",
  "supergroup_chat_created",
  "migrate_from_chat_id",
  "migrate_to_chat_id",
  "pinned_message",
  "message_auto_delete_timer_changed",
  "video_chat_scheduled",
  "video_chat_started",
  "video_chat_ended",
  "video_chat_participants_invited",
  "forum_topic_created",
  "forum_topic_edited",
  "forum_topic_closed",
  "forum_topic_reopened",
  "general_forum_topic_hidden",
  "general_forum_topic_unhidden",
  "boost_added",
  "chat_background_set",
  "proximity_alert_triggered",
  "write_access_allowed",
] as const;

const isService = (message: Message): boolean => SERVICE_FIELDS.some((field) => field in message);

/**
 * Group chatter: an ordinary message (new or edited) in a group that is not a service message
 * and not one of `own` commands (the kernel hands the module another bot's command, or one no
 * module takes, as an ordinary message). Only the chatter features (this one, reports) take it.
 */
export function isChatter(ctx: BotContext, own: ReadonlySet<string>): boolean {
  const chat = ctx.chat;
  if (!chat || (chat.type !== "group" && chat.type !== "supergroup")) return false;
  const message = ctx.message ?? ctx.editedMessage;
  if (!message || isService(message)) return false;
  const command = commandFor(ctx);
  return command === undefined || !own.has(command);
}

/** The group's locks as a set, made once per settings value (they are replaced whole on refresh). */
const lockSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function lockSetOf(locks: readonly string[]): ReadonlySet<string> {
  let set = lockSets.get(locks);
  if (!set) {
    set = new Set(locks);
    lockSets.set(locks, set);
  }
  return set;
}

export function groupMessagesFeature(mod: Moderation): MiddlewareFn<BotContext> {
  const rights = botRights(mod);
  const enforceLocks = lockEnforcer(mod, rights);
  const countFlood = floodControl(mod, rights);

  return async (ctx, next) => {
    const chat = ctx.chat;
    if (!chat || (chat.type !== "group" && chat.type !== "supergroup")) return next();
    const joined = ctx.chatMember?.new_chat_member.user;
    if (joined) {
      await mod.members.see(chat.id, joined);
      return next();
    }
    const message = ctx.message ?? ctx.editedMessage;
    if (!message) return next();

    if (message.from) await mod.members.see(chat.id, message.from);
    for (const member of message.new_chat_members ?? []) await mod.members.see(chat.id, member);

    const settings = await mod.settings.get(chat.id);
    const locks = lockSetOf(settings.locks);
    const flood = settings.flood.enabled && ctx.message !== undefined;
    if (locks.size === 0 && !flood) return next();

    const sender = actingUser(ctx);
    // An anonymous admin, and the group's linked channel forwarding its posts, are the group's own.
    if (!sender || sender.kind === "anonymous_admin" || message.is_automatic_forward) return next();
    const author = sender.kind === "user" && message.from ? memberOf(message.from) : undefined;
    let admin: Promise<boolean> | undefined;
    const exempt = () => {
      if (sender.kind !== "user") return Promise.resolve(false);
      admin ??= mod.admins.isAdmin(chat.id, sender.id).catch((error: unknown) => {
        // Unsure who is an admin: act on nobody.
        ctx.log.warn({ err: error, chatId: chat.id }, "moderation: the group's admin list is unavailable");
        return true;
      });
      return admin;
    };

    const deleted = await enforceLocks(ctx, { chatId: chat.id, message, locks, author, exempt });
    if (flood && author && !isService(message)) {
      await countFlood(ctx, {
        chatId: chat.id,
        author,
        sentAt: message.date,
        flood: settings.flood,
        exempt,
      });
    }
    // A deleted message is over; a service message still goes to the joins feature.
    if (deleted && !isService(message)) return;
    return next();
  };
}
