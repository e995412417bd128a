/**
 * What happens in the emulated chats, as a stream: messages sent, edited and deleted, chat actions
 * ("typing…"), membership changes, join requests and their outcome, callback answers. The
 * playground pushes these to the browser; the control client waits on them instead of polling.
 */
import type { ApiMessage, ApiUser, ChatType, MemberStatus } from "./apiTypes.js";

/** Identifies a chat for control API callers (private chats need the bot and the user). */
export interface ChatInfo {
  /** `p:<botId>:<userId>` or `g:<chatId>`: unique across the emulator. */
  key: string;
  id: number;
  type: ChatType;
  title?: string;
  /** Private chats: the bot's id and username, and the user's id. */
  botId?: number;
  botUsername?: string;
  userId?: number;
}

/** A message as a person reading the chat sees it. */
export type TranscriptMessage = ApiMessage & {
  /** The message was deleted (it stays in the transcript, marked). */
  deleted: boolean;
  /** For photos (largest size) and documents: where to download the file without a bot token. */
  download_url?: string;
  /** A reply keyboard, keyboard removal or force-reply the bot attached (never part of Message). */
  keyboard?: unknown;
};

export type EmulatorEvent =
  | { type: "message.sent"; chat: ChatInfo; message: TranscriptMessage }
  | { type: "message.edited"; chat: ChatInfo; message: TranscriptMessage }
  | { type: "message.deleted"; chat: ChatInfo; message_id: number }
  | { type: "chat.action"; chat: ChatInfo; from: ApiUser; action: string }
  | {
      type: "member.changed";
      chat: ChatInfo;
      user: ApiUser;
      old_status: MemberStatus;
      new_status: MemberStatus;
    }
  | { type: "join.requested"; chat: ChatInfo; user: ApiUser; invite_link?: string }
  | { type: "join.resolved"; chat: ChatInfo; user: ApiUser; approved: boolean; by: ApiUser }
  | {
      type: "callback.answered";
      callback_query_id: string;
      text?: string;
      show_alert: boolean;
      url?: string;
    };

export type EventListener = (event: EmulatorEvent) => void;

/** A synchronous fan-out; a throwing listener is isolated from the others and from the emulator. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  /** Subscribes; returns the function that unsubscribes. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(event: EmulatorEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A listener's bug must not break the bot's API call that caused the event.
      }
    }
  }
}
