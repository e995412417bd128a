/**
 * sendMediaGroup: photos or documents sent as one album. An album is no object of its own on
 * Telegram: it is 2–10 ordinary messages sharing a `media_group_id`, each delivered and shown on
 * its own with its own caption (a single item is sent as an ordinary message, as TDLib does).
 * Checks follow the Bot API server's order: every item is read before the chat is looked at, and
 * every file is resolved before the first message is stored, so a refused album posts nothing.
 */
import type { ApiMessage, MessageEntity } from "../apiTypes.js";
import { BotApiError, badRequest } from "../errors.js";
import { CAPTION_LIMIT, type FormattedText, formatText } from "../formattedText.js";
import type { Params } from "../validate.js";
import { document, photoSizes } from "./files.js";
import { type MethodContext, type MethodTable, resolveChat } from "./methodContext.js";
import { admitSend, postBotMessage, textFields } from "./outgoing.js";

/** Telegram's limit on messages in one album. */
const ALBUM_LIMIT = 10;

/** Media types that may share an album: photos and videos mix; documents and audio go alone. */
const MEDIA_TYPES = new Set(["photo", "video", "live_photo", "audio", "document"]);
const KEPT_APART = ["document", "audio"] as const;

/** One InputMedia item as the validator left it (typed by its own `type`). */
interface InputMediaItem {
  type: string;
  media?: unknown;
  caption?: string;
  parse_mode?: string;
  caption_entities?: MessageEntity[];
}

interface AlbumItem {
  type: string;
  media: unknown;
  caption: FormattedText;
}

/** A Bot API error's reason as TDLib words it inside another message ("Wrong file identifier…"). */
function reasonOf(error: BotApiError): string {
  const reason = error.description.replace(/^Bad Request: /, "");
  return /^.[A-Z_]/.test(reason) ? reason : reason.charAt(0).toUpperCase() + reason.slice(1);
}

const unreadable = (reason: string): BotApiError => badRequest(`can't parse InputMedia: ${reason}`);

/** Reads one item as the Bot API server's get_input_media does, in its order and words. */
function readItem(item: InputMediaItem): AlbumItem {
  let caption: FormattedText;
  try {
    caption = formatText(item.caption ?? "", item.parse_mode, item.caption_entities);
  } catch (error) {
    if (error instanceof BotApiError) throw unreadable(reasonOf(error));
    throw error;
  }
  // An attach:// name without its part is as good as no media at all.
  const { media } = item;
  if (media === undefined || (typeof media === "string" && (media === "" || media.startsWith("attach://")))) {
    throw unreadable("media not found");
  }
  if (item.type === "animation") throw unreadable(`type "animation" can't be used in sendMediaGroup`);
  if (!MEDIA_TYPES.has(item.type)) throw unreadable(`type "${item.type}" is unsupported`);
  return { type: item.type, media, caption };
}

/** The album's checks TDLib makes once the chat is known. */
function checkAlbum(items: AlbumItem[]): void {
  if (items.length === 0) throw badRequest("there are no messages to send");
  if (items.length > ALBUM_LIMIT) throw badRequest("too many messages to send as an album");
  for (const apart of KEPT_APART) {
    if (items.some((i) => i.type === apart) && items.some((i) => i.type !== apart)) {
      throw badRequest(`${apart} can't be mixed with other media types`);
    }
  }
  const unsupported = items.find((i) => i.type !== "photo" && i.type !== "document");
  if (unsupported) {
    throw badRequest(
      `media type "${unsupported.type}" is not supported by the emulator (photo and document are)`,
    );
  }
  if (items.some((i) => i.caption.text.length > CAPTION_LIMIT))
    throw badRequest("message caption is too long");
}

/** Each item's file; a file Telegram refuses fails the album naming its position (1-based). */
async function albumFiles(ctx: MethodContext, items: AlbumItem[]): Promise<Partial<ApiMessage>[]> {
  const contents: Partial<ApiMessage>[] = [];
  for (const [index, item] of items.entries()) {
    try {
      contents.push(
        item.type === "photo"
          ? { photo: await photoSizes(ctx, item.media) }
          : { document: await document(ctx, item.media) },
      );
    } catch (error) {
      if (!(error instanceof BotApiError) || error.errorCode !== 400) throw error;
      throw badRequest(`failed to send message #${index + 1} with the error message "${reasonOf(error)}"`);
    }
  }
  return contents;
}

async function sendMediaGroup(ctx: MethodContext, params: Params): Promise<ApiMessage[]> {
  const items = (params.media as InputMediaItem[]).map(readItem);
  const chat = resolveChat(ctx, params.chat_id, true);
  checkAlbum(items);
  const replyTo = admitSend(ctx, chat, items[0]?.type === "photo" ? "photos" : "documents", params);
  const contents = await albumFiles(ctx, items);
  const mediaGroupId = items.length > 1 ? ctx.core.state.nextMediaGroupId() : undefined;
  return contents.map((content, index) => {
    const message: Partial<ApiMessage> = { ...content };
    if (mediaGroupId) message.media_group_id = mediaGroupId;
    if (replyTo) message.reply_to_message = replyTo;
    Object.assign(message, textFields((items[index] as AlbumItem).caption, "caption"));
    return postBotMessage(ctx, chat, message);
  });
}

export const mediaGroupMethods: MethodTable = { sendMediaGroup };
