/**
 * Demo mode: the whole of Switchboard on one machine with no network. One process, one HTTP
 * server carrying the Telegram Bot API emulator (`/bot<token>/…`, `/control/…`), the web chat
 * (`/`), health, readiness and metrics; every reference backend on its own loopback port; one bot
 * per registered module, configured through `loadConfig` like any deployment (demoConfig.ts),
 * polling the emulator through that same server.
 */
import type { Logger } from "pino";
import { type ManualClock, shiftedClock } from "../../backends/kit/clock.js";
import type { ProcessEnv } from "../config/envSchema.js";
import type { BotConfig } from "../config/loadConfig.js";
import { createEmulator, type Emulator, emulatorPlugin } from "../emulator/index.js";
import type { AnyModule } from "../kernel/defineModule.js";
import { moduleRegistry } from "../modules/registry.js";
import { type App, startApp } from "../runtime/app.js";
import { browserUrl, freePort, localBaseUrl } from "./addresses.js";
import type { StartedBackends } from "./demoBackends.js";
import { type DemoBotSpec, demoBots } from "./demoBots.js";
import { type DemoBotEntry, demoBotEntries, demoConfigDocument, loadDemoConfig } from "./demoConfig.js";
import { clearDemoStore, demoDataDir, forgetHandledUpdates } from "./demoStore.js";
import { DEMO_GROUP, DEMO_USERS, seedDemoWorld } from "./demoWorld.js";
import { type DemoInfo, registerPlaygroundRoutes } from "./playgroundRoutes.js";
import { announceRestrictionLapses } from "./restrictionLapses.js";
import { backendPanels, resetBackends, startBackends, stopBackends } from "./runningBackends.js";
import { registerStandingRoutes } from "./standingRoutes.js";

export interface PlaygroundOptions {
  /** The validated process environment (`loadConfig(...).env`): PORT, HOST, DATA_DIR, LOG_LEVEL, … */
  env: ProcessEnv;
  logger: Logger;
  version: string;
  /** Overrides `env.PORT`; 0 picks a free port (tests). */
  port?: number;
  /** The modules to run a bot for; default: every registered module. */
  registry?: Readonly<Record<string, AnyModule>>;
  /** The demo bots by module; default: demoBots.ts (tests swap an entry). */
  demoBots?: Readonly<Record<string, DemoBotSpec>>;
  /**
   * The time of the emulated Telegram, the backends and the bots that build on it (`onClock`);
   * default: real time, shifted by nothing. Tests move it to see a mute end; a reset puts it back.
   */
  clock?: ManualClock;
}

/** A running demo bot: its module, Telegram identity and configuration. */
export interface DemoBot {
  module: string;
  spec: DemoBotSpec;
  /** As `loadConfig` validated it. */
  config: BotConfig;
  /** The bot's Telegram user id (the token's prefix). */
  telegramId: number;
}

export interface Playground {
  /** What to open in a browser, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** The same server by IP, for in-process clients (`http://127.0.0.1:8080`). */
  localUrl: string;
  app: App;
  emulator: Emulator;
  bots: DemoBot[];
  /** Started reference backends by name (e.g. `backends.plume.url`). */
  backends: StartedBackends;
  /** The playground's time (see `PlaygroundOptions.clock`). */
  clock: ManualClock;
  /**
   * Empties the emulator, the demo store and the backends' faults, puts the clock back, then
   * recreates the demo world.
   */
  reset(): Promise<void>;
  /** Stops the bots, the server, the store and every backend. Idempotent. */
  stop(): Promise<void>;
}

const telegramIdOf = (token: string): number => Number(token.split(":")[0]);

/** The validated bots, in the playground's order, with the demo details that go with them. */
function demoBotsOf(entries: readonly DemoBotEntry[], bots: readonly BotConfig[]): DemoBot[] {
  return entries.flatMap(({ module, spec }) => {
    const config = bots.find((b) => b.id === module);
    return config ? [{ module, spec, config, telegramId: telegramIdOf(spec.profile.token) }] : [];
  });
}

/** The registry, with each module whose demo bot builds it on a clock (`onClock`) built on `clock`. */
function onPlaygroundClock(
  registry: Readonly<Record<string, AnyModule>>,
  table: Readonly<Record<string, DemoBotSpec>>,
  clock: ManualClock,
): Record<string, AnyModule> {
  return Object.fromEntries(
    Object.entries(registry).map(([name, module]) => [name, table[name]?.onClock?.(clock) ?? module]),
  );
}

