/**
 * What kinds of content a message carries, in API V2's lock names (`url`, `photo`, `forward`…):
 * the classifier a group's locks are matched with. Pure and cheap (one pass over the entities),
 * as it runs for every ordinary message of a group that has locks on.
 */
import type { Message, MessageEntity } from "grammy/types";
import { LOCK_TYPES, type LockType } from "../apiV2Schemas.js";

/**
 * Invite links: t.me/+HASH, t.me/joinchat/HASH (also on telegram.me and telegram.dog) and
 * tg://join?invite=HASH. `t.me/+` followed by digits only is a phone-number link, not an invite.
 */
const INVITE_LINK =
  /^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)\/(?:joinchat\/[\w-]+|\+(?!\d+(?:[/?#]|$))[\w-]+)|^tg:\/\/join\?invite=[\w-]+/i;

/** Whether `link` (as written, or a text link's target) invites to a Telegram chat. */
export function isInviteLink(link: string): boolean {
  return INVITE_LINK.test(link.trim());
}

/** The entities and the text they point into: a text message's, or a media caption's. */
function entitiesOf(message: Message): { text: string; entities: readonly MessageEntity[] } {
  if (message.text !== undefined) return { text: message.text, entities: message.entities ?? [] };
  return { text: message.caption ?? "", entities: message.caption_entities ?? [] };
}

/**
 * The lock types `message` matches, in API V2's order, each once. `bot` is a bot among the
 * members someone added; `button` an inline keyboard under the message; `inline` a message sent
 * through an inline bot; `gif` an animation (which Telegram also marks as a document: it counts
 * as a gif only); `text` any text message, commands included; `url` a link (a written one or a
 * text link), and an invite link is also `invitelink`.
 */
export function contentTypes(message: Message): LockType[] {
  const found = new Set<LockType>();
  if (message.audio) found.add("audio");
  if (message.new_chat_members?.some((member) => member.is_bot)) found.add("bot");
  if (message.reply_markup?.inline_keyboard.some((row) => row.length > 0)) found.add("button");
  if (message.contact) found.add("contact");
  if (message.document && !message.animation) found.add("document");
  if (message.forward_origin) found.add("forward");
  if (message.game) found.add("game");
  if (message.animation) found.add("gif");
  if (message.via_bot) found.add("inline");
  if (message.location || message.venue) found.add("location");
  if (message.photo) found.add("photo");
  if (message.poll) found.add("poll");
  if (message.sticker) found.add("sticker");
  if (message.text !== undefined) found.add("text");
  if (message.video) found.add("video");
  if (message.video_note) found.add("videonote");
  if (message.voice) found.add("voice");

  const { text, entities } = entitiesOf(message);
  for (const entity of entities) {
    switch (entity.type) {
      case "bot_command":
        found.add("command");
        break;
      case "email":
        found.add("email");
        break;
      case "phone_number":
        found.add("phone");
        break;
      case "url":
      case "text_link": {
        found.add("url");
        const link =
          entity.type === "text_link" ? entity.url : text.slice(entity.offset, entity.offset + entity.length);
        if (isInviteLink(link)) found.add("invitelink");
        break;
      }
    }
  }
  return LOCK_TYPES.filter((type) => found.has(type));
}

/**
 * The lock of `locks` that `message` breaks, or undefined: what a group's locks delete it for.
 * The most telling one when it breaks several: `text` (which every text message is) only last.
 */
export function lockedType(message: Message, locks: ReadonlySet<string>): LockType | undefined {
  if (locks.size === 0) return undefined;
  const types = contentTypes(message);
  return types.find((type) => type !== "text" && locks.has(type)) ?? types.find((type) => locks.has(type));
}
