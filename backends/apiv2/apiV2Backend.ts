/**
 * API V2, the moderation service: its database (SQLite or PostgreSQL, migrated on start), the
 * contract's routes in the envelope, bearer-key auth, idempotent writes, the OpenAPI document, and
 * the kit's faults, clock and control routes — one Fastify app per instance, nothing shared.
 * `createApiV2` is for `app.inject` tests; `startApiV2Backend` listens, as the playground and
 * `main.ts` start it, and can drop off the network and come back (`down`/`up`) on the same port.
 */
import { join } from "node:path";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { bearerAuth } from "../kit/bearerAuth.js";
import { type Clock, type ManualClock, shiftedClock } from "../kit/clock.js";
import { registerControlRoutes } from "../kit/controlRoutes.js";
import { installFaultHooks, type RequestCounts } from "../kit/faultHooks.js";
import {
  type BackendStartOptions,
  createBackendApp,
  listenBackend,
  prepareDataDir,
  type RunningBackend,
  type StartReferenceBackend,
} from "../kit/referenceBackend.js";
import { actionLogRoutes } from "./actionLogRoutes.js";
import { type ApiRoute, registerApiRoutes } from "./apiRoute.js";
import type { Dialect } from "./db/migrations/idColumn.js";
import { MEMORY, openDatabase, parseDatabaseUrl } from "./db/openDatabase.js";
import type { ApiV2Database } from "./db/schema.js";
import { enforcementRoutes } from "./enforcementRoutes.js";
import { failure, installEnvelopeErrors } from "./envelope.js";
import { type ApiV2Faults, type ApiV2Part, apiV2FaultBody, createApiV2Faults } from "./faults.js";
import { healthRoutes, SERVICE_VERSION } from "./healthRoutes.js";
import { memberRoutes } from "./memberRoutes.js";
import { nightModeRoutes } from "./nightModeRoutes.js";
import { OPENAPI_PATH, openApiDocument } from "./openApi.js";
import { settingsRoutes } from "./settingsRoutes.js";

/** Not a secret: it only opens the loopback demo and the tests' backends. */
export const DEMO_API_KEY = "apiv2-demo-key-0123456789abcdef";

/** The SQLite file in a data folder. */
export const DATABASE_FILE = "apiv2.db";

export interface ApiV2Options {
  /**
   * `postgres://…` (PostgreSQL), `sqlite:<path>` or a path (SQLite), `:memory:`. Default: the
   * SQLite file `<dataDir>/apiv2.db`, or memory without a data folder.
   */
  databaseUrl?: string;
  dataDir?: string;
  /** Accepted like every reference backend's; API V2 never calls the app. */
  appUrl?: string;
  /** The bearer key (`API_V2_KEY`); default `DEMO_API_KEY`. */
  apiKey?: string;
  /** The time it lives in (default real time); the backend shifts its own copy. */
  clock?: Clock;
  logger?: FastifyBaseLogger;
  /** Serve `/_control/*` (default true; `main.ts` turns it off). */
  control?: boolean;
}

export interface ApiV2App {
  app: FastifyInstance;
  /** The database, for tests that look inside. */
  db: Kysely<ApiV2Database>;
  dialect: Dialect;
  /** The migrations this start ran (none when the database was up to date). */
  migrated: string[];
  /** Where the data lives, without credentials. */
  database: string;
  /** The bearer key the service accepts. */
  key: string;
  faults: ApiV2Faults;
  /** The backend's time: the given clock, shifted by `clock.advance(ms)` or `POST /_control/clock`. */
  clock: ManualClock;
  /** The OpenAPI document `GET /openapi.json` serves. */
  openApi: ReturnType<typeof openApiDocument>;
  /** The routes the service declares (what the OpenAPI document lists). */
  routes: readonly ApiRoute[];
  /** Requests seen so far, per part and per route. */
  counts(): RequestCounts<ApiV2Part>;
  /** Faults, clock shift, counters and every row back to the start (an empty service). */
  reset(): Promise<void>;
  /** Stops the app and closes the database. */
  close(): Promise<void>;
}

