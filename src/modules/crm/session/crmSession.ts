/**
 * One Telegram user's sign-in, as the seed records it (`tg_session:{telegram_user_id}`:
 * admin id and name, role, Telegram user id, created, last activity) plus when its JWT expires.
 * The JWT itself is kept beside it, sealed, by the token vault (session/sessionStore.ts).
 */
import type { Role } from "../domain/rbac.js";
import type { SessionTimes } from "../domain/sessionLifetime.js";

export interface CrmSession extends SessionTimes {
  adminId: number;
  adminName: string;
  /** Never `client`: a client gets no session. */
  role: Role;
  telegramUserId: string;
  /** Epoch ms after which the stored JWT is renewed (its `exp`). */
  jwtExpiresAt: number;
}

/** Roles that may use the bot: every role but `client`. */
export const hasAdminAccess = (role: Role): boolean => role !== "client";
