/**
 * forwardMessage and copyMessage: the same content in another chat, with or without the
 * "Forwarded from" origin.
 */
import type { ApiMessage, MessageEntity } from "../apiTypes.js";
import { badRequest } from "../errors.js";
import { captionText } from "../formattedText.js";
import type { SendKind } from "../membership.js";
import type { StoredMessage } from "../state.js";
import type { Params } from "../validate.js";
import { type MethodContext, type MethodTable, resolveChat } from "./methodContext.js";
import { sendFromBot, textFields } from "./outgoing.js";

/** The message a bot may take content from. */
function source(ctx: MethodContext, params: Params): StoredMessage {
  const chat = resolveChat(ctx, params.from_chat_id);
  const stored = chat.messages.get(params.message_id as number);
  if (!stored || stored.deleted) throw badRequest("message to forward not found");
  const { text, photo, document } = stored.message;
  if (text === undefined && photo === undefined && document === undefined) {
    throw badRequest("message can't be forwarded");
  }
  return stored;
}

/** The content fields that travel with a forward or a copy. */
function content(message: ApiMessage): { kind: SendKind; fields: Partial<ApiMessage> } {
  const keys = ["text", "entities", "photo", "document", "caption", "caption_entities"] as const;
  const fields: Partial<ApiMessage> = {};
  for (const key of keys) if (message[key] !== undefined) Object.assign(fields, { [key]: message[key] });
  const kind: SendKind = message.photo ? "photos" : message.document ? "documents" : "messages";
  return { kind, fields };
}

function forwardMessage(ctx: MethodContext, params: Params): ApiMessage {
  const original = source(ctx, params).message;
  const chat = resolveChat(ctx, params.chat_id, true);
  const { kind, fields } = content(original);
  const origin = original.forward_origin ?? {
    type: "user" as const,
    sender_user: original.from!,
    date: original.date,
  };
  return sendFromBot(ctx, chat, kind, { ...fields, forward_origin: origin }, {});
}

function copyMessage(ctx: MethodContext, params: Params): { message_id: number } {
  const original = source(ctx, params).message;
  const chat = resolveChat(ctx, params.chat_id, true);
  const { kind, fields } = content(original);
  if (params.caption !== undefined && original.text === undefined) {
    const formatted = captionText(
      params.caption as string,
      params.parse_mode as string | undefined,
      params.caption_entities as MessageEntity[] | undefined,
    );
    delete fields.caption;
    delete fields.caption_entities;
    Object.assign(fields, textFields(formatted, "caption"));
  }
  const sent = sendFromBot(ctx, chat, kind, fields, params);
  return { message_id: sent.message_id };
}

export const forwardingMethods: MethodTable = { forwardMessage, copyMessage };
