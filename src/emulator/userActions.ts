/**
 * What a person does in a chat, from the control API: type text or a command, send a photo or a
 * file, open a deep link, press an inline button, block a bot. Group rules apply: a banned or
 * muted user's message is refused with the reason, as the Telegram client would refuse to send it.
 */
import { createHash } from "node:crypto";
import type { ApiMessage, ApiUser, CallbackQuery, InlineKeyboardButton } from "./apiTypes.js";
import type { CallbackAnswer } from "./callbackQueries.js";
import { type ChatTarget, ControlError, requireBot, requireHuman, resolveTarget } from "./controlTarget.js";
import type { EmulatorCore } from "./core.js";
import type { TranscriptMessage } from "./events.js";
import { CAPTION_LIMIT, TEXT_LIMIT, userText } from "./formattedText.js";
import { type SendKind, sendRefusal } from "./membership.js";
import { routeMemberChange, routeUserMessage } from "./routing.js";
import { channelPostRefusal, senderChannel, senderFields } from "./senders.js";
import type { ChatRecord } from "./state.js";
import { transcriptMessage } from "./transcript.js";

export interface UserSendOptions {
  /** The message_id this message replies to. */
  replyTo?: number;
  /** Write in a group on behalf of this channel (one the user owns or administers). */
  asChannel?: ChatTarget;
}

