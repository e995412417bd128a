/**
 * A whole Switchboard process for a bench, as `npm start` would run it: the configuration from
 * environment variables (webhook mode, a SQLite store in a temporary folder, logs off, no per-user
 * rate limit: a bench's few users send thousands of updates in seconds), started with `startApp`
 * on a free port (or `port`, when the bench must know it before the app starts). `env` adds the
 * modules' own settings.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { UserFromGetMe } from "grammy/types";
import pino from "pino";
import { loadConfig } from "../../src/config/loadConfig.js";
import { moduleRegistry } from "../../src/modules/registry.js";
import { type App, startApp } from "../../src/runtime/app.js";
import { webhookPath } from "../../src/runtime/webhook.js";
import type { WebhookTarget } from "../load.js";

export interface BenchAppOptions {
  token: string;
  /** `BOT_MODULES`, and by default the bot's id. */
  modules: string;
  botId?: string;
  /** The getMe answer, so the bot never asks the stand-in. */
  botInfo: UserFromGetMe;
  webhookSecret: string;
  /** The Bot API stand-in's root. */
  botApiRoot: string;
  env?: Record<string, string>;
  port?: number;
}

export async function startBenchApp(options: BenchAppOptions): Promise<{ app: App; target: WebhookTarget }> {
  const botId = options.botId ?? options.modules;
  const dir = mkdtempSync(join(tmpdir(), `sb-bench-${botId}-`));
  const config = loadConfig(
    {
      TELEGRAM_BOT_TOKEN: options.token,
      BOT_MODULES: options.modules,
      BOT_ID: botId,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bench.example/",
      WEBHOOK_SECRET: options.webhookSecret,
      HOST: "127.0.0.1",
      ...(options.port !== undefined ? { PORT: String(options.port) } : {}),
      TELEGRAM_API_ROOT: options.botApiRoot,
      STORAGE_URL: `sqlite:${join(dir, "switchboard.db")}`,
      DATA_DIR: dir,
      GENERAL_RATE_LIMIT: "1000000",
      LOG_LEVEL: "silent",
      ...options.env,
    },
    moduleRegistry,
  );
  // A free port (the variable itself must name one).
  if (options.port === undefined) config.env.PORT = 0;
  const app = await startApp({
    config,
    logger: pino({ level: "silent" }),
    version: "bench",
    botInfo: { [botId]: options.botInfo },
  });
  return { app, target: { url: app.url, path: webhookPath(botId), secret: options.webhookSecret } };
}
