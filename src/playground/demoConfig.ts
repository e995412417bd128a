/**
 * The playground's bots as a configuration document — the shape of a `SWITCHBOARD_CONFIG` file —
 * loaded through the same `loadConfig` as `npm start`: module settings are validated by the
 * module's schema, defaults filled and problems reported exactly as for a deployment.
 *
 * The document is written to `<DATA_DIR>/demo/bots.json` and read back from there, so it is also
 * a working example of a config file describing several bots.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import type { ProcessEnv } from "../config/envSchema.js";
import { type AppConfig, BASE_MODULE, ConfigError, loadConfig } from "../config/loadConfig.js";
import type { AnyModule } from "../kernel/defineModule.js";
import type { StartedBackends } from "./demoBackends.js";
import { type DemoBotSpec, fallbackDemoBot } from "./demoBots.js";
import { demoDataDir, demoStorageUrl } from "./demoStore.js";

/** One bot of a config document (see `fileBotSchema` in src/config/envSchema.ts). */
export interface ConfigDocumentBot {
  id: string;
  token: string;
  modules: string[];
  settings: Record<string, unknown>;
}

export interface ConfigDocument {
  bots: ConfigDocumentBot[];
}

/** A registered module's demo bot; `listed` is false for a module missing from demoBots.ts. */
export interface DemoBotEntry {
  module: string;
  spec: DemoBotSpec;
  listed: boolean;
}

/** One bot per registered module, `about` first. */
export function demoBotEntries(
  registry: Readonly<Record<string, AnyModule>>,
  table: Readonly<Record<string, DemoBotSpec>>,
): DemoBotEntry[] {
  const names = [BASE_MODULE, ...Object.keys(registry).filter((n) => n !== BASE_MODULE)];
  return names.map((name, index) => {
    const spec = table[name];
    return spec
      ? { module: name, spec, listed: true }
      : { module: name, spec: fallbackDemoBot(name, index), listed: false };
  });
}

/** The document for these bots, each pointed at the backend it names. */
export function demoConfigDocument(
  entries: readonly DemoBotEntry[],
  backends: StartedBackends,
): ConfigDocument {
  return {
    bots: entries.map(({ module, spec }) => ({
      id: module,
      token: spec.profile.token,
      // loadConfig puts `about` first on every bot.
      modules: [module],
      settings: spec.settings?.((spec.backend ? backends[spec.backend] : undefined) as never) ?? {},
    })),
  };
}

/**
 * The environment `loadConfig` reads for the playground: the process settings already validated,
 * with the playground's own port, store, data folder and config file. Module settings come from
 * the document alone, so the demo is the same whatever else the shell exports.
 */
export function demoEnvironment(
  env: ProcessEnv,
  overrides: { port: number; configFile: string },
): Record<string, string | undefined> {
  const strings = Object.fromEntries(
    Object.entries(env).map(([key, value]) => [key, value === undefined ? undefined : String(value)]),
  );
  return {
    ...strings,
    PORT: String(overrides.port),
    BOT_MODE: "polling",
    DATA_DIR: demoDataDir(env.DATA_DIR),
    STORAGE_URL: demoStorageUrl(env.DATA_DIR),
    // The demo store keeps its own generated key: sealed demo secrets never depend on the real one.
    SWITCHBOARD_SECRET_KEY: undefined,
    SWITCHBOARD_CONFIG: overrides.configFile,
    TELEGRAM_BOT_TOKEN: undefined,
    BOT_MODULES: undefined,
    BOT_ID: undefined,
  };
}

/** Where the playground writes its document. */
export const demoConfigFile = (dataDir: string): string => join(demoDataDir(dataDir), "bots.json");

export interface LoadDemoConfigOptions {
  env: ProcessEnv;
  port: number;
  document: ConfigDocument;
  registry: Readonly<Record<string, AnyModule>>;
  /** Bots of modules missing from demoBots.ts: dropped with a warning if their defaults do not validate. */
  unlisted?: readonly string[];
  logger?: Logger;
}

function load(options: LoadDemoConfigOptions, document: ConfigDocument): AppConfig {
  const configFile = demoConfigFile(options.env.DATA_DIR);
  mkdirSync(demoDataDir(options.env.DATA_DIR), { recursive: true });
  writeFileSync(configFile, `${JSON.stringify(document, null, 2)}\n`);
  const config = loadConfig(
    demoEnvironment(options.env, { port: options.port, configFile }),
    options.registry,
  );
  return { ...config, demo: true };
}

/**
 * Loads the document through `loadConfig`; throws its `ConfigError` for any problem, except
 * that an unlisted module's bot whose defaults do not validate is left out (with a warning), so
 * a module can land before its demo bot does.
 */
export function loadDemoConfig(options: LoadDemoConfigOptions): AppConfig {
  try {
    return load(options, options.document);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // loadConfig names the bot first in every bot problem: `bot "<id>", module …` / `bot "<id>": …`.
    const culprits = (options.unlisted ?? []).filter((id) =>
      error.problems.some((p) => p.startsWith(`bot "${id}"`)),
    );
    const explained = error.problems.every((p) => culprits.some((id) => p.startsWith(`bot "${id}"`)));
    if (culprits.length === 0 || !explained) throw error;
    for (const id of culprits) {
      options.logger?.warn(
        { module: id },
        `no demo bot for module ${id}: add it to src/playground/demoBots.ts`,
      );
    }
    const bots = options.document.bots.filter((b) => !culprits.includes(b.id));
    return load(options, { bots });
  }
}
