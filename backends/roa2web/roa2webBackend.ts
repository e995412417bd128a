/**
 * The reference ROA2WEB ERP backend: its database (migrated, seeded on first start), the bot's
 * auth and data routes, the web app that makes link codes and hands them to the bot, and the
 * kit's faults, clock and control routes — one Fastify app per instance, nothing shared, so every
 * test builds its own. `createRoa2webBackend` is for `app.inject` tests; `startRoa2webBackend`
 * listens, as the playground starts every reference backend.
 */
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { type Clock, type ManualClock, shiftedClock } from "../kit/clock.js";
import { registerControlRoutes } from "../kit/controlRoutes.js";
import { installFaultHooks, type RequestCounts } from "../kit/faultHooks.js";
import {
  type BackendStartOptions,
  createBackendApp,
  listenBackend,
  type RunningBackend,
  type StartReferenceBackend,
} from "../kit/referenceBackend.js";
import { installApiErrors } from "./apiErrors.js";
import { registerRoa2webControlRoutes } from "./controlRoutes.js";
import type { Dashboard } from "./dashboard.js";
import { openDatabase } from "./db/openDatabase.js";
import type { ErpDatabase } from "./db/schema.js";
import { DEMO_INTERNAL_API_KEY, DEMO_USERS, type DemoUser } from "./demoUsers.js";
import { registerErpRoutes } from "./erpRoutes.js";
import { createRoa2webFaults, type Roa2webFaults, type Roa2webPart } from "./faults.js";
import type { InvoiceFilter, InvoicePage } from "./invoiceFigures.js";
import { signingKey } from "./jwt.js";
import type { IssuedCode } from "./linkCodes.js";
import { seedIfEmpty, wipeDatabase } from "./seed/seedDatabase.js";
import type { ServerId } from "./servers.js";
import { createServices, type Roa2webConfig } from "./services.js";
import { registerTelegramAuthRoutes } from "./telegramAuthRoutes.js";
import type { LinkRecord } from "./telegramLinks.js";
import type { Treasury } from "./treasury.js";
import type { ApiCompany, ErpUser } from "./users.js";
import { WEB_PATHS } from "./webPages.js";
import { registerWebRoutes } from "./webRoutes.js";

export interface Roa2webBackendOptions {
  /** Where its SQLite file lives (created owner-only); none: an in-memory database (tests). */
  dataDir?: string;
  /** Switchboard's base URL: the bot's internal API is `<appUrl>/internal/save-code` unless `botInternalUrl` says. */
  appUrl?: string;
  /** The bot's save-code URL (overrides the one derived from `appUrl`). */
  botInternalUrl?: string;
  /** `ERP_INTERNAL_API_KEY`, shared with the bot (default `DEMO_INTERNAL_API_KEY`). */
  internalApiKey?: string;
  /** The bot the deep links open (default `roa2web_bot`). */
  botUsername?: string;
  /** A page standing in for Telegram: deep links become `<telegramLinkBase>?bot=<username>&start=<code>`. */
  telegramLinkBase?: string;
  /** Access token lifetime (default 900). */
  jwtTtlSec?: number;
  /** Refresh token lifetime (default 30 days). */
  refreshTtlSec?: number;
  /** The JWT signing secret (default: a random key made on the first start and kept in the database). */
  jwtSecret?: string;
  /** The time it lives in (default real time); the backend shifts its own copy. */
  clock?: Clock;
  logger?: FastifyBaseLogger;
  /** Serve `/_control/*` (default true). */
  control?: boolean;
}

export interface InvoiceQuery {
  status?: InvoiceFilter;
  /** Default 1. */
  page?: number;
  /** Default 10, as the API's. */
  pageSize?: number;
}

export interface Roa2webApp {
  app: FastifyInstance;
  /** The database, for tests that look inside (refresh tokens and sessions are only hashes). */
  db: Kysely<ErpDatabase>;
  /** The migrations this start ran (none when the data folder's database was up to date). */
  migrated: string[];
  faults: Roa2webFaults;
  /** The backend's time: the given clock, shifted by `clock.advance(ms)` or `POST /_control/clock`. */
  clock: ManualClock;
  config: Roa2webConfig;
  /** What the bot must send on verify-user (and receives on save-code). */
  internalApiKey: string;
  demoUsers: readonly DemoUser[];
  /**
   * A code for that user, as if they pressed "Generate code" (on `serverId`, default their first
   * server): it is handed to the bot's save-code like the page does; the answer says whether it took.
   */
  generateCode(email: string, options?: { serverId?: ServerId }): Promise<IssuedCode>;
  /** Removes that Telegram account's link and its tokens, as the web page's "Unlink"; false when none. */
  revokeLink(telegramUserId: string | number): Promise<boolean>;
  /** What `GET /api/companies` answers that user on `serverId` (default their first server). */
  companiesOf(email: string, serverId?: ServerId): Promise<ApiCompany[]>;
  /** The user's Telegram links, most recent first. */
  linksOf(email: string): Promise<LinkRecord[]>;
  /** What the API answers now, computed from the database: for exact-figure assertions. */
  dashboardOf(companyId: number): Promise<Dashboard>;
  invoicesOf(companyId: number, query?: InvoiceQuery): Promise<InvoicePage>;
  treasuryOf(companyId: number): Promise<Treasury>;
  /** Requests seen so far, per part and per route. */
  counts(): RequestCounts<Roa2webPart>;
  /** Faults, clock shift, counters and the demo data (links, tokens, sign-ins) back to the start. */
  reset(): Promise<void>;
  /** Stops the app and closes the database. */
  close(): Promise<void>;
}

