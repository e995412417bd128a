import { ConfigError, loadConfig } from "./config/loadConfig.js";
import { moduleRegistry } from "./modules/registry.js";
import { createLogger } from "./platform/logger.js";
import { type App, startApp } from "./runtime/app.js";
import { VERSION } from "./version.js";

const NO_TOKEN = `No bot configured.
Set TELEGRAM_BOT_TOKEN (and TELEGRAM_API_ROOT to use a Bot API server other than api.telegram.org),
or SWITCHBOARD_CONFIG to a file that declares several bots. See README.md, "Configuration".`;

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env, moduleRegistry);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.env.LOG_LEVEL, name: "switchboard" });

  let app: App;
  if (config.demo) {
    process.stderr.write(`${NO_TOKEN}\n`);
    process.exit(1);
  } else {
    app = await startApp({ config, logger, version: VERSION });
    logger.info({ url: app.url, bots: app.bots.map((b) => b.identity.id) }, "switchboard is running");
  }

  const shutdown = (signal: string) => {
    logger.info({ signal }, "signal received");
    app.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error) => {
  process.stderr.write(
    `Switchboard could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
