/**
 * How every long-running entry point ends (`npm start`, `npm run api-v2`, the reference backends'
 * process): on SIGTERM or SIGINT, `close` what it runs, then exit 0, or 1 when closing failed.
 */
import type { Logger } from "pino";

export function closeOnSignals(logger: Pick<Logger, "info" | "error">, close: () => Promise<unknown>): void {
  const shutdown = (signal: string) => {
    logger.info({ signal }, "signal received");
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}
