import { ConfigError, loadConfig } from "./config/loadConfig.js";
import { moduleRegistry } from "./modules/registry.js";
import { createLogger } from "./platform/logger.js";
import { startPlayground } from "./playground/index.js";
import { startApp } from "./runtime/app.js";
import { closeOnSignals } from "./runtime/closeOnSignals.js";
import { VERSION } from "./version.js";

const DEMO_NOTE = `No TELEGRAM_BOT_TOKEN or SWITCHBOARD_CONFIG: running the playground (demo mode, offline).`;

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
  // A person at a terminal reads lines; a supervisor or a log shipper (stdout piped) gets JSON.
  const logger = createLogger({
    level: config.env.LOG_LEVEL,
    name: "switchboard",
    pretty: process.stdout.isTTY === true,
  });

  let app: { stop(): Promise<void> };
  if (config.demo) {
    process.stdout.write(`${DEMO_NOTE}\n`);
    const playground = await startPlayground({ env: config.env, logger, version: VERSION });
    app = playground;
    process.stdout.write(`\n  Playground: ${playground.url}\n\n`);
  } else {
    const started = await startApp({ config, logger, version: VERSION });
    app = started;
    logger.info({ url: started.url, bots: started.bots.map((b) => b.identity.id) }, "switchboard is running");
  }

  closeOnSignals(logger, () => app.stop());
}

main().catch((error) => {
  process.stderr.write(
    `Switchboard could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
