import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { Logger } from "pino";
import type { Registry } from "prom-client";

/** A named readiness check: resolves when the part can serve, throws (or returns a reason) when not. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<string | undefined>;
}

export interface HttpServerOptions {
  logger: Logger;
  registry: Registry;
  readiness: () => ReadinessCheck[];
  /** Bounded wait for each readiness check, so a hung backend does not hang /readyz. */
  checkTimeoutMs?: number;
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  try {
    const result = await Promise.race([check.check().then((r) => r ?? undefined), timeout]);
    return result || undefined;
  } catch (error) {
    return (error as Error).message || "failed";
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The process's HTTP server: `/healthz` (alive), `/readyz` (storage and every module's health,
 * 503 naming what fails), `/metrics` (Prometheus). Webhook routes and the playground register
 * on the returned instance.
 */
export function createHttpServer(options: HttpServerOptions): FastifyInstance {
  const app = Fastify({
    loggerInstance: options.logger.child({ component: "http" }) as FastifyBaseLogger,
    // Requests are not logged one by one: updates are, by the kernel, with more to say.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 10 * 1024 * 1024,
  });
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const checks = options.readiness();
    const results = await Promise.all(
      checks.map(async (c) => [c.name, await runCheck(c, options.checkTimeoutMs ?? 3000)] as const),
    );
    const failing = Object.fromEntries(results.filter(([, problem]) => problem !== undefined));
    const ok = Object.keys(failing).length === 0;
    return reply.code(ok ? 200 : 503).send(ok ? { status: "ready" } : { status: "not ready", failing });
  });
  app.get("/metrics", async (_request, reply) => {
    reply.header("content-type", options.registry.contentType);
    return options.registry.metrics();
  });
  return app;
}
