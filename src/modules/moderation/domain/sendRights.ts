/** Telegram's rights to send something, and the permissions that take them all away (a mute). */
import type { ChatPermissions } from "grammy/types";

/** Every right to send something; a member's or a chat's other permissions are not about sending. */
export const SEND_RIGHTS = [
  "can_send_messages",
  "can_send_audios",
  "can_send_documents",
  "can_send_photos",
  "can_send_videos",
  "can_send_video_notes",
  "can_send_voice_notes",
  "can_send_polls",
  "can_send_other_messages",
  "can_add_web_page_previews",
] as const satisfies ReadonlyArray<keyof ChatPermissions>;

/** Every send right off, and nothing else said. */
export const NO_SENDING: ChatPermissions = Object.fromEntries(SEND_RIGHTS.map((right) => [right, false]));