/** A request's log lines carry its method, URL and status: no header (the key) and no body. */
const REQUEST_LOG = {
  req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
};

function databaseUrlOf(options: ApiV2Options): string {
  if (options.databaseUrl) return options.databaseUrl;
  return options.dataDir ? join(prepareDataDir(options.dataDir), DATABASE_FILE) : MEMORY;
}

export async function createApiV2(options: ApiV2Options = {}): Promise<ApiV2App> {
  const given = options.clock;
  const clock = shiftedClock(given ? () => given.now() : Date.now);
  const key = options.apiKey ?? DEMO_API_KEY;
  const app = createBackendApp(options.logger?.child({}, { serializers: REQUEST_LOG }));
  const database = await openDatabase(parseDatabaseUrl(databaseUrlOf(options)), (error) =>
    app.log.warn({ err: error }, "a database connection broke; the next query opens another"),
  );
  app.addHook("onClose", () => database.close());
  installEnvelopeErrors(app);
  const faults = createApiV2Faults();
  const counter = installFaultHooks(app, faults, { faultBody: apiV2FaultBody });

  const routes: ApiRoute[] = [
    ...healthRoutes(database),
    ...settingsRoutes,
    ...nightModeRoutes,
    ...memberRoutes,
    ...enforcementRoutes,
    ...actionLogRoutes,
  ];
  const openApi = openApiDocument(routes, SERVICE_VERSION);
  registerApiRoutes(app, routes, {
    db: database.db,
    now: clock.now,
    authenticate: bearerAuth({
      secrets: key,
      realm: "api-v2",
      body: (refusal) =>
        failure(401, refusal === "missing" ? "A bearer API key is required" : "The API key is not valid"),
    }),
  });
  app.get(OPENAPI_PATH, async () => openApi);

  const reset = async () => {
    faults.reset();
    clock.reset();
    counter.reset();
    await database.wipe();
  };
  if (options.control ?? true) {
    registerControlRoutes(app, {
      faults,
      clock,
      reset,
      requestCounts: counter.counts,
      stats: () => ({ migrated: database.migrated, database: database.description }),
    });
  }

  return {
    app,
    db: database.db,
    dialect: database.dialect,
    migrated: database.migrated,
    database: database.description,
    key,
    faults,
    clock,
    openApi,
    routes,
    counts: counter.counts,
    reset,
    close: () => app.close(),
  };
}

export interface ApiV2Backend extends ApiV2App, RunningBackend {
  /** Root URL, e.g. `http://127.0.0.1:40123` (the bot's `API_V2_URL`). */
  url: string;
  /** Stops listening and drops every connection: the service is unreachable (connection refused). */
  down(): Promise<void>;
  /** Listens again on the same address. */
  up(): Promise<void>;
  /** Between `down()` and `up()`. */
  readonly isDown: boolean;
  /** As `ApiV2App.reset`, and back up if it was down. */
  reset(): Promise<void>;
}

/** Builds the service and listens (loopback and a free port by default), with the kit's start options. */
export async function startApiV2Backend(
  options: Partial<BackendStartOptions> & ApiV2Options = {},
): Promise<ApiV2Backend> {
  const backend = await createApiV2(options);
  let url: string;
  try {
    url = await listenBackend(backend.app, options);
  } catch (error) {
    await backend.close();
    throw error;
  }
  const server = backend.app.server;
  const { port } = new URL(url);
  const host = options.host ?? "127.0.0.1";
  let isDown = false;

  const down = async () => {
    if (isDown) return;
    isDown = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  };
  const up = async () => {
    if (!isDown) return;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ port: Number(port), host }, () => {
        server.off("error", reject);
        resolve();
      });
    });
    isDown = false;
  };

  return {
    ...backend,
    url,
    down,
    up,
    get isDown() {
      return isDown;
    },
    reset: async () => {
      await up();
      await backend.reset();
    },
  };
}

// The playground starts every reference backend through this one signature.
startApiV2Backend satisfies StartReferenceBackend<ApiV2Backend>;
