/**
 * The database's tables as Kysely sees them. Times of the auth tables are epoch milliseconds
 * (compared with the backend's clock); content rows keep ISO strings, as the API shows them.
 * Content tables are declared by `contentTypes.ts`, so they are typed loosely (`ContentDatabase`).
 */
import type { Generated } from "kysely";

export interface AdminTable {
  id: Generated<number>;
  email: string;
  full_name: string;
  role: string;
  /** `scrypt$N$r$p$salt$hash` (base64). */
  password_hash: string;
  is_active: number;
  created_at: number;
}

export interface OtpTable {
  id: Generated<number>;
  admin_id: number;
  /** sha256 of the OTP, hex: the OTP itself is never stored. */
  token_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  revoked_at: number | null;
}

export interface TelegramSessionTable {
  /** The JWT's `sid`: `tg_…`. */
  id: string;
  telegram_user_id: string;
  admin_id: number;
  telegram_username: string | null;
  telegram_first_name: string | null;
  telegram_last_name: string | null;
  created_at: number;
  last_activity: number;
}

export interface WebSessionTable {
  /** The JWT's `sid`: `web_…`. */
  id: string;
  admin_id: number;
  created_at: number;
}

export interface LinkTokenTable {
  id: Generated<number>;
  admin_id: number;
  /** sha256 of the token, hex. */
  token_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface TelegramLinkTable {
  admin_id: number;
  telegram_chat_id: string;
  telegram_username: string | null;
  telegram_first_name: string | null;
  linked_at: number;
}

export interface MediaTable {
  name: string;
  content_type: string;
  bytes: Buffer;
  created_at: number;
}

export interface TabysDatabase {
  admins: AdminTable;
  otps: OtpTable;
  telegram_sessions: TelegramSessionTable;
  web_sessions: WebSessionTable;
  link_tokens: LinkTokenTable;
  telegram_links: TelegramLinkTable;
  media: MediaTable;
}

/** A content column's stored value: text, integer (booleans as 0/1) or null. */
export type ContentValue = string | number | null;

/** The twelve content tables, by name; their columns are the fields of `contentTypes.ts`. */
export type ContentDatabase = Record<string, Record<string, ContentValue>>;
