/**
 * The reference Tabys backend: its database (migrated, seeded on first start), the bot's auth
 * routes, the web admin page and its routes, the twelve content types, uploads, analytics, and
 * the kit's faults, clock and control routes — one Fastify app per instance, nothing shared, so
 * every test builds its own. `createTabysBackend` is for `app.inject` tests; `startTabysBackend`
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
import { ADMIN_PAGE_PATH, registerAdminPage } from "./adminPage.js";
import { registerAdminRoutes } from "./adminRoutes.js";
import { registerAnalyticsRoutes } from "./analyticsRoutes.js";
import { registerContentRoutes } from "./contentRoutes.js";
import { CONTENT_TYPES } from "./contentTypes.js";
import { registerTabysControlRoutes } from "./controlRoutes.js";
import { openDatabase } from "./db/openDatabase.js";
import type { TabysDatabase } from "./db/schema.js";
import { DEMO_ADMINS, DEMO_BOT_SECRET, type DemoAdmin } from "./demoAdmins.js";
import { installFastapiErrors } from "./fastapiErrors.js";
import { createTabysFaults, type TabysFaults, type TabysPart, tabysFaultBody } from "./faults.js";
import { registerLinkRoutes } from "./linkRoutes.js";
import { MediaStore } from "./mediaStore.js";
import { seedIfEmpty, wipeDatabase } from "./seed/seedDatabase.js";
import { createServices, type TabysConfig } from "./services.js";
import { registerTelegramAuthRoutes } from "./telegramAuthRoutes.js";
import { registerUploadRoutes } from "./uploadRoutes.js";

export interface TabysBackendOptions {
  /** Where its SQLite file lives (created owner-only); none: an in-memory database (tests). */
  dataDir?: string;
  /** Accepted like every reference backend's; Tabys never calls the app. */
  appUrl?: string;
  /** The time it lives in (default real time); the backend shifts its own copy. */
  clock?: Clock;
  logger?: FastifyBaseLogger;
  /** JWT lifetime (default 3600). */
  jwtTtlSec?: number;
  /** An OTP's lifetime when the admin does not choose one (default 600). */
  otpTtlSec?: number;
  /** A Telegram session ends after this long without activity (default 86400). */
  sessionTtlSec?: number;
  /** A link token's lifetime (default 900). */
  linkTokenTtlSec?: number;
  /** What the bot sends as `X-Bot-Secret` (default `DEMO_BOT_SECRET`). */
  botSecret?: string;
  /** The JWT signing secret (default: random per instance, so a restart ends every JWT, not sessions). */
  jwtSecret?: string;
  /** Serve `/_control/*` (default true). */
  control?: boolean;
}

export interface TabysApp {
  app: FastifyInstance;
  /** The database, for tests that look inside (an OTP is stored only as its hash). */
  db: Kysely<TabysDatabase>;
  /** The migrations this start ran (none when the data folder's database was up to date). */
  migrated: string[];
  faults: TabysFaults;
  /** The backend's time: the given clock, shifted by `clock.advance(ms)` or `POST /_control/clock`. */
  clock: ManualClock;
  config: TabysConfig;
  /** What the bot must send as `X-Bot-Secret`. */
  botSecret: string;
  demoAdmins: readonly DemoAdmin[];
  /** An OTP for that account, as if its admin pressed "Generate Telegram OTP"; the OTP string. */
  issueOtp(email: string, options?: { expiresInMinutes?: number }): Promise<string>;
  /** A link token for that account, as if it pressed "Link my Telegram" (`/start link_<token>`). */
  issueLinkToken(email: string): Promise<string>;
  /** Ends that Telegram user's session, as the web panel's "Revoke"; false when it had none. */
  revokeSession(telegramUserId: string | number): Promise<boolean>;
  /** Ends every Telegram session (also the `revokeTokens` fault action); how many there were. */
  endAllSessions(): number;
  /** Requests seen so far, per part and per route. */
  counts(): RequestCounts<TabysPart>;
  /** Faults, clock shift, counters and the demo data back to their initial state. */
  reset(): Promise<void>;
  /** Stops the app and closes the database. */
  close(): Promise<void>;
}

