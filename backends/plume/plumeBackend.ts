/**
 * The reference Plume backend: SSO token endpoint, API, reports and control routes in one
 * Fastify app, with its own clock, tokens, demo world and faults — nothing shared between
 * instances, so every test can build its own.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { registerApiRoutes } from "./apiRoutes.js";
import { registerControlRoutes } from "./controlRoutes.js";
import { DEMO_CLIENTS, type DemoClient, PLUME_TOKEN_PATH } from "./demoCredentials.js";
import { installFaultHooks, type RequestCounts } from "./faultHooks.js";
import { FaultInjector } from "./faults.js";
import { registerReportRoutes } from "./reportRoutes.js";
import { registerTokenEndpoint } from "./tokenEndpoint.js";
import { TokenStore } from "./tokenStore.js";
import { DEFAULT_FLAPPING, type FlappingCycle, PlumeWorld } from "./world.js";

export interface PlumeBackendOptions {
  /** `expires_in` of issued tokens (default 3600, as Plume's SSO). */
  tokenLifetimeSec?: number;
  /** The clock for token expiry and all time-dependent data (default `Date.now`). */
  now?: () => number;
  logger?: FastifyBaseLogger;
  /** The Workshop pod's drop/recover cycle (default down 5 min of every 20); `false` keeps it up. */
  flapping?: FlappingCycle | false;
  /** OAuth clients the token endpoint knows (default: the demo clients). */
  clients?: readonly DemoClient[];
  /** Serve `/_control/*` (default true). */
  control?: boolean;
}

export interface PlumeBackend {
  app: FastifyInstance;
  /** Fault settings for this instance: `faults.set({ errorRate: 1 })`, `faults.revokeTokens()`, … */
  faults: FaultInjector;
  now: () => number;
  clients: readonly DemoClient[];
  tokens: TokenStore;
  /** Pod state and service-level overrides: `world.setPodState(id, "disconnected")`. */
  world: PlumeWorld;
  /** Requests seen so far, per part and per route. */
  requestCounts(): RequestCounts;
  /** Faults, overrides and counters back to their initial state (issued tokens stay valid). */
  reset(): void;
}

export function createPlumeBackend(options: PlumeBackendOptions = {}): PlumeBackend {
  const now = options.now ?? Date.now;
  const clients = options.clients ?? Object.values(DEMO_CLIENTS);
  // A test backend that is closed must let go at once, even of requests a fault keeps hanging.
  const app = (
    options.logger
      ? Fastify({ loggerInstance: options.logger, forceCloseConnections: true })
      : Fastify({ logger: false, forceCloseConnections: true })
  ) as FastifyInstance;

  let tokens: TokenStore | undefined;
  const faults = new FaultInjector(() => tokens?.revokeAll());
  tokens = new TokenStore(now, options.tokenLifetimeSec ?? 3600, (id) => faults.isClientRevoked(id));
  const world = new PlumeWorld(now, options.flapping ?? DEFAULT_FLAPPING);
  const counters = installFaultHooks(app, faults);

  const reset = () => {
    faults.reset();
    world.reset();
    counters.resetCounts();
  };

  registerTokenEndpoint(app, { clients, tokens, faults });
  registerApiRoutes(app, world, tokens);
  registerReportRoutes(app, world, tokens);
  if (options.control ?? true) {
    registerControlRoutes(app, { world, faults, tokens, counts: counters.counts, reset });
  }

  return { app, faults, now, clients, tokens, world, requestCounts: counters.counts, reset };
}

export interface StartedPlumeBackend extends PlumeBackend {
  /** Root URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** `PLUME_SSO_URL`: the token endpoint. */
  ssoTokenUrl: string;
  /** `PLUME_API_BASE`, with its trailing slash. */
  apiBase: string;
  /** `PLUME_REPORTS_BASE`, with its trailing slash. */
  reportsBase: string;
  close(): Promise<void>;
}

/** Builds a backend and listens on loopback (`port` 0, the default, picks a free one). */
export async function startPlumeBackend(
  options: PlumeBackendOptions & { port?: number; host?: string } = {},
): Promise<StartedPlumeBackend> {
  const backend = createPlumeBackend(options);
  const host = options.host ?? "127.0.0.1";
  await backend.app.listen({ port: options.port ?? 0, host });
  const address = backend.app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    ...backend,
    url,
    ssoTokenUrl: `${url}${PLUME_TOKEN_PATH}`,
    apiBase: `${url}/api/`,
    reportsBase: `${url}/reports/`,
    close: () => backend.app.close(),
  };
}
