import { readFileSync } from "node:fs";
import YAML from "yaml";
import type { z } from "zod";
import type { AnyModule } from "../kernel/defineModule.js";
import { configFileSchema, modeProblems, type ProcessEnv, processEnvSchema } from "./envSchema.js";

/** A configured module with its validated settings. */
export interface ConfiguredModule {
  module: AnyModule;
  config: unknown;
}

export interface BotConfig {
  /** Stable id used in keys, logs, metrics and the webhook path. */
  id: string;
  token: string;
  /** `about` first, then the declared modules in order. */
  modules: ConfiguredModule[];
}

export interface AppConfig {
  env: ProcessEnv;
  bots: BotConfig[];
  /** No token and no config file: run the playground instead of real bots. */
  demo: boolean;
  storageUrl: string;
}

/** Every problem found in the configuration, reported together so one fix round is enough. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** The module every bot carries: /start, /help, /language, /about. */
export const BASE_MODULE = "about";

type Env = Record<string, string | undefined>;

function describeIssues(error: z.ZodError, prefix = ""): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.join(".");
    const name = prefix + path;
    return name ? `${name} ${issue.message.replace(/^Invalid input: /, "")}` : issue.message;
  });
}

function readConfigFile(path: string): unknown {
  const text = readFileSync(path, "utf8");
  return path.endsWith(".json") ? JSON.parse(text) : YAML.parse(text);
}

/** Commands the kernel answers itself for every module (forms' /cancel). */
export const KERNEL_COMMANDS: readonly string[] = ["cancel"];

/**
 * Finds two modules that claim the same command or callback prefix on one bot, or a module that
 * claims a kernel command: one clear sentence per clash. Exported for tests.
 */
export function commandConflicts(botId: string, modules: readonly AnyModule[]): string[] {
  const owner = new Map<string, string>(KERNEL_COMMANDS.map((c) => [c, "the kernel"]));
  const prefixOwner = new Map<string, string>();
  const problems: string[] = [];
  for (const mod of modules) {
    for (const { command } of mod.commands ?? []) {
      const first = owner.get(command);
      if (first === "the kernel") {
        problems.push(`bot "${botId}": module "${mod.name}" claims /${command}, which the kernel answers`);
      } else if (first && first !== mod.name) {
        problems.push(`bot "${botId}": modules "${first}" and "${mod.name}" both claim /${command}`);
      } else owner.set(command, mod.name);
    }
    if (mod.callbackPrefix === undefined) continue;
    const first = prefixOwner.get(mod.callbackPrefix);
    if (first) {
      problems.push(
        `bot "${botId}": modules "${first}" and "${mod.name}" both use the callback prefix "${mod.callbackPrefix}"`,
      );
    } else prefixOwner.set(mod.callbackPrefix, mod.name);
  }
  return problems;
}

/** Validates a module's settings: the file's `settings` override the environment. */
function configureModule(
  botId: string,
  mod: AnyModule,
  env: Env,
  settings: Record<string, unknown>,
  problems: string[],
): ConfiguredModule {
  if (!mod.config) return { module: mod, config: {} };
  const result = mod.config.safeParse({ ...env, ...settings });
  if (!result.success) {
    problems.push(...describeIssues(result.error).map((p) => `bot "${botId}", module ${mod.name}: ${p}`));
  }
  return { module: mod, config: result.success ? result.data : {} };
}

function resolveModules(
  botId: string,
  names: readonly string[],
  registry: Readonly<Record<string, AnyModule>>,
  problems: string[],
): AnyModule[] {
  const unique = [BASE_MODULE, ...names.filter((n) => n !== BASE_MODULE)];
  const found: AnyModule[] = [];
  for (const name of unique) {
    const mod = registry[name];
    if (mod) found.push(mod);
    else
      problems.push(`bot "${botId}": unknown module "${name}" (known: ${Object.keys(registry).join(", ")})`);
  }
  problems.push(...commandConflicts(botId, found));
  return found;
}

/**
 * Reads and validates the whole configuration. Throws one `ConfigError` listing every problem
 * (the variable and what is wrong); never returns a half-valid config.
 */
export function loadConfig(given: Env, registry: Readonly<Record<string, AnyModule>>): AppConfig {
  // A variable left empty (`TELEGRAM_BOT_TOKEN=` as copied from .env.example) counts as unset.
  const env: Env = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const problems: string[] = [];
  const parsed = processEnvSchema.safeParse(env);
  const envProblems = [...(parsed.success ? [] : describeIssues(parsed.error)), ...modeProblems(env)];
  if (!parsed.success || envProblems.length > 0) throw new ConfigError(envProblems);
  const processEnv = parsed.data;
  // REDIS_URL is the seeds' name for the shared store; STORAGE_URL wins when both are set.
  const storageUrl =
    processEnv.STORAGE_URL ?? processEnv.REDIS_URL ?? `sqlite:${processEnv.DATA_DIR}/switchboard.db`;
  const bots: BotConfig[] = [];

  if (processEnv.SWITCHBOARD_CONFIG) {
    let raw: unknown;
    try {
      raw = readConfigFile(processEnv.SWITCHBOARD_CONFIG);
    } catch (error) {
      throw new ConfigError([
        `SWITCHBOARD_CONFIG: cannot read ${processEnv.SWITCHBOARD_CONFIG}: ${(error as Error).message}`,
      ]);
    }
    const file = configFileSchema.safeParse(raw);
    if (!file.success) throw new ConfigError(describeIssues(file.error, "SWITCHBOARD_CONFIG: "));
    const ids = new Set<string>();
    for (const bot of file.data.bots) {
      if (ids.has(bot.id)) problems.push(`SWITCHBOARD_CONFIG: two bots have the id "${bot.id}"`);
      ids.add(bot.id);
      const modules = resolveModules(bot.id, bot.modules, registry, problems);
      bots.push({
        id: bot.id,
        token: bot.token,
        modules: modules.map((m) => configureModule(bot.id, m, env, bot.settings, problems)),
      });
    }
  } else if (processEnv.TELEGRAM_BOT_TOKEN) {
    const names = processEnv.BOT_MODULES.split(",").map((n) => n.trim());
    const id = processEnv.BOT_ID ?? names.find((n) => n !== BASE_MODULE) ?? BASE_MODULE;
    const modules = resolveModules(id, names, registry, problems);
    bots.push({
      id,
      token: processEnv.TELEGRAM_BOT_TOKEN,
      modules: modules.map((m) => configureModule(id, m, env, {}, problems)),
    });
  }

  if (problems.length > 0) throw new ConfigError(problems);
  const demo = bots.length === 0;
  // The playground serves the emulator's control API, which has no authentication: only this
  // machine reaches it unless HOST says otherwise.
  if (demo && env.HOST === undefined) processEnv.HOST = "127.0.0.1";
  return { env: processEnv, bots, demo, storageUrl };
}
