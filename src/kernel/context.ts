import type { Context } from "grammy";
import type { Logger } from "pino";
import type { Services } from "../platform/services.js";
import type { Language } from "./i18n.js";

/**
 * Per-chat session data. Modules keep their own state under their name
 * (`ctx.session.modules.crm`), so two modules never clobber each other; `form` is the form in
 * progress in a private chat (src/kernel/forms), whichever module it belongs to.
 */
export interface SessionData {
  modules: Record<string, unknown>;
  /** The active form; its `module` is who receives the chat's next ordinary message. */
  form?: { module: string } & Record<string, unknown>;
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

type Variables = Record<string, string | number | Date>;

/** What every handler sees: grammY's context plus the kernel's additions. */
export type BotContext = Context & {
  /** Child logger carrying update id, chat, user and command. */
  log: Logger;
  services: Services;
  botIdentity: BotIdentity;
  /** Module that handled this update (for logs and metrics), set by the kernel. */
  handledBy?: string;
  /**
   * The update's last text answer. In webhook mode it travels back to Telegram in the webhook's
   * HTTP response (one Bot API request less, the reply out sooner); otherwise it is a `reply`.
   * Telegram does not report whether a webhook reply worked and nothing is returned, so use it only
   * for a last message whose id nothing needs.
   */
  finalReply(text: string, other?: Parameters<Context["reply"]>[1]): Promise<void>;
  /** The user's language in this update: the one chosen with /language, else Telegram's. */
  language: Language;
  /** Remembers the user's choice and answers the rest of this update in it. */
  setLanguage(language: Language): Promise<void>;
  /** A message of the bot in `language`; string variables are HTML-escaped (see i18n.ts). */
  t(key: string, variables?: Variables): string;
  /**
   * The chat's session. Loaded before any module runs in private chats (in the same store round
   * trip as the kernel's own reads); in groups it is not, so that ordinary group messages cost no
   * session read: call `await ctx.loadSession()` first there. Reading it unloaded throws.
   */
  session: SessionData;
  /** Loads the session where the kernel did not (groups, channels); a no-op once loaded. */
  loadSession(): Promise<SessionData>;
  /** The user's role in `module` (once per update, by that module instance's `roleOf`). */
  role(module: string): Promise<string | undefined>;
  /**
   * Whether the user may take `action` in `module`, from the role resolved before the module's
   * handlers ran; false for a module whose role was not resolved in this update. Views use it to
   * hide what a role lacks; guards (`rbac.guard`) are what enforce it.
   */
  can(module: string, action: string): boolean;
};
