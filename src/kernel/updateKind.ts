/** What kind of update a context holds, as the kernel's routing, logging and fast path see it. */
import type { BotContext } from "./context.js";

/**
 * A command addressed to this bot (`/cmd`, or `/cmd@thisbot` in a group), lower-cased, from a
 * message, an edited message or a channel post; undefined for anything else.
 */
export function commandFor(ctx: BotContext): string | undefined {
  const message = ctx.message ?? ctx.editedMessage ?? ctx.channelPost;
  const entity = message?.entities?.[0];
  if (!message?.text || entity?.type !== "bot_command" || entity.offset !== 0) return undefined;
  const [name, addressee] = message.text.slice(1, entity.length).split("@");
  if (addressee && addressee.toLowerCase() !== ctx.me.username.toLowerCase()) return undefined;
  return name?.toLowerCase();
}

/** An ordinary message in a group: the path that must stay cheap. */
export function isGroupChatter(ctx: BotContext): boolean {
  const type = ctx.chat?.type;
  return (
    (type === "group" || type === "supergroup") &&
    (ctx.message ?? ctx.editedMessage) !== undefined &&
    commandFor(ctx) === undefined
  );
}

/** The update's kind: `message`, `callback_query`, `chat_member`, … */
export function updateType(ctx: BotContext): string {
  return Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
}
