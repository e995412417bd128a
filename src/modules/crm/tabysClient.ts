/**
 * The Tabys backend as crm's core uses it: sign-in (verify-otp, restore-session, logout) and
 * account linking on the bot-only routes, which carry `X-Bot-Secret`; the admin panel's routes and
 * the dashboard with the admin's JWT. Content screens reach the backend through the same client
 * (`ContentDeps.tabys`). Every failure is a `BackendError`; what a refusal means for the user is
 * decided in domain/backendAnswers.ts.
 */
import type { BackendClient } from "../../platform/http/backendClient.js";
import {
  type ActiveOtp,
  type Analytics,
  activeOtpSchema,
  analyticsSchema,
  linkedSchema,
  okSchema,
  type SignedIn,
  signedInSchema,
  type TelegramSession,
  telegramSessionSchema,
} from "./tabysSchemas.js";

/** The Telegram account a sign-in or a link is for. */
export interface TelegramAccount {
  id: number;
  username?: string;
  first_name: string;
  last_name?: string;
}

const AUTH = "/api/v1/telegram-auth";

export class TabysClient {
  constructor(
    readonly http: BackendClient,
    private readonly botSecret: string,
  ) {}

  private get botHeaders() {
    return { "x-bot-secret": this.botSecret };
  }

  private bearer(jwt: string) {
    return { authorization: `Bearer ${jwt}` };
  }

  /** Exchanges an OTP for a session. Never retried: an OTP works once. */
  verifyOtp(otp: string, account: TelegramAccount): Promise<SignedIn> {
    return this.http.request({
      method: "POST",
      path: `${AUTH}/verify-otp`,
      headers: this.botHeaders,
      json: {
        otp_token: otp,
        telegram_user_id: String(account.id),
        telegram_username: account.username,
        telegram_first_name: account.first_name,
        telegram_last_name: account.last_name,
      },
      schema: signedInSchema,
    });
  }

  /** A fresh JWT for the user's active session; 404 when there is none. Safe to repeat. */
  restoreSession(telegramUserId: number): Promise<SignedIn> {
    return this.http.request({
      method: "POST",
      path: `${AUTH}/restore-session`,
      headers: this.botHeaders,
      json: { telegram_user_id: String(telegramUserId) },
      schema: signedInSchema,
      idempotent: true,
    });
  }

  /** Ends the user's session on the backend (also fine when there is none). */
  async logout(telegramUserId: number): Promise<void> {
    await this.http.request({
      method: "POST",
      path: `${AUTH}/logout`,
      headers: this.botHeaders,
      json: { telegram_user_id: String(telegramUserId) },
      schema: okSchema,
      idempotent: true,
    });
  }

  /** Links a Tabys platform user to this Telegram chat (`/start link_<token>`); the platform user's id. */
  async confirmLink(token: string, chatId: number, account: TelegramAccount): Promise<number> {
    const answer = await this.http.request({
      method: "POST",
      path: "/api/v2/telegram/confirm-link",
      headers: this.botHeaders,
      json: {
        token,
        telegram_chat_id: chatId,
        telegram_username: account.username,
        telegram_first_name: account.first_name,
      },
      schema: linkedSchema,
    });
    return answer.user_id;
  }

  sessions(jwt: string): Promise<TelegramSession[]> {
    return this.http.request({
      path: `${AUTH}/sessions`,
      headers: this.bearer(jwt),
      schema: telegramSessionSchema.array(),
      cache: false,
    });
  }

  async revokeSession(jwt: string, telegramUserId: string): Promise<void> {
    await this.http.request({
      method: "DELETE",
      path: `${AUTH}/sessions/${encodeURIComponent(telegramUserId)}`,
      headers: this.bearer(jwt),
      schema: okSchema,
    });
  }

  otps(jwt: string): Promise<ActiveOtp[]> {
    return this.http.request({
      path: `${AUTH}/otps`,
      headers: this.bearer(jwt),
      schema: activeOtpSchema.array(),
      cache: false,
    });
  }

  async revokeOtp(jwt: string, otpId: number): Promise<void> {
    await this.http.request({
      method: "POST",
      path: `${AUTH}/revoke-otp`,
      headers: this.bearer(jwt),
      json: { otp_id: otpId },
      schema: okSchema,
      idempotent: true,
    });
  }

  analytics(jwt: string): Promise<Analytics> {
    return this.http.request({
      path: "/api/v2/analytics/",
      headers: this.bearer(jwt),
      schema: analyticsSchema,
      cache: false,
    });
  }
}
