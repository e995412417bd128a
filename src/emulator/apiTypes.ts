/**
 * The Telegram objects the emulator produces and stores, trimmed to the fields it fills in.
 * Field names are Telegram's (snake_case) because these objects go on the wire unchanged.
 * Types only, but for {@link publicUser}.
 */

export interface ApiUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  can_join_groups?: boolean;
  can_read_all_group_messages?: boolean;
  supports_inline_queries?: boolean;
}

/**
 * A user as other objects embed it (a message's `from`, a member's `user`, a link's `creator`):
 * the bot-only fields are getMe's alone on Telegram.
 */
export function publicUser(user: ApiUser): ApiUser {
  const { can_join_groups: _j, can_read_all_group_messages: _r, supports_inline_queries: _i, ...rest } = user;
  return rest;
}

export type ChatType = "private" | "group" | "supergroup" | "channel";

/** The short `Chat` object embedded in messages. */
export interface ApiChat {
  id: number;
  type: ChatType;
  title?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
}

export interface MessageEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  user?: ApiUser;
  language?: string;
  custom_emoji_id?: string;
}

export interface InlineKeyboardButton {
  text: string;
  callback_data?: string;
  url?: string;
  [field: string]: unknown;
}

export interface InlineKeyboardMarkup {
  inline_keyboard: InlineKeyboardButton[][];
}

/** Any of the four `reply_markup` shapes, as the bot sent it. */
export type ReplyMarkup =
  | InlineKeyboardMarkup
  | { keyboard: unknown[][]; [field: string]: unknown }
  | { remove_keyboard: true; selective?: boolean }
  | { force_reply: true; input_field_placeholder?: string; selective?: boolean };

export interface PhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

export interface ApiDocument {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
}

export interface ApiMessage {
  message_id: number;
  /** Absent in channels; GroupAnonymousBot or Channel_Bot when sent on behalf of a chat. */
  from?: ApiUser;
  /** The chat a message was sent on behalf of: the group (anonymous admin) or a channel. */
  sender_chat?: ApiChat;
  /** An anonymous admin's custom title. */
  author_signature?: string;
  date: number;
  chat: ApiChat;
  /** Shared by the messages of one album (sendMediaGroup). */
  media_group_id?: string;
  reply_to_message?: ApiMessage;
  /** Set on forwarded messages: who wrote the original and when. */
  forward_origin?: { type: "user"; sender_user: ApiUser; date: number };
  edit_date?: number;
  text?: string;
  entities?: MessageEntity[];
  caption?: string;
  caption_entities?: MessageEntity[];
  photo?: PhotoSize[];
  document?: ApiDocument;
  new_chat_members?: ApiUser[];
  left_chat_member?: ApiUser;
  pinned_message?: ApiMessage;
  reply_markup?: InlineKeyboardMarkup;
}

/** Every permission a chat or a restricted member can have (core.telegram.org/bots/api#chatpermissions). */
export interface ChatPermissions {
  can_send_messages: boolean;
  can_send_audios: boolean;
  can_send_documents: boolean;
  can_send_photos: boolean;
  can_send_videos: boolean;
  can_send_video_notes: boolean;
  can_send_voice_notes: boolean;
  can_send_polls: boolean;
  can_send_other_messages: boolean;
  can_add_web_page_previews: boolean;
  can_react_to_messages: boolean;
  can_edit_tag: boolean;
  can_change_info: boolean;
  can_invite_users: boolean;
  can_pin_messages: boolean;
  can_manage_topics: boolean;
}

/** An administrator's rights (core.telegram.org/bots/api#chatadministratorrights). */
export interface AdminRights {
  is_anonymous: boolean;
  can_manage_chat: boolean;
  can_delete_messages: boolean;
  can_manage_video_chats: boolean;
  can_restrict_members: boolean;
  can_promote_members: boolean;
  can_change_info: boolean;
  can_invite_users: boolean;
  can_post_stories: boolean;
  can_edit_stories: boolean;
  can_delete_stories: boolean;
  can_pin_messages: boolean;
  can_manage_topics: boolean;
  /** Channels only (channels have no pinning or topic rights of their own). */
  can_post_messages?: boolean;
  can_edit_messages?: boolean;
}

/** core.telegram.org/bots/api#chatinvitelink */
export interface ChatInviteLink {
  invite_link: string;
  creator: ApiUser;
  creates_join_request: boolean;
  is_primary: boolean;
  is_revoked: boolean;
  name?: string;
  expire_date?: number;
  member_limit?: number;
  pending_join_request_count?: number;
}

export type MemberStatus = "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";

/** A `ChatMember*` object as getChatMember returns it. */
export type ApiChatMember = { status: MemberStatus; user: ApiUser } & Record<string, unknown>;

export interface CallbackQuery {
  id: string;
  from: ApiUser;
  message?: ApiMessage;
  chat_instance: string;
  data?: string;
}

export interface BotCommand {
  command: string;
  description: string;
}

/** One update as getUpdates and webhooks deliver it: `update_id` plus one payload field. */
export type ApiUpdate = { update_id: number } & Record<string, unknown>;
