import { autoRetry } from "@grammyjs/auto-retry";
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Bot, Composer, type MiddlewareFn, session } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import { BASE_MODULE, type BotConfig } from "../config/loadConfig.js";
import type { Services } from "../platform/services.js";
import { storageConversationStorage, storageSessionAdapter } from "../platform/storage/grammyAdapters.js";
import { callbackKey } from "./callbackData.js";
import { listCommands, publishCommands } from "./commandMenu.js";
import type { BotContext, BotIdentity, ConversationContext, SessionData } from "./context.js";
import { createI18n, escapingTranslate, translator } from "./i18n.js";
import type { InFlight } from "./inFlight.js";
import { kernelMetrics } from "./metrics.js";
import { dedupe } from "./middleware/dedupe.js";
import { errorHandler } from "./middleware/errorBoundary.js";
import { fallbacks } from "./middleware/fallbacks.js";
import { generalRateLimit } from "./middleware/generalRateLimit.js";
import { updateLogger } from "./middleware/updateLogger.js";

/** Update types every bot receives; modules add theirs (`chat_member` for moderation). */
export const DEFAULT_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

export interface BuildBotOptions {
  services: Services;
  logger: Logger;
  /** Bot API server base URL (TELEGRAM_API_ROOT). */
  apiRoot: string;
  version: string;
  /** Known bot info skips getMe (tests, or a restart that cached it). */
  botInfo?: UserFromGetMe;
  /** Session lifetime (REDIS_SESSION_TTL, seconds); sessions never expire when absent. */
  sessionTtlSeconds?: number;
  /** Webhook mode caps auto-retry so a handler stays under Telegram's webhook timeout. */
  mode: "polling" | "webhook";
  /** Replaces the HTTP layer of Bot API calls (the test harness answers like Telegram here). */
  fetch?: typeof fetch;
  /** Shared tracker of updates being handled, for graceful shutdown. */
  inFlight?: InFlight;
}

export interface BuiltBot {
  bot: Bot<BotContext>;
  identity: BotIdentity;
  /** Update types to ask Telegram for (getUpdates or setWebhook). */
  allowedUpdates: string[];
  /** Calls setMyCommands for every language and chat kind. */
  publishCommands(): Promise<void>;
}

/** Per chat; updates without a chat (inline queries) are keyed by user. */
export function sessionKey(ctx: { chat?: { id: number }; from?: { id: number } }): string | undefined {
  if (ctx.chat) return String(ctx.chat.id);
  return ctx.from ? `user:${ctx.from.id}` : undefined;
}

/** Marks `ctx.handledBy` when the module's middleware ends the chain instead of passing it on. */
function tracked(name: string, middleware: MiddlewareFn<BotContext>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    let passed = false;
    try {
      await middleware(ctx, async () => {
        passed = true;
        await next();
      });
    } finally {
      // Also when it threw: the error belongs to this module.
      if (!passed) ctx.handledBy ??= name;
    }
  };
}

/**
 * Turns one bot's configuration into a grammY bot: kernel middleware, then every module's
 * features, then the fallbacks. Everything the bot needs is passed in; nothing is global, so one
 * process can host many bots and tests can build as many as they like.
 */
export async function buildBot(config: BotConfig, options: BuildBotOptions): Promise<BuiltBot> {
  const { services } = options;
  const modules = config.modules.map((m) => m.module);
  const metrics = kernelMetrics(services.metrics);
  const bot = new Bot<BotContext>(config.token, {
    client: { apiRoot: options.apiRoot, ...(options.fetch ? { fetch: options.fetch } : {}) },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });

  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      metrics.apiCalls.inc({ bot: config.id, method, result: result.ok ? "ok" : String(result.error_code) });
      return result;
    } catch (error) {
      metrics.apiCalls.inc({ bot: config.id, method, result: "network" });
      throw error;
    }
  });
  bot.api.config.use(
    autoRetry({
      maxRetryAttempts: 3,
      maxDelaySeconds: options.mode === "webhook" ? 5 : 60,
      rethrowHttpErrors: false,
    }),
  );

  const i18n = createI18n(modules, services.storage, config.id);
  const identity: BotIdentity = {
    id: config.id,
    modules: modules.map((m) => m.name),
    version: options.version,
    callbackKey: callbackKey(config.token),
    translate: translator(i18n),
  };
  const commands = listCommands(modules);

  if (options.inFlight) bot.use(options.inFlight.middleware());
  // Sets what every handler relies on; also installed inside conversations, which build their
  // own context objects.
  const enrich = async (ctx: BotContext | ConversationContext, next: () => Promise<void>) => {
    ctx.services = services;
    ctx.botIdentity = identity;
    ctx.log ??= options.logger.child({ bot: config.id, chatId: ctx.chat?.id, userId: ctx.from?.id });
    await next();
  };
  bot.use(enrich);
  bot.use(updateLogger(config.id, options.logger, metrics, new Set(commands.map((c) => c.command))));
  const onError = errorHandler(config.id, metrics);
  bot.catch(onError);
  // Everything below runs inside the boundary: a throw anywhere becomes an apology with an error id.
  const guarded = bot.errorBoundary(onError);
  guarded.use(dedupe(config.id, services.storage, metrics));
  guarded.use(i18n);
  guarded.use(escapingTranslate);
  // Before sessions: an update over the user's limit costs no session read or write.
  guarded.use(generalRateLimit(config.id));
  // Sessions lose writes under concurrency unless updates of one key run one at a time.
  guarded.use(sequentialize(sessionKey));
  guarded.use(
    session<SessionData, BotContext>({
      initial: () => ({ modules: {} }),
      getSessionKey: sessionKey,
      storage: storageSessionAdapter<SessionData>(
        services.storage,
        `session:${config.id}:`,
        options.sessionTtlSeconds ? options.sessionTtlSeconds * 1000 : undefined,
      ),
    }),
  );
  guarded.use(
    conversations<BotContext, ConversationContext>({
      plugins: [enrich, i18n, escapingTranslate] as Array<MiddlewareFn<ConversationContext>>,
      // A new release may change a conversation's steps: state recorded by older code is dropped.
      storage: storageConversationStorage<BotContext>(services.storage, `conversation:${config.id}:`, {
        version: options.version,
      }),
    }),
  );

  // The base module goes last so modules see `/start <payload>` (deep links) before it does.
  const ordered = [
    ...config.modules.filter((m) => m.module.name !== BASE_MODULE),
    ...config.modules.filter((m) => m.module.name === BASE_MODULE),
  ];
  for (const { module, config: moduleConfig } of ordered) {
    if (module.permissions) services.rbac.register(module.name, module.permissions);
    const composer = new Composer<BotContext>();
    await module.setup({
      composer,
      services,
      config: moduleConfig,
      bot: identity,
      api: bot.api,
      modules: config.modules,
    });
    guarded.use(tracked(module.name, composer.middleware()));
    for (const job of module.jobs ?? []) {
      const name = `${config.id}:${module.name}:${job.name}`;
      const context = { services, config: moduleConfig, bot: identity, api: bot.api };
      services.jobs.define(name, (data) => job.run(data, context));
      const every = job.every?.(moduleConfig);
      if (every) await services.jobs.every(name, {}, { id: name, intervalMs: every });
    }
  }
  guarded.use(fallbacks);

  const allowedUpdates = [...new Set([...DEFAULT_UPDATES, ...modules.flatMap((m) => m.updates ?? [])])];
  return {
    bot,
    identity,
    allowedUpdates,
    publishCommands: () => publishCommands(bot.api, modules, i18n),
  };
}
