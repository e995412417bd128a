import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context, SessionFlavor } from "grammy";
import type { Logger } from "pino";
import type { Services } from "../platform/services.js";

/**
 * Per-chat session data. Modules keep their own state under their name
 * (`ctx.session.modules.netmon`), so two modules never clobber each other.
 */
export interface SessionData {
  /** Language chosen with /language; absent = the user's Telegram language. */
  __language_code?: string;
  modules: Record<string, unknown>;
}

/** Facts about the bot an update arrived at, set by the kernel before any module runs. */
export interface BotIdentity {
  /** The configured bot id (e.g. "netmon"), not Telegram's numeric id. */
  id: string;
  modules: readonly string[];
  version: string;
  /** Keys the HMAC tag of this bot's callback data (see callbackData.ts). */
  callbackKey: Buffer;
  /**
   * The bot's messages outside an update (jobs, alerts): like `ctx.t`, string variables are
   * escaped; an unsupported or missing language falls back to English.
   */
  translate(
    language: string | undefined,
    key: string,
    variables?: Record<string, string | number | Date>,
  ): string;
}

/** What every handler sees: grammY's context plus the kernel's additions. */
export type BotContext = ConversationFlavor<
  Context &
    I18nFlavor &
    SessionFlavor<SessionData> & {
      /** Child logger carrying update id, chat, user and command. */
      log: Logger;
      services: Services;
      botIdentity: BotIdentity;
      /** Module that handled this update (for logs and metrics), set by the kernel. */
      handledBy?: string;
    }
>;

/**
 * What a handler sees inside a conversation (conversations v2 builds its own context objects):
 * the kernel installs services, identity, a logger and the escaping `t` there too. Sessions are
 * not available inside; read them with `conversation.external((ctx) => ctx.session)`.
 */
export type ConversationContext = Context &
  I18nFlavor & {
    log: Logger;
    services: Services;
    botIdentity: BotIdentity;
  };

/** The `conversation` handle a module's conversation builder receives. */
export type BotConversation = Conversation<BotContext, ConversationContext>;
