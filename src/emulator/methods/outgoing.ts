/**
 * What every send method shares: keyboard checks (Telegram's BUTTON_DATA_INVALID and friends),
 * reply_parameters, the bot's own send permissions in a group or channel, flood control, storing
 * the message and announcing it.
 */
import type { ApiMessage, InlineKeyboardButton, InlineKeyboardMarkup } from "../apiTypes.js";
import { badRequest } from "../errors.js";
import { rightsOf, type SendKind, sendRefusal } from "../membership.js";
import { emitMessage } from "../routing.js";
import type { ChatRecord, StoredMessage } from "../state.js";
import type { Params } from "../validate.js";
import type { MethodContext } from "./methodContext.js";

/** Fields of an inline button that give it an action; a button needs one. */
const BUTTON_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
];

/** The 64-byte limit is on UTF-8 bytes, not characters: Cyrillic data fills it twice as fast. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/**
 * Checks an inline keyboard the way Telegram does.
 * @throws BotApiError 400 BUTTON_DATA_INVALID for callback_data outside 1–64 bytes
 */
export function checkInlineKeyboard(markup: InlineKeyboardMarkup): void {
  for (const row of markup.inline_keyboard) {
    for (const button of row as InlineKeyboardButton[]) {
      if (!BUTTON_ACTIONS.some((action) => button[action] !== undefined)) {
        throw badRequest(
          "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        );
      }
      if (button.callback_data !== undefined) {
        const bytes = Buffer.byteLength(button.callback_data, "utf8");
        if (bytes < 1 || bytes > CALLBACK_DATA_MAX_BYTES) throw badRequest("BUTTON_DATA_INVALID");
      }
      if (button.url !== undefined && !/^(https?|tg):\/\/\S+$/i.test(button.url)) {
        throw badRequest("BUTTON_URL_INVALID");
      }
    }
  }
}

/** The inline keyboard of a reply_markup, checked; other markup kinds give undefined. */
export function inlineKeyboardOf(markup: unknown): InlineKeyboardMarkup | undefined {
  if (typeof markup !== "object" || markup === null || !("inline_keyboard" in markup)) return undefined;
  const inline = markup as InlineKeyboardMarkup;
  checkInlineKeyboard(inline);
  return inline.inline_keyboard.length > 0 ? inline : undefined;
}

/** The message a reply_parameters object points at, as it is embedded in the reply. */
function replyTarget(chat: ChatRecord, params: Params): ApiMessage | undefined {
  const reply = params.reply_parameters as
    | { message_id: number; allow_sending_without_reply?: boolean }
    | undefined;
  const legacyId = params.reply_to_message_id as number | undefined;
  const messageId = reply?.message_id ?? legacyId;
  if (messageId === undefined) return undefined;
  const target = chat.messages.get(messageId);
  if (!target || target.deleted) {
    if (reply?.allow_sending_without_reply || params.allow_sending_without_reply) return undefined;
    throw badRequest("message to be replied not found");
  }
  const { reply_to_message: _nested, ...embedded } = target.message;
  return embedded;
}

const REFUSALS: Record<SendKind, string> = {
  messages: "not enough rights to send text messages to the chat",
  photos: "not enough rights to send photos to the chat",
  documents: "not enough rights to send documents to the chat",
};

/**
 * The checks every send goes through before anything is stored: the bot's right to send `kind`
 * there, the message it replies to, flood control.
 * @returns the replied-to message, as the reply embeds it
 * @throws BotApiError 400 without the right, 429 from flood control
 */
export function admitSend(
  ctx: MethodContext,
  chat: ChatRecord,
  kind: SendKind,
  params: Params,
): ApiMessage | undefined {
  const { core, bot } = ctx;
  if (chat.type === "channel") {
    const rights = rightsOf(core.state.member(chat, bot.id));
    if (!rights?.can_post_messages) throw badRequest("need administrator rights in the channel chat");
  } else if (chat.type !== "private") {
    const member = core.state.member(chat, bot.id);
    if (sendRefusal(member, chat.permissions, kind, () => "") !== undefined) throw badRequest(REFUSALS[kind]);
  }
  const replyTo = replyTarget(chat, params);
  if (bot.floodControl) core.flood.take(bot.id, chat.key, chat.type !== "private");
  return replyTo;
}

/** Stores a message the bot sends (already admitted) and announces it. */
export function postBotMessage(
  ctx: MethodContext,
  chat: ChatRecord,
  content: Partial<ApiMessage>,
  markup?: unknown,
): ApiMessage {
  const stored: StoredMessage = ctx.core.state.addMessage(chat, ctx.bot.user, content, markup);
  rememberKeyboard(chat, markup);
  emitMessage(ctx.core, chat, stored, "message.sent");
  return stored.message;
}

/**
 * Stores a bot's message in `chat` after the checks every send goes through, and announces it.
 * @param fields the content (text/entities or photo/caption...)
 */
export function sendFromBot(
  ctx: MethodContext,
  chat: ChatRecord,
  kind: SendKind,
  fields: Partial<ApiMessage>,
  params: Params,
): ApiMessage {
  const inline = inlineKeyboardOf(params.reply_markup);
  const replyTo = admitSend(ctx, chat, kind, params);
  const content: Partial<ApiMessage> = { ...fields };
  if (replyTo) content.reply_to_message = replyTo;
  if (inline) content.reply_markup = inline;
  return postBotMessage(ctx, chat, content, params.reply_markup);
}

/** A reply keyboard stays on the user's screen until removed; remember it for the playground. */
function rememberKeyboard(chat: ChatRecord, markup: unknown): void {
  if (typeof markup !== "object" || markup === null) return;
  if ("keyboard" in markup) chat.replyKeyboard = markup;
  else if ("remove_keyboard" in markup) chat.replyKeyboard = undefined;
}

/** Text and entities for a message, with empty entity lists left out as Telegram leaves them out. */
export function textFields(
  formatted: { text: string; entities: ApiMessage["entities"] },
  textKey: "text" | "caption",
): Partial<ApiMessage> {
  const fields: Partial<ApiMessage> = {};
  if (textKey === "text") {
    fields.text = formatted.text;
    if (formatted.entities?.length) fields.entities = formatted.entities;
  } else if (formatted.text) {
    fields.caption = formatted.text;
    if (formatted.entities?.length) fields.caption_entities = formatted.entities;
  }
  return fields;
}