/** Starts demo mode; resolves once every bot polls and the page is served. */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const { logger } = options;
  const clock = options.clock ?? shiftedClock();
  const table = options.demoBots ?? demoBots;
  const registry = onPlaygroundClock(options.registry ?? moduleRegistry, table, clock);
  const requestedPort = options.port ?? options.env.PORT;
  const port = requestedPort === 0 ? await freePort(options.env.HOST) : requestedPort;
  const backends = await startBackends({
    dataDir: demoDataDir(options.env.DATA_DIR),
    appUrl: localBaseUrl(options.env.HOST, port),
    logger,
    clock,
  });
  const entries = demoBotEntries(registry, table);
  let config: ReturnType<typeof loadDemoConfig>;
  try {
    config = loadDemoConfig({
      env: options.env,
      port,
      document: demoConfigDocument(entries, backends),
      registry,
      unlisted: entries.filter((e) => !e.listed).map((e) => e.module),
      logger,
    });
  } catch (error) {
    await stopBackends(backends, logger);
    throw error;
  }
  const { env } = config;
  const bots = demoBotsOf(entries, config.bots);
  const emulator = createEmulator({ logger: logger.child({ component: "emulator" }), clock });
  const groupBots = bots.map((b) => ({
    username: b.spec.profile.username,
    admin: b.spec.groupRole === "admin",
    ...(b.spec.groupRights ? { rights: b.spec.groupRights } : {}),
    ...(b.spec.logChannel ? { logChannel: true } : {}),
  }));
  const panels = backendPanels(
    backends,
    bots.map((b) => ({
      module: b.module,
      backend: b.spec.backend,
      username: b.spec.profile.username,
      name: b.spec.profile.name,
    })),
  );
  const demo = (): DemoInfo => ({
    users: DEMO_USERS.map((u) => ({ ...u })),
    bots: bots.map((b) => ({
      id: b.telegramId,
      username: b.spec.profile.username,
      name: b.spec.profile.name,
      module: b.module,
      description: b.spec.profile.description,
    })),
    group: {
      id: DEMO_GROUP.id,
      title: DEMO_GROUP.title,
      username: DEMO_GROUP.username,
      key: `g:${DEMO_GROUP.id}`,
    },
    panels,
    version: options.version,
  });

  let app: App | undefined;
  let resetting: Promise<void> = Promise.resolve();
  const reset = () => {
    resetting = resetting.then(async () => {
      // Bots keep polling through this: the emulator keeps counting their update ids up.
      emulator.control.reset();
      clock.reset();
      await resetBackends(backends);
      if (app) await clearDemoStore(app.services.storage);
      seedDemoWorld(emulator.control, groupBots);
      await Promise.all((app?.bots ?? []).map((b) => b.publishCommands()));
      logger.info("playground reset");
    });
    return resetting;
  };

  try {
    app = await startApp({
      config,
      logger,
      version: options.version,
      beforeListen: async (http, services) => {
        // This emulator numbers updates from 1: update ids a previous run handled mean nothing now.
        await forgetHandledUpdates(services.storage);
        for (const bot of bots) {
          emulator.registerBot(bot.spec.profile.token, {
            username: bot.spec.profile.username,
            firstName: bot.spec.profile.name,
          });
        }
        seedDemoWorld(emulator.control, groupBots);
        await http.register(emulatorPlugin, { emulator });
        registerPlaygroundRoutes(http, { demo, reset, backends: () => backends });
        registerStandingRoutes(http, emulator);
      },
      apiRoot: () => localBaseUrl(env.HOST, env.PORT),
    });
  } catch (error) {
    emulator.close();
    await stopBackends(backends, logger);
    throw error;
  }

  const started = app;
  const stopAnnouncing = announceRestrictionLapses(emulator);
  let stopping: Promise<void> | undefined;
  const playground: Playground = {
    url: browserUrl(env.HOST, env.PORT),
    localUrl: localBaseUrl(env.HOST, env.PORT),
    app: started,
    emulator,
    bots,
    backends,
    clock,
    reset,
    stop: () => {
      stopping ??= (async () => {
        stopAnnouncing();
        try {
          await resetting.catch(() => undefined);
          await started.stop();
        } finally {
          await stopBackends(backends, logger);
        }
      })();
      return stopping;
    },
  };
  logger.info(
    { url: playground.url, bots: bots.map((b) => `@${b.spec.profile.username}`) },
    "playground is running",
  );
  return playground;
}
