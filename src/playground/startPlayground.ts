/**
 * Demo mode: the whole of Switchboard on one machine with no network. One process, one HTTP
 * server carrying the Telegram Bot API emulator (`/bot<token>/…`, `/control/…`), the web chat
 * (`/`), health, readiness and metrics; every reference backend on its own loopback port; one bot
 * per registered module, polling the emulator through that same server.
 */
import type { Logger } from "pino";
import type { ProcessEnv } from "../config/envSchema.js";
import { type AppConfig, BASE_MODULE, type BotConfig, commandConflicts } from "../config/loadConfig.js";
import { createEmulator, type Emulator, emulatorPlugin } from "../emulator/index.js";
import type { AnyModule } from "../kernel/defineModule.js";
import { moduleRegistry } from "../modules/registry.js";
import { type App, startApp } from "../runtime/app.js";
import { type DemoBackendName, demoBackends, upcomingPanels } from "./demoBackends.js";
import { type DemoBotSpec, demoBots, fallbackDemoBot } from "./demoBots.js";
import { clearDemoStore, demoDataDir, demoStorageUrl, forgetHandledUpdates } from "./demoStore.js";
import { DEMO_GROUP, DEMO_USERS, seedDemoWorld } from "./demoWorld.js";
import type { PanelSection } from "./panel.js";
import { type DemoInfo, registerPlaygroundRoutes } from "./playgroundRoutes.js";

export interface PlaygroundOptions {
  /** The validated process environment (`loadConfig(...).env`): PORT, HOST, DATA_DIR, LOG_LEVEL, … */
  env: ProcessEnv;
  logger: Logger;
  version: string;
  /** Overrides `env.PORT`; 0 picks a free port (tests). */
  port?: number;
  /** The modules to run a bot for; default: every registered module. */
  registry?: Readonly<Record<string, AnyModule>>;
}

/** A running demo bot: its module, Telegram identity and configuration. */
export interface DemoBot {
  module: string;
  spec: DemoBotSpec;
  config: BotConfig;
  /** The bot's Telegram user id (the token's prefix). */
  telegramId: number;
}

export interface Playground {
  /** What to open in a browser, e.g. `http://localhost:8080`. */
  url: string;
  /** The same server by IP, for in-process clients (`http://127.0.0.1:8080`). */
  localUrl: string;
  app: App;
  emulator: Emulator;
  bots: DemoBot[];
  /** Started reference backends by name (e.g. `backends.plume.url`). */
  backends: Partial<Record<DemoBackendName, unknown>>;
  /** Empties the emulator, the demo store and the backends' faults, then recreates the demo world. */
  reset(): Promise<void>;
  /** Stops the bots, the server, the store and every backend. Idempotent. */
  stop(): Promise<void>;
}

/** The erased shape of a backend entry, for code that handles them all alike. */
interface AnyBackend {
  start(): Promise<unknown>;
  stop(backend: unknown): Promise<void>;
  reset(backend: unknown): void;
  panel(backend: unknown): PanelSection;
}
const backendSpecs = demoBackends as unknown as Record<DemoBackendName, AnyBackend>;
const backendNames = Object.keys(demoBackends) as DemoBackendName[];

const isWildcardOrLoopback = (host: string): boolean =>
  host === "0.0.0.0" || host === "::" || host === "localhost" || host === "::1" || host.startsWith("127.");

const hostPart = (host: string): string => (host.includes(":") ? `[${host}]` : host);

/** Where this process reaches its own server (the bots' Bot API root). */
export function localBaseUrl(host: string, port: number): string {
  if (host === "::1") return `http://[::1]:${port}`;
  return `http://${isWildcardOrLoopback(host) ? "127.0.0.1" : hostPart(host)}:${port}`;
}

/** The address to print for people: `localhost` when listening on every interface. */
export function browserUrl(host: string, port: number): string {
  const wildcard = host === "0.0.0.0" || host === "::" || host === "localhost";
  return `http://${wildcard ? "localhost" : hostPart(host)}:${port}`;
}

const telegramIdOf = (token: string): number => Number(token.split(":")[0]);

function configureModule(mod: AnyModule, settings: Record<string, unknown>): unknown {
  if (!mod.config) return {};
  const result = mod.config.safeParse(settings);
  if (!result.success) {
    const problems = result.error.issues
      .map((i: { path: PropertyKey[]; message: string }) => `${i.path.map(String).join(".")} ${i.message}`)
      .join("; ");
    throw new Error(`demo settings of module ${mod.name} are invalid: ${problems}`);
  }
  return result.data;
}

