/**
 * The shapes of what the emulator's state holds: bots, chats, messages, join requests, and what
 * callers pass to create users and bots. The state itself (state.ts) owns the maps of them.
 */
import type {
  ApiMessage,
  ApiUser,
  BotCommand,
  ChatInviteLink,
  ChatPermissions,
  ChatType,
} from "./apiTypes.js";
import type { MemberRecord } from "./membership.js";

export interface BotRecord {
  id: number;
  token: string;
  user: ApiUser;
  /** Whether flood control answers this bot's bursts with 429. */
  floodControl: boolean;
  /** Command lists keyed by `${scopeKey}|${languageCode}`. */
  commands: Map<string, BotCommand[]>;
  /** name / description / short_description keyed by `${kind}|${languageCode}`. */
  profile: Map<string, string>;
}

export interface StoredMessage {
  /** The message as the Bot API returns it (bot's view of the chat). */
  message: ApiMessage;
  /** Who sent it; for the 48-hour and "own message" deletion rules. */
  senderId: number;
  sentAtMs: number;
  deleted: boolean;
  /** The reply_markup as sent, including reply keyboards, which Message objects never carry. */
  sentMarkup?: unknown;
}

export interface ChatRecord {
  key: string;
  id: number;
  type: ChatType;
  title?: string;
  username?: string;
  description?: string;
  permissions: ChatPermissions;
  /** Group members by user id; empty for private chats. */
  members: Map<number, MemberRecord>;
  /** Private chats: the bot and the user. */
  botId?: number;
  userId?: number;
  /** Private chats: the user blocked the bot. */
  blocked?: boolean;
  messages: Map<number, StoredMessage>;
  nextMessageId: number;
  pinnedMessageId?: number;
  /** The reply keyboard a bot last showed here (what the user's client would display). */
  replyKeyboard?: unknown;
  /** Invite links created in this chat, by URL. */
  inviteLinks: Map<string, ChatInviteLink>;
  /** Pending requests to join, by user id. */
  joinRequests: Map<number, JoinRequest>;
}

/** A user asked to join a chat (through a link that needs approval) and waits for an admin. */
export interface JoinRequest {
  userId: number;
  date: number;
  bio?: string;
  /** The URL of the link they used, if any. */
  inviteLink?: string;
}

export interface NewUser {
  id?: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface BotProfile {
  username?: string;
  firstName?: string;
  /** Privacy mode off: the bot sees every group message, not just commands and replies. */
  canReadAllGroupMessages?: boolean;
}
