/**
 * HTTP routes a module instance declares (erp's `POST /internal/save-code`, which the ERP backend
 * calls), mounted on the process's Fastify server before it listens.
 *
 * Path scheme: every route is served at `/bots/<bot id><path>`; when exactly one bot of the
 * process carries the module, also at `<path>` itself (the path a backend was built to call).
 *
 * Every route gets, in this order: a rate limit per client address (429), the caller's proof
 * (401), then the body checked against the route's zod schema (400 naming the field). All three
 * answer JSON. The checks of a secret run in constant time.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";

/** How a caller proves it is the backend the module trusts. */
export type RouteAuth =
  /** A shared secret: `Authorization: Bearer <secret>`, or the raw secret in `header`. */
  | { secret: string; header?: string }
  /** HMAC-SHA256 of the raw body with `hmac` as key, hex, in `header` (default `x-signature`, `sha256=` optional). */
  | { hmac: string; header?: string };

export interface ModuleRequest<Body> {
  body: Body;
  query: Record<string, string | undefined>;
  /** The client's address, as Fastify sees it (set `trustProxy` behind a proxy). */
  ip: string;
}

export interface ModuleReply {
  /** Default 200. */
  status?: number;
  body?: unknown;
}

export interface ModuleRoute<Body = unknown> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Starts with `/`, e.g. `/internal/save-code`. */
  path: string;
  /** The JSON body's schema; a body that fails it is answered 400 naming the first bad field. */
  body?: z.ZodType<Body>;
  auth: RouteAuth;
  /** Requests per client address per window; default 60 per minute. */
  rateLimit?: { max: number; windowMs: number };
  handler(request: ModuleRequest<Body>): Promise<ModuleReply> | ModuleReply;
}

// biome-ignore lint/suspicious/noExplicitAny: a route of any body type, as a module lists them
export type AnyRoute = ModuleRoute<any>;

/** Declares a route; its handler's body is typed by the route's `body` schema. */
export function defineRoute<Body>(route: ModuleRoute<Body>): ModuleRoute<Body> {
  if (!route.path.startsWith("/")) throw new Error(`route path "${route.path}" must start with /`);
  return route;
}

/** One module instance's routes, as the app collects them. */
export interface MountedRoutes {
  bot: string;
  module: string;
  routes: ReadonlyArray<AnyRoute>;
}

const DEFAULT_LIMIT = { max: 60, windowMs: 60_000 };

/** Equal-length digests, so neither the content nor the length of the secret leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

function authorized(request: FastifyRequest & { rawBody?: Buffer }, auth: RouteAuth): boolean {
  if ("secret" in auth) {
    const header = auth.header?.toLowerCase();
    const raw = request.headers[header ?? "authorization"];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined) return false;
    const given = header ? value : /^Bearer\s+(.+)$/i.exec(value)?.[1];
    return given !== undefined && sameSecret(given, auth.secret);
  }
  const raw = request.headers[auth.header?.toLowerCase() ?? "x-signature"];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.replace(/^sha256=/i, "");
  if (value === undefined) return false;
  const expected = createHmac("sha256", auth.hmac)
    .update(request.rawBody ?? Buffer.alloc(0))
    .digest("hex");
  return sameSecret(value.toLowerCase(), expected);
}

/** The first problem of a failed parse, as `{ field, message }` (field `""` = the whole body). */
function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  return { field: issue?.path.join(".") ?? "", message: issue?.message ?? "invalid body" };
}

function register(scope: FastifyInstance, url: string, route: AnyRoute) {
  const limit = route.rateLimit ?? DEFAULT_LIMIT;
  scope.route({
    method: route.method,
    url,
    config: { rateLimit: { max: limit.max, timeWindow: limit.windowMs } },
    handler: async (request: FastifyRequest & { rawBody?: Buffer }, reply: FastifyReply) => {
      if (!authorized(request, route.auth)) return reply.code(401).send({ error: "unauthorized" });
      let body: unknown = request.body;
      if (route.body) {
        const parsed = route.body.safeParse(body);
        if (!parsed.success)
          return reply.code(400).send({ error: "bad_request", ...firstIssue(parsed.error) });
        body = parsed.data;
      }
      const answer = await route.handler({
        body,
        query: request.query as Record<string, string | undefined>,
        ip: request.ip,
      });
      return reply.code(answer.status ?? 200).send(answer.body ?? {});
    },
  });
}

/**
 * Mounts every module instance's routes, each module in its own encapsulated Fastify context (its
 * raw-body parser and rate limiter touch nothing else). Call before the server listens.
 */
export async function mountModuleRoutes(http: FastifyInstance, mounts: readonly MountedRoutes[]) {
  const carriers = new Map<string, number>();
  for (const { module, routes } of mounts) {
    if (routes.length > 0) carriers.set(module, (carriers.get(module) ?? 0) + 1);
  }
  for (const mount of mounts) {
    if (mount.routes.length === 0) continue;
    const alone = carriers.get(mount.module) === 1;
    await http.register(async (scope) => {
      await scope.register(rateLimit, {
        global: false,
        errorResponseBuilder: (_request, context) => ({
          statusCode: 429,
          error: "rate_limited",
          retry_after: Math.ceil(context.ttl / 1000),
        }),
      });
      // JSON kept as bytes too: an HMAC is over exactly what was sent.
      scope.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, body, done) => {
        (request as FastifyRequest & { rawBody?: Buffer }).rawBody = body as Buffer;
        if ((body as Buffer).length === 0) return done(null, undefined);
        try {
          done(null, JSON.parse((body as Buffer).toString("utf8")));
        } catch {
          const error = new Error("body is not valid JSON") as Error & { statusCode: number };
          error.statusCode = 400;
          done(error, undefined);
        }
      });
      scope.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
        const status = error.statusCode ?? 500;
        if (status === 429) {
          const retryAfter = (error as { retry_after?: number }).retry_after;
          return reply.code(429).send({ error: "rate_limited", retry_after: retryAfter ?? 60 });
        }
        if (status < 500)
          return reply.code(status).send({ error: "bad_request", field: "", message: error.message });
        scope.log.error({ err: error, bot: mount.bot, module: mount.module }, "module route failed");
        return reply.code(500).send({ error: "internal" });
      });
      for (const route of mount.routes) {
        register(scope, `/bots/${mount.bot}${route.path}`, route);
        if (alone) register(scope, route.path, route);
      }
    });
  }
}