/** A 1×1 transparent PNG, for photo sends that do not care about the picture. */
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** Deep-link payloads: up to 64 characters of A-Z, a-z, 0-9, _ and - (core.telegram.org/bots/features#deep-linking). */
const START_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

function untilText(untilDate: number): string {
  return untilDate === 0 ? "forever" : `until ${new Date(untilDate * 1000).toISOString()}`;
}

/** The chat a user writes into, with Telegram's rules on who may write applied. */
function writableChat(core: EmulatorCore, user: ApiUser, target: ChatTarget, kind: SendKind): ChatRecord {
  const chat = resolveTarget(core, target, user.id, true);
  if (chat.type === "private") {
    if (chat.userId !== user.id) throw new ControlError(403, `chat ${chat.key} belongs to another user`);
    if (chat.blocked) unblock(core, chat, user);
    return chat;
  }
  const member = core.state.member(chat, user.id);
  const refusal =
    chat.type === "channel"
      ? channelPostRefusal(member)
      : sendRefusal(member, chat.permissions, kind, untilText);
  if (refusal) throw new ControlError(403, refusal);
  return chat;
}

function replyTarget(chat: ChatRecord, options: UserSendOptions): Partial<ApiMessage> {
  if (options.replyTo === undefined) return {};
  const target = chat.messages.get(options.replyTo);
  if (!target || target.deleted) throw new ControlError(404, `no message ${options.replyTo} in this chat`);
  const { reply_to_message: _nested, ...embedded } = target.message;
  return { reply_to_message: embedded };
}

/** Stores and delivers a user's message, under the sender Telegram would show (senders.ts). */
function post(
  core: EmulatorCore,
  chat: ChatRecord,
  user: ApiUser,
  fields: Partial<ApiMessage>,
  options: UserSendOptions,
): TranscriptMessage {
  if (options.asChannel !== undefined && chat.type !== "group" && chat.type !== "supergroup") {
    throw new ControlError(400, "asChannel is for writing in a group or supergroup");
  }
  const asChannel =
    options.asChannel === undefined ? undefined : senderChannel(core, user.id, options.asChannel);
  const sender = senderFields(core, chat, user.id, asChannel);
  const stored = core.state.addMessage(chat, user, { ...sender, ...replyTarget(chat, options), ...fields });
  routeUserMessage(core, chat, stored);
  return transcriptMessage(core, stored);
}

/**
 * A user sends text; commands, mentions, hashtags and links get their entities.
 * @throws ControlError 403 when the user may not write there, 400 for empty or over-long text
 */
export function sendText(
  core: EmulatorCore,
  userId: number,
  target: ChatTarget,
  text: string,
  options: UserSendOptions = {},
): TranscriptMessage {
  const user = requireHuman(core, userId);
  const chat = writableChat(core, user, target, "messages");
  const formatted = userText(text);
  if (formatted.text.length === 0) throw new ControlError(400, "message text is empty");
  if (formatted.text.length > TEXT_LIMIT) throw new ControlError(400, "message is too long");
  const fields: Partial<ApiMessage> = { text: formatted.text };
  if (formatted.entities.length > 0) fields.entities = formatted.entities;
  return post(core, chat, user, fields, options);
}

/** The user opens t.me/<bot>?start=<payload>: the client sends "/start <payload>". */
export function startBot(
  core: EmulatorCore,
  userId: number,
  bot: string,
  payload?: string,
): TranscriptMessage {
  if (payload !== undefined && !START_PAYLOAD.test(payload)) {
    throw new ControlError(400, "a start payload is 1-64 characters of A-Z, a-z, 0-9, _ and -");
  }
  const record = requireBot(core, bot);
  return sendText(core, userId, record.user.username as string, payload ? `/start ${payload}` : "/start");
}

export interface UserFile {
  bytes?: Buffer;
  caption?: string;
  fileName?: string;
  mimeType?: string;
}

function captionFields(caption: string | undefined): Partial<ApiMessage> {
  if (caption === undefined) return {};
  const formatted = userText(caption);
  if (formatted.text.length > CAPTION_LIMIT) throw new ControlError(400, "message caption is too long");
  if (!formatted.text) return {};
  return formatted.entities.length > 0
    ? { caption: formatted.text, caption_entities: formatted.entities }
    : { caption: formatted.text };
}

/** A user sends a photo (a 1×1 PNG when `bytes` is omitted). */
export function sendPhoto(
  core: EmulatorCore,
  userId: number,
  target: ChatTarget,
  file: UserFile = {},
  options: UserSendOptions = {},
): TranscriptMessage {
  const user = requireHuman(core, userId);
  const chat = writableChat(core, user, target, "photos");
  const photo = core.state.files.addPhoto(file.bytes ?? TINY_PNG);
  if (!photo) throw new ControlError(400, "the bytes are not a PNG, JPEG, GIF or WebP image");
  return post(core, chat, user, { photo, ...captionFields(file.caption) }, options);
}

/** A user sends a file as a document. */
export function sendDocument(
  core: EmulatorCore,
  userId: number,
  target: ChatTarget,
  file: UserFile & { bytes: Buffer },
  options: UserSendOptions = {},
): TranscriptMessage {
  const user = requireHuman(core, userId);
  const chat = writableChat(core, user, target, "documents");
  const document = core.state.files.addDocument(file.bytes, file.fileName ?? "file.bin", file.mimeType);
  return post(core, chat, user, { document, ...captionFields(file.caption) }, options);
}

/** Which button to press: by its callback_data or by its label. */
export type ButtonChoice = { data: string } | { text: string };

/**
 * The user presses an inline button: the bot gets a callback_query, and the promise resolves with
 * the bot's answer (toast or alert text), or `{ answered: false }` after `timeoutMs`.
 * @throws ControlError 404 if the message has no such button
 */
export function pressButton(
  core: EmulatorCore,
  userId: number,
  target: ChatTarget,
  messageId: number,
  choice: ButtonChoice,
  timeoutMs: number = core.callbackTimeoutMs,
): Promise<CallbackAnswer> {
  const user = requireHuman(core, userId);
  const chat = resolveTarget(core, target, userId);
  const stored = chat.messages.get(messageId);
  if (!stored || stored.deleted) throw new ControlError(404, `no message ${messageId} in this chat`);
  const bot = core.state.bots.get(stored.senderId);
  const buttons: InlineKeyboardButton[] = stored.message.reply_markup?.inline_keyboard.flat() ?? [];
  const button = buttons.find((b) =>
    "data" in choice ? b.callback_data === choice.data : b.text === choice.text,
  );
  if (!bot || !button) throw new ControlError(404, `message ${messageId} has no such inline button`);
  if (button.callback_data === undefined) throw new ControlError(400, "this button does not send a callback");
  const { id, answer } = core.callbacks.create(bot.id, timeoutMs);
  const query: CallbackQuery = {
    id,
    from: user,
    message: stored.message,
    chat_instance: chatInstance(chat),
    data: button.callback_data,
  };
  core.updates.enqueue(bot.id, "callback_query", query, chat.key);
  return answer;
}

/** Telegram's chat_instance: a stable opaque id per chat. */
const chatInstance = (chat: ChatRecord): string =>
  BigInt(`0x${createHash("sha256").update(chat.key).digest("hex").slice(0, 15)}`).toString();

/** The user blocks the bot: my_chat_member (member → kicked); the bot's sends then fail with 403. */
export function blockBot(core: EmulatorCore, userId: number, bot: string): void {
  const user = requireHuman(core, userId);
  const chat = resolveTarget(core, bot, userId, true);
  if (chat.blocked) return;
  chat.blocked = true;
  announceBlock(core, chat, user, "member", "kicked");
}

function unblock(core: EmulatorCore, chat: ChatRecord, user: ApiUser): void {
  chat.blocked = false;
  announceBlock(core, chat, user, "kicked", "member");
}

function announceBlock(
  core: EmulatorCore,
  chat: ChatRecord,
  user: ApiUser,
  from: "member" | "kicked",
  to: "member" | "kicked",
): void {
  const bot = core.state.bots.get(chat.botId as number) as { id: number; user: ApiUser };
  // In a private chat the member whose status changes is the bot, from the user's side.
  routeMemberChange(
    core,
    chat,
    bot.user,
    { userId: bot.id, status: from, untilDate: 0 },
    { userId: bot.id, status: to, untilDate: 0 },
    user,
  );
}
