import type { FastifyInstance } from "fastify";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { AppConfig, BotConfig } from "../config/loadConfig.js";
import { type BuiltBot, buildBot } from "../kernel/buildBot.js";
import { InFlight } from "../kernel/inFlight.js";
import { closeServices, createServices } from "../platform/createServices.js";
import type { Services } from "../platform/services.js";
import { createHttpServer, type ReadinessCheck } from "../server/httpServer.js";
import { freePort, localBaseUrl } from "../server/localAddress.js";
import { mountModuleRoutes } from "../server/moduleRoutes.js";
import { type Polling, startPolling } from "./polling.js";
import { registerWebhookRoute, setWebhook } from "./webhook.js";

export interface App {
  http: FastifyInstance;
  services: Services;
  bots: BuiltBot[];
  /** The address the HTTP server listens on. */
  url: string;
  /** Stops intake, waits (bounded) for updates in flight, closes everything. Idempotent. */
  stop(): Promise<void>;
}

export interface StartAppOptions {
  config: AppConfig;
  logger: Logger;
  version: string;
  /** Bots to serve; defaults to `config.bots` (the playground passes its own). */
  bots?: BotConfig[];
  /** Known getMe answers by bot id (tests). */
  botInfo?: Record<string, UserFromGetMe>;
  /** Runs on the HTTP server before it listens (the playground mounts its routes here). */
  beforeListen?: (http: FastifyInstance, services: Services) => Promise<void> | void;
  /** Services built by the caller (the playground shares them with its backends). */
  services?: Services;
  /** The Bot API root, once the server's address is known (the playground serves the emulator itself). */
  apiRoot?: (serverUrl: string) => string;
  /** The embedded job runner's clock (tests move it, then `runDue`); default `Date.now`. */
  now?: () => number;
}

function readiness(services: Services, bots: readonly BuiltBot[]): ReadinessCheck[] {
  const checks: ReadinessCheck[] = [
    { name: "storage", check: async () => void (await services.storage.ping()) },
  ];
  for (const built of bots) {
    for (const { name, instance } of built.modules) {
      if (instance.health) checks.push({ name: `${built.identity.id}/${name}`, check: instance.health });
    }
  }
  return checks;
}

/**
 * Starts a whole Switchboard process: services, every bot (polling or webhook), and the HTTP
 * server with health, readiness and metrics.
 */
export async function startApp(options: StartAppOptions): Promise<App> {
  const { config, logger } = options;
  const env = config.env;
  const botConfigs = options.bots ?? config.bots;
  const services =
    options.services ??
    (await createServices({
      logger,
      storageUrl: config.storageUrl,
      dataDir: env.DATA_DIR,
      secretKey: env.SWITCHBOARD_SECRET_KEY,
      generalRateLimit: env.GENERAL_RATE_LIMIT,
      loginRateLimit: env.LOGIN_RATE_LIMIT,
      ...(options.now ? { now: options.now } : {}),
    }));
  const inFlight = new InFlight();
  const bots: BuiltBot[] = [];
  const http = createHttpServer({
    logger,
    registry: services.metrics,
    readiness: () => readiness(services, bots),
  });
  // Bots (and so their modules' routes) are built before the server listens, on the port it
  // will listen on: a port of 0 is resolved to a free one first.
  const port = env.PORT === 0 ? await freePort(env.HOST) : env.PORT;
  const url = localBaseUrl(env.HOST, port);
  const webhooks = env.BOT_MODE === "webhook" ? registerWebhookRoute(http, env.WEBHOOK_SECRET!) : undefined;
  for (const botConfig of botConfigs) {
    const built = await buildBot(botConfig, {
      services,
      logger,
      apiRoot: options.apiRoot?.(url) ?? env.TELEGRAM_API_ROOT,
      version: options.version,
      botInfo: options.botInfo?.[botConfig.id],
      sessionTtlSeconds: env.REDIS_SESSION_TTL,
      mode: env.BOT_MODE,
      inFlight,
    });
    webhooks?.add(built);
    bots.push(built);
  }
  await mountModuleRoutes(
    http,
    bots.flatMap((b) =>
      b.modules.map(({ name, instance }) => ({
        bot: b.identity.id,
        module: name,
        routes: instance.routes ?? [],
      })),
    ),
  );
  await options.beforeListen?.(http, services);
  await http.listen({ port, host: env.HOST });

  const pollers: Polling[] = [];
  for (const built of bots) {
    await built.bot.init();
    await built.publishCommands();
    if (env.BOT_MODE === "webhook") await setWebhook(built, env.WEBHOOK_URL!, env.WEBHOOK_SECRET!);
    else pollers.push(await startPolling(built, logger.child({ bot: built.identity.id }), services.storage));
    logger.info(
      { bot: built.identity.id, username: built.bot.botInfo.username, mode: env.BOT_MODE },
      "bot started",
    );
  }
  await services.jobs.start();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info("shutting down");
      // 1. take no new updates: stop polling, refuse new webhook requests (close waits for open ones)
      await Promise.all(pollers.map((p) => p.stop()));
      const closing = http.close();
      // 2. let updates in flight finish, bounded
      const drained = await inFlight.drain(env.SHUTDOWN_TIMEOUT_MS);
      if (!drained) logger.warn({ inFlight: inFlight.size }, "shutdown timeout: updates still in flight");
      await closing;
      await Promise.all(bots.map((b) => b.drain()));
      // Tell Telegram which updates are done, so a restart is not handed them again.
      await Promise.all(pollers.map((p) => p.confirm()));
      // 3. close connections
      await closeServices(services);
      logger.info("stopped");
    })();
    return stopping;
  };
  return { http, services, bots, url, stop };
}
