/**
 * Photos and documents: uploaded in a multipart request, re-sent by file_id, or fetched from an
 * HTTP URL, kept in memory, and downloadable through getFile and /file/bot<token>/<path>.
 */
import { request } from "undici";
import type { ApiDocument, ApiMessage, MessageEntity, PhotoSize } from "../apiTypes.js";
import { badRequest } from "../errors.js";
import { documentOf } from "../fileStore.js";
import { captionText } from "../formattedText.js";
import { isUpload, type Params, type UploadedFile } from "../validate.js";
import { applyEdit, editable } from "./messages.js";
import { type MethodContext, type MethodTable, resolveChat } from "./methodContext.js";
import { sendFromBot, textFields } from "./outgoing.js";

/** Telegram's upload caps for bots: 10 MB photos, 50 MB other files. */
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
const DOCUMENT_MAX_BYTES = 50 * 1024 * 1024;
const URL_FETCH_TIMEOUT_MS = 5000;

/** Bytes from an upload or an HTTP URL; undefined if `input` is neither (it may be a file_id). */
async function bytesOf(input: unknown): Promise<UploadedFile | undefined> {
  if (isUpload(input)) return input;
  if (typeof input !== "string" || !/^https?:\/\//i.test(input)) return undefined;
  try {
    const response = await request(input, {
      method: "GET",
      headersTimeout: URL_FETCH_TIMEOUT_MS,
      bodyTimeout: URL_FETCH_TIMEOUT_MS,
    });
    const bytes = Buffer.from(await response.body.arrayBuffer());
    if (response.statusCode !== 200) throw new Error(String(response.statusCode));
    const fileName = new URL(input).pathname.split("/").pop() || undefined;
    const mimeType = String(response.headers["content-type"] ?? "").split(";")[0] || undefined;
    return { kind: "upload", bytes, fileName, mimeType };
  } catch {
    throw badRequest("failed to get HTTP URL content");
  }
}

/** A photo from an upload, a URL or a photo's file_id. @throws BotApiError 400 in Telegram's words */
export async function photoSizes(ctx: MethodContext, input: unknown): Promise<PhotoSize[]> {
  const files = ctx.core.state.files;
  const upload = await bytesOf(input);
  if (upload) {
    if (upload.bytes.length > PHOTO_MAX_BYTES) throw badRequest("PHOTO_INVALID_DIMENSIONS");
    const sizes = files.addPhoto(upload.bytes);
    if (!sizes) throw badRequest("IMAGE_PROCESS_FAILED");
    return sizes;
  }
  const known = files.get(String(input));
  if (!known) throw badRequest("wrong file identifier/HTTP URL specified");
  if (known.kind !== "photo" || !known.sizes) throw badRequest("can't use file of type Document as Photo");
  return known.sizes;
}

/** A document from an upload, a URL or a document's file_id. @throws BotApiError 400 in Telegram's words */
export async function document(ctx: MethodContext, input: unknown): Promise<ApiDocument> {
  const files = ctx.core.state.files;
  const upload = await bytesOf(input);
  if (upload) {
    if (upload.bytes.length > DOCUMENT_MAX_BYTES) throw badRequest("file is too big");
    return files.addDocument(upload.bytes, upload.fileName, upload.mimeType);
  }
  const known = files.get(String(input));
  if (!known) throw badRequest("wrong file identifier/HTTP URL specified");
  if (known.kind !== "document") throw badRequest("can't use file of type Photo as Document");
  return documentOf(known);
}

function caption(params: Params) {
  return captionText(
    params.caption as string | undefined,
    params.parse_mode as string | undefined,
    params.caption_entities as MessageEntity[] | undefined,
  );
}

async function sendPhoto(ctx: MethodContext, params: Params): Promise<ApiMessage> {
  const chat = resolveChat(ctx, params.chat_id, true);
  const formatted = caption(params);
  const photo = await photoSizes(ctx, params.photo);
  return sendFromBot(ctx, chat, "photos", { photo, ...textFields(formatted, "caption") }, params);
}

async function sendDocument(ctx: MethodContext, params: Params): Promise<ApiMessage> {
  const chat = resolveChat(ctx, params.chat_id, true);
  const formatted = caption(params);
  const doc = await document(ctx, params.document);
  return sendFromBot(ctx, chat, "documents", { document: doc, ...textFields(formatted, "caption") }, params);
}

function getFile(ctx: MethodContext, params: Params): Record<string, unknown> {
  const file = ctx.core.state.files.get(params.file_id as string);
  if (!file) throw badRequest("invalid file_id");
  return {
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    file_size: file.bytes.length,
    file_path: file.filePath,
  };
}

interface InputMedia {
  type: string;
  media: unknown;
  caption?: string;
  parse_mode?: string;
  caption_entities?: MessageEntity[];
}

/** Replaces a photo or document message's file and caption (Telegram refuses it on text messages). */
async function editMessageMedia(ctx: MethodContext, params: Params): Promise<ApiMessage> {
  const { chat, stored } = editable(ctx, params);
  if (stored.message.text !== undefined) throw badRequest("there is no media in the message to edit");
  const media = params.media as InputMedia;
  const formatted = captionText(media.caption, media.parse_mode, media.caption_entities);
  const captionFields = {
    caption: formatted.text || undefined,
    caption_entities: formatted.entities.length ? formatted.entities : undefined,
  };
  if (media.type === "photo") {
    const photo = await photoSizes(ctx, media.media);
    return applyEdit(
      ctx,
      chat,
      stored,
      { photo, document: undefined, ...captionFields },
      params.reply_markup,
    );
  }
  if (media.type === "document") {
    const doc = await document(ctx, media.media);
    return applyEdit(
      ctx,
      chat,
      stored,
      { document: doc, photo: undefined, ...captionFields },
      params.reply_markup,
    );
  }
  throw badRequest(`media type "${media.type}" is not supported by the emulator (photo and document are)`);
}

export const fileMethods: MethodTable = { sendPhoto, sendDocument, getFile, editMessageMedia };
