/**
 * How chats and messages look to control API callers: chat identities that work for private chats
 * (which need the bot and the user to name them) and messages with their deletion mark, download
 * links and reply keyboards.
 */
import type { EmulatorCore } from "./core.js";
import type { ChatInfo, TranscriptMessage } from "./events.js";
import type { ChatRecord, StoredMessage } from "./state.js";

export function chatInfo(core: EmulatorCore, chat: ChatRecord): ChatInfo {
  const info: ChatInfo = { key: chat.key, id: chat.id, type: chat.type };
  if (chat.title !== undefined) info.title = chat.title;
  if (chat.type === "private") {
    info.botId = chat.botId;
    info.botUsername = core.state.bots.get(chat.botId as number)?.user.username;
    info.userId = chat.userId;
  }
  return info;
}

/** The URL a stored file downloads from without a bot token. */
export const fileUrl = (core: EmulatorCore, fileId: string): string =>
  `${core.publicUrl ?? ""}/control/files/${encodeURIComponent(fileId)}`;

export function transcriptMessage(core: EmulatorCore, stored: StoredMessage): TranscriptMessage {
  const out: TranscriptMessage = { ...stored.message, deleted: stored.deleted };
  const photo = stored.message.photo?.at(-1);
  const fileId = photo?.file_id ?? stored.message.document?.file_id;
  if (fileId) out.download_url = fileUrl(core, fileId);
  const markup = stored.sentMarkup as Record<string, unknown> | undefined;
  if (markup && !("inline_keyboard" in markup)) out.keyboard = markup;
  return out;
}

/** A chat's messages in order, deleted ones included and marked. */
export function transcriptOf(core: EmulatorCore, chat: ChatRecord): TranscriptMessage[] {
  return [...chat.messages.values()].map((m) => transcriptMessage(core, m));
}
