import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import { BASE_MODULE, type BotConfig } from "../config/loadConfig.js";
import { createModuleRbac } from "../platform/rbac/rbac.js";
import { createSendScheduler } from "../platform/sendScheduler/sendScheduler.js";
import type { Services } from "../platform/services.js";
import { callbackKey } from "./callbackData.js";
import { listCommands, publishChatCommands, publishCommands } from "./commandMenu.js";
import type { BotContext, BotIdentity } from "./context.js";
import type { ModuleInstance, ModuleSetup } from "./defineModule.js";
import { DoneMarks } from "./doneMarks.js";
import { installFastBranch } from "./fastBranch.js";
import { formsCommands } from "./forms/formsCommands.js";
import { createI18n, fastTranslate, translator } from "./i18n.js";
import type { InFlight } from "./inFlight.js";
import { kernelMetrics } from "./metrics.js";
import { errorHandler } from "./middleware/errorBoundary.js";
import { fallbacks } from "./middleware/fallbacks.js";
import { updateLogger } from "./middleware/updateLogger.js";
import { moduleMiddleware, moduleRouter, prefetchKeys, type RoutedModule } from "./moduleRouter.js";
import { HANDLED_TTL_MS, preflight, sessionKey } from "./preflight.js";
import { type RoleSource, rolesMiddleware } from "./roles.js";
import { memoryClaims, storeClaims } from "./updateClaims.js";

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
  /** Session lifetime (REDIS_SESSION_TTL, seconds), sliding; sessions never expire when absent. */
  sessionTtlSeconds?: number;
  /** Webhook mode caps auto-retry so a handler stays under Telegram's webhook timeout. */
  mode: "polling" | "webhook";
  /** Replaces the HTTP layer of Bot API calls (the test harness answers like Telegram here). */
  fetch?: typeof fetch;
  /** Shared tracker of updates being handled, for graceful shutdown. */
  inFlight?: InFlight;
}

/** A module instance of a built bot: what the app mounts (routes), checks (health) and schedules. */
export interface BuiltModule {
  name: string;
  instance: ModuleInstance;
}

export interface BuiltBot {
  bot: Bot<BotContext>;
  identity: BotIdentity;
  /** Every module instance, in the bot's module order. */
  modules: BuiltModule[];
  /** Update types to ask Telegram for (getUpdates or setWebhook). */
  allowedUpdates: string[];
  /** Calls setMyCommands for every language and chat kind. */
  publishCommands(): Promise<void>;
  /** Writes what the kernel still holds for updates already handled (call before closing storage). */
  drain(): Promise<void>;
}

/**
 * Turns one bot's configuration into a grammY bot: kernel middleware, then one instance of every
 * module (each built by its `create`, once per bot), then the fallbacks. Everything the bot needs
 * is passed in; nothing is global, so one process can host many bots and tests can build as many
 * as they like.
 */