export async function createTabysBackend(options: TabysBackendOptions = {}): Promise<TabysApp> {
  const given = options.clock;
  const clock = shiftedClock(given ? () => given.now() : Date.now);
  const config: TabysConfig = {
    jwtTtlSec: options.jwtTtlSec ?? 3600,
    otpTtlSec: options.otpTtlSec ?? 600,
    sessionTtlSec: options.sessionTtlSec ?? 86_400,
    linkTokenTtlSec: options.linkTokenTtlSec ?? 900,
    botSecret: options.botSecret ?? DEMO_BOT_SECRET,
  };

  const tabys = await openDatabase(options.dataDir);
  await seedIfEmpty(tabys, clock.now());
  const services = createServices(tabys, clock.now, config, options.jwtSecret);
  const media = new MediaStore(tabys.db, clock.now);

  const app = createBackendApp(options.logger);
  app.addHook("onClose", () => tabys.close());
  installFastapiErrors(app);
  const faults = createTabysFaults(() => services.sessions.endAllTelegram());
  const counter = installFaultHooks(app, faults, { faultBody: tabysFaultBody });

  const handle = {
    issueOtp: async (email: string, otp: { expiresInMinutes?: number } = {}) => {
      const account = await services.accounts.requireByEmail(email);
      const lifetimeMs = otp.expiresInMinutes ? otp.expiresInMinutes * 60_000 : config.otpTtlSec * 1000;
      return (await services.otps.issue(account.id, lifetimeMs)).otp;
    },
    issueLinkToken: async (email: string) => {
      const account = await services.accounts.requireByEmail(email);
      return (await services.links.issue(account.id, config.linkTokenTtlSec * 1000)).token;
    },
    revokeSession: (telegramUserId: string | number) => services.sessions.endTelegram(String(telegramUserId)),
    endAllSessions: () => services.sessions.endAllTelegram(),
  };

  const reset = async () => {
    faults.reset();
    clock.reset();
    counter.reset();
    await wipeDatabase(
      tabys,
      CONTENT_TYPES.map((type) => type.module),
    );
    await seedIfEmpty(tabys, clock.now());
  };

  registerTelegramAuthRoutes(app, services);
  registerAdminRoutes(app, services);
  registerLinkRoutes(app, services);
  registerContentRoutes(app, { guard: services.guard, store: services.content });
  registerUploadRoutes(app, services, media);
  registerAnalyticsRoutes(app, services);
  registerAdminPage(app);
  if (options.control ?? true) {
    registerControlRoutes(app, {
      faults,
      clock,
      reset,
      requestCounts: counter.counts,
      stats: () => ({ migrated: tabys.migrated }),
    });
    registerTabysControlRoutes(app, handle);
  }

  return {
    app,
    db: tabys.db,
    migrated: tabys.migrated,
    faults,
    clock,
    config,
    botSecret: config.botSecret,
    demoAdmins: DEMO_ADMINS,
    ...handle,
    counts: counter.counts,
    reset,
    close: () => app.close(),
  };
}

export interface TabysBackend extends TabysApp, RunningBackend {
  /** Root URL, e.g. `http://127.0.0.1:40123` (the bot's `TABYS_API_URL`). */
  url: string;
  /** The web admin page: `<url>/admin`. */
  adminPageUrl: string;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Builds a backend and listens (loopback and a free port by default), with the kit's start options. */
export async function startTabysBackend(
  options: Partial<BackendStartOptions> & TabysBackendOptions = {},
): Promise<TabysBackend> {
  const backend = await createTabysBackend(options);
  try {
    const url = await listenBackend(backend.app, options);
    return { ...backend, url, adminPageUrl: `${url}${ADMIN_PAGE_PATH}` };
  } catch (error) {
    await backend.close();
    throw error;
  }
}

// The playground starts every reference backend through this one signature.
startTabysBackend satisfies StartReferenceBackend<TabysBackend>;