const saveCodeUrl = (appUrl: string) => `${appUrl.replace(/\/+$/, "")}/internal/save-code`;

export async function createRoa2webBackend(options: Roa2webBackendOptions = {}): Promise<Roa2webApp> {
  const given = options.clock;
  const clock = shiftedClock(given ? () => given.now() : Date.now);
  const config: Roa2webConfig = {
    jwtTtlSec: options.jwtTtlSec ?? 900,
    refreshTtlSec: options.refreshTtlSec ?? 30 * 86_400,
    internalApiKey: options.internalApiKey ?? DEMO_INTERNAL_API_KEY,
    botUsername: options.botUsername ?? "roa2web_bot",
    botInternalUrl: options.botInternalUrl ?? (options.appUrl ? saveCodeUrl(options.appUrl) : undefined),
    telegramLinkBase: options.telegramLinkBase,
  };

  const erp = await openDatabase(options.dataDir);
  await seedIfEmpty(erp, clock.now());
  const app = createBackendApp(options.logger);
  const services = createServices(
    erp,
    clock.now,
    config,
    await signingKey(erp.db, options.jwtSecret),
    app.log,
  );
  app.addHook("onClose", () => erp.close());
  installApiErrors(app);
  const faults = createRoa2webFaults(() => services.links.revokeAll());
  const counter = installFaultHooks(app, faults);

  const userByEmail = (email: string) => services.users.requireByEmail(email);
  const serverOf = async (user: ErpUser, serverId?: ServerId): Promise<ServerId> => {
    if (serverId) return serverId;
    const [first] = await services.users.serversOf(user.id);
    if (!first) throw new Error(`${user.email} has no companies on any server`);
    return first;
  };
  const handle = {
    botUsername: config.botUsername,
    generateCode: async (email: string, code: { serverId?: ServerId } = {}) => {
      const user = await userByEmail(email);
      return services.codes.issue(user, await serverOf(user, code.serverId));
    },
    revokeLink: (telegramUserId: string | number) => services.links.unlink(String(telegramUserId)),
  };

  const reset = async () => {
    faults.reset();
    clock.reset();
    counter.reset();
    await wipeDatabase(erp);
    await seedIfEmpty(erp, clock.now());
  };

  registerTelegramAuthRoutes(app, services);
  registerErpRoutes(app, services);
  registerWebRoutes(app, services, DEMO_USERS);
  if (options.control ?? true) {
    registerControlRoutes(app, {
      faults,
      clock,
      reset,
      requestCounts: counter.counts,
      stats: () => ({ migrated: erp.migrated }),
    });
    registerRoa2webControlRoutes(app, handle);
  }

  return {
    app,
    db: erp.db,
    migrated: erp.migrated,
    faults,
    clock,
    config,
    internalApiKey: config.internalApiKey,
    demoUsers: DEMO_USERS,
    generateCode: handle.generateCode,
    revokeLink: handle.revokeLink,
    companiesOf: async (email, serverId) => {
      const user = await userByEmail(email);
      return services.users.companies(user.id, await serverOf(user, serverId));
    },
    linksOf: async (email) => services.links.listOf((await userByEmail(email)).id),
    dashboardOf: (companyId) => services.reports.dashboard(companyId),
    invoicesOf: (companyId, query = {}) =>
      services.reports.invoices(companyId, {
        ...(query.status ? { status: query.status } : {}),
        page: query.page ?? 1,
        pageSize: query.pageSize ?? 10,
      }),
    treasuryOf: (companyId) => services.reports.treasury(companyId),
    counts: counter.counts,
    reset,
    close: () => app.close(),
  };
}

export interface Roa2webBackend extends Roa2webApp, RunningBackend {
  /** Root URL, e.g. `http://127.0.0.1:40123` (the bot's `ERP_API_URL`). */
  url: string;
  /** The web app's Settings → Telegram page (signed out, it leads to the sign-in). */
  webUrl: string;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Builds a backend and listens (loopback and a free port by default), with the kit's start options. */
export async function startRoa2webBackend(
  options: Partial<BackendStartOptions> & Roa2webBackendOptions = {},
): Promise<Roa2webBackend> {
  const backend = await createRoa2webBackend(options);
  try {
    const url = await listenBackend(backend.app, options);
    return { ...backend, url, webUrl: `${url}${WEB_PATHS.telegram}` };
  } catch (error) {
    await backend.close();
    throw error;
  }
}

// The playground starts every reference backend through this one signature.
startRoa2webBackend satisfies StartReferenceBackend<Roa2webBackend>;