export async function buildBot(config: BotConfig, options: BuildBotOptions): Promise<BuiltBot> {
  installFastBranch();
  const { services } = options;
  const modules = config.modules.map((m) => m.module);
  const metrics = kernelMetrics(services.metrics);
  // Set only while `ctx.finalReply` hands its message to grammY, which decides synchronously
  // whether the call goes in the webhook response.
  let finalReplyArmed = false;
  const bot = new Bot<BotContext>(config.token, {
    client: {
      apiRoot: options.apiRoot,
      canUseWebhookReply: (method) => finalReplyArmed && method === "sendMessage",
      ...(options.fetch ? { fetch: options.fetch } : {}),
    },
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

  const i18n = createI18n(modules);
  const translate = fastTranslate(i18n);
  const doneMarks = new DoneMarks(services.storage, HANDLED_TTL_MS, services.logger);
  // SQLite is one process's store: its claims can live in memory (see updateClaims.ts).
  const claims = services.storage.kind === "sqlite" ? memoryClaims() : storeClaims(services.storage);
  const identity: BotIdentity = {
    id: config.id,
    modules: modules.map((m) => m.name),
    version: options.version,
    callbackKey: callbackKey(config.token),
    translate: translator(translate),
  };
  const commands = listCommands(modules);

  // One instance per module, each in its own closure; `instances` is shared with every setup so
  // the base module can collect start hints once all exist.
  const built: BuiltModule[] = [];
  const sends = createSendScheduler();
  const roleSources = new Map<string, RoleSource>();
  for (const { module, config: moduleConfig } of config.modules) {
    const rbac = createModuleRbac({
      bot: config.id,
      module: module.name,
      roles: module.roles ?? {},
      audit: services.audit,
      logger: services.logger,
    });
    const setup: ModuleSetup<unknown> = {
      bot: identity,
      config: moduleConfig,
      services,
      api: bot.api,
      sends,
      logger: services.logger.child({ bot: config.id, module: module.name }),
      key: (...parts) => [module.name, config.id, ...parts].join(":"),
      rbac,
      modules: config.modules,
      instances: built,
    };
    const instance = await module.create(setup);
    built.push({ name: module.name, instance });
    roleSources.set(module.name, { rbac, roleOf: instance.roleOf });
    for (const job of instance.jobs ?? []) {
      const name = `${config.id}:${module.name}:${job.name}`;
      services.jobs.define(name, (data) => job.run(data));
      if (job.every) await services.jobs.every(name, {}, { id: name, intervalMs: job.every });
      if (job.cron) await services.jobs.cron(name, {}, { id: name, ...job.cron });
    }
  }

  // The base module last, so a deep link (`/start <payload>`) a module claims reaches it first.
  const routed: RoutedModule[] = [
    ...built.filter((m) => m.name !== BASE_MODULE),
    ...built.filter((m) => m.name === BASE_MODULE),
  ].map(({ name, instance }) => {
    const module = modules.find((m) => m.name === name)!;
    return {
      name,
      commands: new Set((module.commands ?? []).map((c) => c.command)),
      ...(module.callbackPrefix !== undefined ? { callbackPrefix: module.callbackPrefix } : {}),
      messages: module.messages ?? "none",
      updates: new Set(module.updates ?? []),
      startPayload: instance.startPayload,
      prefetch: instance.prefetch,
      middleware: moduleMiddleware(name, instance),
    };
  });

  if (options.inFlight) bot.use(options.inFlight.middleware());
  const enrich: MiddlewareFn<BotContext> = async (ctx, next) => {
    ctx.services = services;
    ctx.botIdentity = identity;
    ctx.finalReply = async (text, other) => {
      finalReplyArmed = true;
      let sent: Promise<unknown>;
      try {
        sent = ctx.reply(text, other);
      } finally {
        finalReplyArmed = false;
      }
      await sent;
    };
    await next();
  };
  bot.use(enrich);
  bot.use(updateLogger(config.id, options.logger, metrics, new Set(commands.map((c) => c.command))));
  const onError = errorHandler(config.id, metrics);
  bot.catch(onError);
  // Everything below runs inside the boundary: a throw anywhere becomes an apology with an error id.
  const guarded = bot.errorBoundary(onError);
  // First, so an update waiting behind another of its chat has claimed nothing and read no
  // session yet: its reads see what the one before it wrote.
  guarded.use(sequentialize(sessionKey));
  guarded.use(
    preflight({
      botId: config.id,
      storage: services.storage,
      metrics,
      translate,
      doneMarks,
      claims,
      prefetch: (ctx) => prefetchKeys(ctx, routed),
      languageChosen: (ctx, language) => publishChatCommands(ctx, modules, i18n, language),
      ...(options.sessionTtlSeconds ? { sessionTtlMs: options.sessionTtlSeconds * 1000 } : {}),
    }),
  );
  guarded.use(rolesMiddleware(roleSources));
  // /cancel for whichever module's form is open; any other command ends the open form.
  guarded.use(formsCommands());
  guarded.use(moduleRouter(routed));
  guarded.use(fallbacks());

  const allowedUpdates = [...new Set([...DEFAULT_UPDATES, ...modules.flatMap((m) => m.updates ?? [])])];
  return {
    bot,
    identity,
    modules: built,
    allowedUpdates,
    publishCommands: () => publishCommands(bot.api, modules, i18n),
    drain: async () => {
      await doneMarks.drain();
      claims.close();
    },
  };
}
