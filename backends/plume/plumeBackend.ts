/**
 * The reference Plume backend: SSO token endpoint, API, reports and control routes in one
 * Fastify app, with its own clock, tokens, demo world and faults — nothing shared between
 * instances, so every test can build its own. Faults, control routes and the clock come from
 * the kit (`backends/kit`).
 */
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import { type Clock, type ManualClock, shiftedClock } from "../kit/clock.js";
import { registerControlRoutes } from "../kit/controlRoutes.js";
import { installFaultHooks, type RequestCounts as KitRequestCounts } from "../kit/faultHooks.js";
import {
  type BackendStartOptions,
  createBackendApp,
  listenBackend,
  type StartReferenceBackend,
} from "../kit/referenceBackend.js";
import { registerApiRoutes } from "./apiRoutes.js";
import { registerPlumeControlRoutes } from "./controlRoutes.js";
import { DEMO_CLIENTS, type DemoClient, PLUME_TOKEN_PATH } from "./demoCredentials.js";
import { createPlumeFaults, type FaultTarget, type PlumeFaults, plumeFaultBody } from "./faults.js";
import { registerReportRoutes } from "./reportRoutes.js";
import { registerTokenEndpoint } from "./tokenEndpoint.js";
import { TokenStore } from "./tokenStore.js";
import { DEFAULT_FLAPPING, type FlappingCycle, PlumeWorld } from "./world.js";

export type RequestCounts = KitRequestCounts<FaultTarget>;

export interface PlumeBackendOptions {
  /** `expires_in` of issued tokens (default 3600, as Plume's SSO). */
  tokenLifetimeSec?: number;
  /** The time for token expiry and all time-dependent data (default: real time). */
  clock?: Clock;
  /** The same as `clock`, as a bare function (`clock` wins when both are given). */
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
  faults: PlumeFaults;
  /** The backend's time: the given clock, shifted by `POST /_control/clock` (reset undoes that). */
  now: () => number;
  clock: ManualClock;
  clients: readonly DemoClient[];
  tokens: TokenStore;
  /** Pod state and service-level overrides: `world.setPodState(id, "disconnected")`. */
  world: PlumeWorld;
  /** Requests seen so far, per part and per route. */
  requestCounts(): RequestCounts;
  /** Faults, overrides, clock shift and counters back to their initial state (issued tokens stay valid). */
  reset(): void;
}

export function createPlumeBackend(options: PlumeBackendOptions = {}): PlumeBackend {
  const given = options.clock;
  const clock = shiftedClock(given ? () => given.now() : (options.now ?? Date.now));
  const clients = options.clients ?? Object.values(DEMO_CLIENTS);
  const app = createBackendApp(options.logger);

  let tokens: TokenStore | undefined;
  const faults = createPlumeFaults(() => tokens?.revokeAll());
  tokens = new TokenStore(clock.now, options.tokenLifetimeSec ?? 3600, (id) => faults.isClientRevoked(id));
  const world = new PlumeWorld(clock.now, options.flapping ?? DEFAULT_FLAPPING);
  const counter = installFaultHooks(app, faults, { faultBody: plumeFaultBody });

  const reset = () => {
    faults.reset();
    world.reset();
    clock.reset();
    counter.reset();
  };

  registerTokenEndpoint(app, { clients, tokens, faults });
  registerApiRoutes(app, world, tokens);
  registerReportRoutes(app, world, tokens);
  if (options.control ?? true) {
    const liveTokens = tokens;
    registerControlRoutes(app, {
      faults,
      clock,
      reset,
      requestCounts: counter.counts,
      stats: () => ({ liveTokens: liveTokens.size }),
    });
    registerPlumeControlRoutes(app, world);
  }

  return {
    app,
    faults,
    now: clock.now,
    clock,
    clients,
    tokens,
    world,
    requestCounts: counter.counts,
    reset,
  };
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
  /** Stops listening; hanging requests are let go at once. */
  close(): Promise<void>;
}

/**
 * Builds a backend and listens (loopback and a free port by default). Takes the kit's start
 * options like every reference backend; Plume keeps no database, so `dataDir` and `appUrl` are
 * accepted and unused (and optional, for tests that start one by hand).
 */
export async function startPlumeBackend(
  options: Partial<BackendStartOptions> & PlumeBackendOptions = {},
): Promise<StartedPlumeBackend> {
  const backend = createPlumeBackend(options);
  const url = await listenBackend(backend.app, options);
  return {
    ...backend,
    url,
    ssoTokenUrl: `${url}${PLUME_TOKEN_PATH}`,
    apiBase: `${url}/api/`,
    reportsBase: `${url}/reports/`,
    close: () => backend.app.close(),
  };
}

// The playground starts every reference backend through this one signature.
startPlumeBackend satisfies StartReferenceBackend<StartedPlumeBackend>;
