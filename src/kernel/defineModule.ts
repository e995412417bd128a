import type { Api, Composer } from "grammy";
import type { z } from "zod";
import type { RbacPolicy } from "../platform/rbac/rbac.js";
import type { Services } from "../platform/services.js";
import type { BotContext, BotIdentity } from "./context.js";

/** Where a command is offered in Telegram's command menu. */
export type CommandScope = "private" | "groups" | "all";

export interface CommandSpec {
  /** Without the slash: `status`. Lowercase letters, digits and underscores, ≤ 32 characters. */
  command: string;
  /** Fluent key of the menu description, e.g. `netmon-cmd-status`. */
  description: string;
  /** Default `private`. */
  scope?: CommandScope;
  /** Hidden commands work but are not listed in the menu or /help (e.g. `cancel`). */
  hidden?: boolean;
}

/** What a module's `setup` receives: its own composer, the shared services and its typed config. */
export interface ModuleSetup<Config> {
  composer: Composer<BotContext>;
  services: Services;
  config: Config;
  bot: BotIdentity;
  /** The Bot API of this bot, for work outside an update (jobs, alerts). */
  api: Api;
  /** Every module of this bot with its settings (the base module lists their commands). */
  modules: ReadonlyArray<{ module: AnyModule; config: unknown }>;
}

export interface JobContext<Config> {
  services: Services;
  config: Config;
  bot: BotIdentity;
  api: Api;
}

/**
 * A job a module runs outside updates. The kernel namespaces its name per bot and module,
 * so two bots with the same module keep separate schedules.
 */
export interface ModuleJob<Config> {
  name: string;
  /** Runs every `every(config)` milliseconds when given; otherwise only when scheduled. */
  every?: (config: Config) => number | undefined;
  run(data: unknown, context: JobContext<Config>): Promise<void>;
}

export interface ModuleDefinition<Schema extends z.ZodType = z.ZodType> {
  /** Lowercase module name, used in config (`BOT_MODULES`), logs, metrics and session keys. */
  name: string;
  /** Settings the module reads, validated at start-up from the environment or the config file. */
  config?: Schema;
  commands?: readonly CommandSpec[];
  /**
   * What RBAC knows of this module: role → permissions and how to find a user's role.
   * The kernel registers it; handlers use `services.rbac.guard(name, permission)`.
   */
  permissions?: RbacPolicy<BotContext>;
  /** Folder with `en.ftl`, `ru.ftl`, `ro.ftl`. */
  locales?: string;
  /** Update types beyond the kernel's defaults this module needs (e.g. `chat_member`). */
  updates?: readonly string[];
  setup(setup: ModuleSetup<z.infer<Schema>>): void | Promise<void>;
  /**
   * A line for /start telling the user their next step in this module (e.g. "run /setup"), or
   * nothing. The base module's /start collects these, so modules do not fight over /start.
   */
  startHint?: (ctx: BotContext, config: z.infer<Schema>) => Promise<string | undefined> | string | undefined;
  jobs?: ReadonlyArray<ModuleJob<z.infer<Schema>>>;
  /** Used by /readyz; throw (or return a reason string) when the module cannot serve. */
  health?: (context: { services: Services; config: z.infer<Schema> }) => Promise<string | undefined>;
}

/** An erased module: what the registry holds. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds modules of every config type
export type AnyModule = ModuleDefinition<any>;

/**
 * Declares a module. It only checks the manifest's shape (command names, duplicate commands
 * inside the module) and returns it typed; the kernel does the rest when a bot is built.
 * Throws at import time on a malformed manifest, so a broken module fails every test run.
 */
export function defineModule<Schema extends z.ZodType>(
  definition: ModuleDefinition<Schema>,
): ModuleDefinition<Schema> {
  if (!/^[a-z][a-z0-9-]{0,31}$/.test(definition.name)) {
    throw new Error(`module name "${definition.name}" must be lowercase letters, digits and -`);
  }
  const seen = new Set<string>();
  for (const { command } of definition.commands ?? []) {
    if (!/^[a-z0-9_]{1,32}$/.test(command)) {
      throw new Error(`module ${definition.name}: command "${command}" is not a valid Telegram command`);
    }
    if (seen.has(command)) throw new Error(`module ${definition.name} declares /${command} twice`);
    seen.add(command);
  }
  return definition;
}
