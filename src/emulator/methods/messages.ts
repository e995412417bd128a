/**
 * Text messages: sending, editing (text, caption, keyboard), deleting, and chat actions.
 */
import type { ApiMessage, MessageEntity } from "../apiTypes.js";
import { badRequest } from "../errors.js";
import { captionText, messageText } from "../formattedText.js";
import { isAdmin, rightsOf } from "../membership.js";
import { emitMessage } from "../routing.js";
import type { ChatRecord, StoredMessage } from "../state.js";
import { chatInfo } from "../transcript.js";
import type { Params } from "../validate.js";
import { type MethodContext, type MethodTable, resolveChat } from "./methodContext.js";
import { inlineKeyboardOf, sendFromBot, textFields } from "./outgoing.js";

/** Bots may delete messages younger than this (core.telegram.org/bots/api#deletemessage). */
const DELETE_WINDOW_MS = 48 * 3600 * 1000;

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

function sendMessage(ctx: MethodContext, params: Params): ApiMessage {
  const chat = resolveChat(ctx, params.chat_id, true);
  const formatted = messageText(
    params.text as string,
    params.parse_mode as string | undefined,
    params.entities as MessageEntity[] | undefined,
  );
  return sendFromBot(ctx, chat, "messages", textFields(formatted, "text"), params);
}

/** The bot's own message to edit. @throws BotApiError 400 as Telegram words each case */
export function editable(ctx: MethodContext, params: Params): { chat: ChatRecord; stored: StoredMessage } {
  if (params.inline_message_id !== undefined) throw badRequest("MESSAGE_ID_INVALID");
  if (params.chat_id === undefined) throw badRequest("chat_id is empty");
  if (params.message_id === undefined) throw badRequest("message identifier is not specified");
  const chat = resolveChat(ctx, params.chat_id);
  const stored = chat.messages.get(params.message_id as number);
  if (!stored || stored.deleted) throw badRequest("message to edit not found");
  if (stored.senderId !== ctx.bot.id) throw badRequest("message can't be edited");
  return { chat, stored };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Applies an edit unless it changes nothing, stamps edit_date, announces it. */
export function applyEdit(
  ctx: MethodContext,
  chat: ChatRecord,
  stored: StoredMessage,
  changes: Partial<ApiMessage>,
  markup: unknown,
): ApiMessage {
  const next: ApiMessage = { ...stored.message, ...changes };
  for (const key of Object.keys(changes) as (keyof ApiMessage)[]) {
    if (changes[key] === undefined) delete next[key];
  }
  const inline = inlineKeyboardOf(markup);
  if (inline) next.reply_markup = inline;
  else delete next.reply_markup;
  const unchanged =
    same(next.text, stored.message.text) &&
    same(next.entities, stored.message.entities) &&
    same(next.caption, stored.message.caption) &&
    same(next.caption_entities, stored.message.caption_entities) &&
    same(next.photo, stored.message.photo) &&
    same(next.document, stored.message.document) &&
    same(next.reply_markup, stored.message.reply_markup);
  if (unchanged) throw badRequest(NOT_MODIFIED);
  next.edit_date = ctx.core.state.nowSeconds();
  stored.message = next;
  stored.sentMarkup = markup;
  emitMessage(ctx.core, chat, stored, "message.edited");
  return next;
}

function editMessageText(ctx: MethodContext, params: Params): ApiMessage {
  const { chat, stored } = editable(ctx, params);
  if (stored.message.text === undefined) throw badRequest("there is no text in the message to edit");
  const formatted = messageText(
    params.text as string,
    params.parse_mode as string | undefined,
    params.entities as MessageEntity[] | undefined,
  );
  const changes = {
    text: formatted.text,
    entities: formatted.entities.length ? formatted.entities : undefined,
  };
  return applyEdit(ctx, chat, stored, changes, params.reply_markup);
}

function editMessageCaption(ctx: MethodContext, params: Params): ApiMessage {
  const { chat, stored } = editable(ctx, params);
  if (stored.message.text !== undefined) throw badRequest("there is no caption in the message to edit");
  const formatted = captionText(
    (params.caption as string | undefined) ?? "",
    params.parse_mode as string | undefined,
    params.caption_entities as MessageEntity[] | undefined,
  );
  const changes = {
    caption: formatted.text || undefined,
    caption_entities: formatted.entities.length ? formatted.entities : undefined,
  };
  return applyEdit(ctx, chat, stored, changes, params.reply_markup);
}

function editMessageReplyMarkup(ctx: MethodContext, params: Params): ApiMessage {
  const { chat, stored } = editable(ctx, params);
  return applyEdit(ctx, chat, stored, {}, params.reply_markup);
}

/** Whether the bot may delete `stored` in `chat` (Telegram's rules, 48-hour window included). */
function deletable(ctx: MethodContext, chat: ChatRecord, stored: StoredMessage): boolean {
  if (ctx.core.clock.now() - stored.sentAtMs >= DELETE_WINDOW_MS) return false;
  if (chat.type === "private" || stored.senderId === ctx.bot.id) return true;
  const member = ctx.core.state.member(chat, ctx.bot.id);
  if (!isAdmin(member)) return false;
  return chat.type === "group" || rightsOf(member)?.can_delete_messages === true;
}

function deleteOne(ctx: MethodContext, chat: ChatRecord, messageId: number): void {
  const stored = chat.messages.get(messageId);
  if (!stored || stored.deleted) throw badRequest("message to delete not found");
  if (!deletable(ctx, chat, stored)) throw badRequest("message can't be deleted");
  stored.deleted = true;
  ctx.core.events.emit({ type: "message.deleted", chat: chatInfo(ctx.core, chat), message_id: messageId });
}

function deleteMessage(ctx: MethodContext, params: Params): true {
  deleteOne(ctx, resolveChat(ctx, params.chat_id), params.message_id as number);
  return true;
}

function deleteMessages(ctx: MethodContext, params: Params): true {
  const ids = params.message_ids as number[];
  if (ids.length < 1 || ids.length > 100) throw badRequest("message_ids must contain 1-100 identifiers");
  const chat = resolveChat(ctx, params.chat_id);
  let deletedAny = false;
  for (const id of ids) {
    try {
      deleteOne(ctx, chat, id);
      deletedAny = true;
    } catch {
      // Telegram skips messages it cannot find or delete.
    }
  }
  if (!deletedAny) throw badRequest("message to delete not found");
  return true;
}

function sendChatAction(ctx: MethodContext, params: Params): true {
  const chat = resolveChat(ctx, params.chat_id, true);
  const action = params.action as string;
  if (!CHAT_ACTIONS.has(action)) throw badRequest("wrong parameter action in request");
  ctx.core.events.emit({ type: "chat.action", chat: chatInfo(ctx.core, chat), from: ctx.bot.user, action });
  return true;
}

export const messageMethods: MethodTable = {
  sendMessage,
  editMessageText,
  editMessageCaption,
  editMessageReplyMarkup,
  deleteMessage,
  deleteMessages,
  sendChatAction,
};