/** One bot per registered module, `about` first; each other bot carries `about` as its base. */
function demoBotConfigs(
  registry: Readonly<Record<string, AnyModule>>,
  backends: Partial<Record<DemoBackendName, unknown>>,
  logger: Logger,
): DemoBot[] {
  const base = registry[BASE_MODULE];
  if (!base) throw new Error(`the module registry has no "${BASE_MODULE}" module`);
  const names = [BASE_MODULE, ...Object.keys(registry).filter((n) => n !== BASE_MODULE)];
  const bots: DemoBot[] = [];
  names.forEach((name, index) => {
    const mod = registry[name]!;
    const known = demoBots[name];
    const spec = known ?? fallbackDemoBot(name, index);
    const backend = spec.backend ? backends[spec.backend] : undefined;
    let moduleConfig: unknown;
    try {
      moduleConfig = configureModule(mod, spec.settings?.(backend as never) ?? {});
    } catch (error) {
      if (known) throw error;
      logger.warn({ module: name }, `no demo bot for module ${name}: add it to src/playground/demoBots.ts`);
      return;
    }
    const modules = name === BASE_MODULE ? [mod] : [base, mod];
    const conflicts = commandConflicts(name, modules);
    if (conflicts.length > 0) throw new Error(conflicts.join("; "));
    const configured = modules.map((m) => ({
      module: m,
      config: m === mod ? moduleConfig : configureModule(m, {}),
    }));
    bots.push({
      module: name,
      spec,
      config: { id: name, token: spec.profile.token, modules: configured },
      telegramId: telegramIdOf(spec.profile.token),
    });
  });
  return bots;
}

function panelsFor(bots: readonly DemoBot[], backends: Partial<Record<DemoBackendName, unknown>>) {
  const panels: PanelSection[] = [];
  for (const name of backendNames) {
    const started = backends[name];
    if (started === undefined) continue;
    const panel = backendSpecs[name].panel(started);
    const bot = bots.find((b) => b.spec.backend === name);
    panels.push(
      bot
        ? { ...panel, bot: { username: bot.spec.profile.username, name: bot.spec.profile.name } }
        : { ...panel, upcoming: true },
    );
  }
  const running = new Set(bots.map((b) => b.module));
  return [...panels, ...upcomingPanels.filter((p) => !running.has(p.module))];
}

async function startBackends(logger: Logger): Promise<Partial<Record<DemoBackendName, unknown>>> {
  const started: Partial<Record<DemoBackendName, unknown>> = {};
  try {
    for (const name of backendNames) {
      started[name] = await backendSpecs[name].start();
      logger.info({ backend: name }, "reference backend started");
    }
  } catch (error) {
    await stopBackends(started, logger);
    throw error;
  }
  return started;
}

async function stopBackends(started: Partial<Record<DemoBackendName, unknown>>, logger: Logger) {
  for (const name of backendNames) {
    const backend = started[name];
    if (backend === undefined) continue;
    await backendSpecs[name].stop(backend).catch((error: unknown) => {
      logger.warn({ backend: name, err: error }, "reference backend did not stop cleanly");
    });
  }
}

/** Starts demo mode; resolves once every bot polls and the page is served. */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const { logger } = options;
  const registry = options.registry ?? moduleRegistry;
  const backends = await startBackends(logger);
  let bots: DemoBot[];
  try {
    bots = demoBotConfigs(registry, backends, logger);
  } catch (error) {
    await stopBackends(backends, logger);
    throw error;
  }

  const env: ProcessEnv = {
    ...options.env,
    PORT: options.port ?? options.env.PORT,
    BOT_MODE: "polling",
    DATA_DIR: demoDataDir(options.env.DATA_DIR),
    // The demo store keeps its own generated key: sealed demo secrets never depend on the real one.
    SWITCHBOARD_SECRET_KEY: undefined,
  };
  const config: AppConfig = {
    env,
    bots: bots.map((b) => b.config),
    demo: true,
    storageUrl: demoStorageUrl(options.env.DATA_DIR),
  };
  const emulator = createEmulator({ logger: logger.child({ component: "emulator" }) });
  const groupBots = bots.map((b) => ({
    username: b.spec.profile.username,
    admin: b.spec.groupRole === "admin",
  }));
  const panels = panelsFor(bots, backends);
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
      for (const name of backendNames) {
        if (backends[name] !== undefined) backendSpecs[name].reset(backends[name]);
      }
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
      bots: config.bots,
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
        registerPlaygroundRoutes(http, { demo, reset });
      },
      apiRoot: (serverUrl) => localBaseUrl(env.HOST, Number(new URL(serverUrl).port)),
    });
  } catch (error) {
    emulator.close();
    await stopBackends(backends, logger);
    throw error;
  }

  const started = app;
  const address = started.http.server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  let stopping: Promise<void> | undefined;
  const playground: Playground = {
    url: browserUrl(env.HOST, port),
    localUrl: localBaseUrl(env.HOST, port),
    app: started,
    emulator,
    bots,
    backends,
    reset,
    stop: () => {
      stopping ??= (async () => {
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
