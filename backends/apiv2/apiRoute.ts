/**
 * One declaration per route — method, path, schemas of its path, query, body and answer, its
 * status, whether it takes an `Idempotency-Key` — from which both the Fastify route and its
 * OpenAPI entry are made (`openApi.ts`), so the document cannot drift from the service.
 *
 * Every route here: inputs parsed with zod (400 naming each field at fault), the handler's data
 * put in the envelope, writes run in one transaction (with the key's stored answer, when given).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { FieldIssue } from "./commonSchemas.js";
import type { ApiV2Database } from "./db/schema.js";
import { invalid, success } from "./envelope.js";
import { type InputPart, parseInput } from "./fieldIssues.js";
import {
  type Answer,
  fingerprintOf,
  IDEMPOTENCY_HEADER,
  isValidKey,
  REPLAYED_HEADER,
  runIdempotent,
} from "./idempotency.js";

/** What a handler works with: the request's database (its transaction, for writes) and its instant. */
export interface RouteContext {
  db: Kysely<ApiV2Database>;
  /** The backend's clock, read once when the request arrived. */
  now: number;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type Schema = z.ZodType | undefined;

export interface ApiRouteSpec<P extends Schema, Q extends Schema, B extends Schema, D extends z.ZodType> {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** OpenAPI style: `/api/v2/groups/{group_id}/settings`. */
  path: string;
  /** The OpenAPI tag (section) it is listed under. */
  tag: string;
  summary: string;
  description?: string;
  /** Default true: `Authorization: Bearer <API_V2_KEY>`. */
  auth?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** The envelope's `data`. */
  data: D;
  status?: 200 | 201;
  /** Takes an `Idempotency-Key` header. */
  idempotent?: boolean;
  /** Failure statuses this route answers beyond 400/401/500 (documented in OpenAPI). */
  errors?: number[];
  handle(
    input: { params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> },
    context: RouteContext,
  ): Promise<{ data: z.input<D>; message: string }>;
}

/** A route with its types erased, as lists hold them (its inputs are parsed before `handle`). */
export type ApiRoute = Omit<ApiRouteSpec<Schema, Schema, Schema, z.ZodType>, "handle"> & {
  handle(
    input: { params: unknown; query: unknown; body: unknown },
    context: RouteContext,
  ): Promise<{ data: unknown; message: string }>;
};

export const defineRoute = <P extends Schema, Q extends Schema, B extends Schema, D extends z.ZodType>(
  spec: ApiRouteSpec<P, Q, B, D>,
): ApiRoute => spec as unknown as ApiRoute;

/** `/groups/{group_id}` → `/groups/:group_id`. */
export const fastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");

interface RouteDeps {
  db: Kysely<ApiV2Database>;
  now: () => number;
}

function parseInputs(route: ApiRoute, request: FastifyRequest) {
  const issues: FieldIssue[] = [];
  const parse = (schema: Schema, input: unknown, part: InputPart) => {
    if (!schema) return undefined;
    const result = parseInput(schema, input, part);
    if ("issues" in result) issues.push(...result.issues);
    return "data" in result ? result.data : undefined;
  };
  const params = parse(route.params, request.params, "path");
  const query = parse(route.query, request.query, "query");
  const body = parse(route.body, request.body, "body");
  const key = route.idempotent ? request.headers[IDEMPOTENCY_HEADER] : undefined;
  if (key !== undefined && (typeof key !== "string" || !isValidKey(key))) {
    issues.push({ field: "Idempotency-Key", message: "must be 1..255 printable ASCII characters" });
  }
  if (issues.length > 0) throw invalid(issues);
  return { inputs: { params, query, body }, key: key as string | undefined };
}

function handlerOf(route: ApiRoute, deps: RouteDeps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const now = deps.now();
    const { inputs, key } = parseInputs(route, request);
    const run = async (db: Kysely<ApiV2Database>): Promise<Answer> => {
      const { data, message } = await route.handle(inputs, { db, now });
      return { status: route.status ?? 200, body: success(data, message) };
    };
    if (route.method === "GET") {
      const answer = await run(deps.db);
      return reply.code(answer.status).send(answer.body);
    }
    if (key === undefined) {
      const answer = await deps.db.transaction().execute(run);
      return reply.code(answer.status).send(answer.body);
    }
    const fingerprint = fingerprintOf(request.method, request.url, request.body ?? null);
    const answer = await runIdempotent(deps.db, { key, fingerprint, now }, run);
    if (answer.replayed) reply.header(REPLAYED_HEADER, "true");
    return reply.code(answer.status).send(answer.body);
  };
}

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * Registers the routes: the open ones (`auth: false`) on `app`, the others in a scope whose
 * `authenticate` runs on arrival, before the body is even read.
 */
export function registerApiRoutes(
  app: FastifyInstance,
  routes: readonly ApiRoute[],
  deps: RouteDeps & { authenticate: Hook },
): void {
  const add = (scope: FastifyInstance, list: readonly ApiRoute[]) => {
    for (const route of list) {
      scope.route({ method: route.method, url: fastifyPath(route.path), handler: handlerOf(route, deps) });
    }
  };
  add(
    app,
    routes.filter((route) => route.auth === false),
  );
  app.register(async (guarded) => {
    guarded.addHook("onRequest", deps.authenticate);
    add(
      guarded,
      routes.filter((route) => route.auth !== false),
    );
  });
}
