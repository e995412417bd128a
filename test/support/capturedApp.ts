/**
 * A whole Switchboard app started in the test's process from environment variables, as `npm
 * start` would read them, with every log line it writes kept in `logs` (tests assert no secret
 * reaches them). What the module stacks (`test/crm/crmStack.ts`, `test/erp/erpStack.ts`) share.
 */
import { Writable } from "node:stream";
import { loadConfig } from "../../src/config/loadConfig.js";
import type { AnyModule } from "../../src/kernel/defineModule.js";
import { createLogger } from "../../src/platform/logger.js";
import { type App, startApp } from "../../src/runtime/app.js";

export async function startCapturedApp(
  env: Record<string, string>,
  registry: Readonly<Record<string, AnyModule>>,
  logs: string[],
): Promise<App> {
  const config = loadConfig(env, registry);
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: config.env.LOG_LEVEL, destination });
  return startApp({ config, logger, version: "e2e" });
}
