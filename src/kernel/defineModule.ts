import type { Api, Composer, MiddlewareFn } from "grammy";
import type { Logger } from "pino";
import type { z } from "zod";
import type { ModuleRbac } from "../platform/rbac/rbac.js";
import type { SendScheduler } from "../platform/sendScheduler/sendScheduler.js";
import type { Services } from "../platform/services.js";
import type { AnyRoute } from "../server/moduleRoutes.js";
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
  /** Hidden commands work but are not listed in the menu or /help. */
  hidden?: boolean;
}

/**
 * Which ordinary messages (not commands, not a form's replies) a module is handed. Default
 * `none`: a module sees its own commands, its own buttons and the replies to its own forms, and
 * nothing else, so it cannot swallow what another module expects.
 */
export type MessageInterest = "none" | "private" | "groups" | "all";

/** What a module's `create` receives: everything one (bot, module) instance is built from. */
export interface ModuleSetup<Config> {
  bot: BotIdentity;
  config: Config;
  services: Services;
  /** The Bot API of this bot, for work outside an update (jobs, alerts, routes). */
  api: Api;
  /** The process logger with `bot` and `module` bound. */
  logger: Logger;
  /**
   * A storage key of this instance: `<module>:<bot>:<parts…>`. Two bots carrying the same module
   * never share a key.
   */
  key(...parts: Array<string | number>): string;
  /**
   * The bot's pacing for broadcasts (alerts, digests, scheduled posts): wait on it before each
   * message sent outside an update, so the bot stays inside Telegram's limits. One per bot, shared
   * by its modules.
   */
  sends: SendScheduler;
  /** This instance's RBAC: the manifest's roles table, read with the instance's `roleOf`. */
  rbac: ModuleRbac;
  /** Every module of this bot with its settings (the base module lists their commands). */
  modules: ReadonlyArray<{ module: AnyModule; config: unknown }>;
  /** Every module instance of this bot, in order; filled once all are created (use it lazily). */
  instances: ReadonlyArray<{ name: string; instance: ModuleInstance }>;
}

/**
 * Work a module instance runs outside updates. The kernel names it `<bot>:<module>:<name>`, so
 * two bots with the same module keep separate schedules.
 */
export interface ModuleJob {
  name: string;
  /** Runs every `every` milliseconds, once across instances. */
  every?: number;
  /** Runs at a cron pattern's instants in a time zone (e.g. `0 9 * * *`, `Europe/Bucharest`). */
  cron?: { pattern: string; tz: string };
  run(data: unknown): Promise<void>;
}

/** Everything one (bot, module) instance needs, returned by the module's `create`. */
export interface ModuleInstance {
  /** The handlers, in order. They only see this module's own updates (see `MessageInterest`). */
  features: ReadonlyArray<Composer<BotContext> | MiddlewareFn<BotContext>>;
  /**
   * Runs before `features` for every update the kernel hands this module, and for no other
   * module's: an allowlist here keeps strangers out of this module only. Call `next` to admit;
   * answer the user and return to refuse.
   */
  gate?: MiddlewareFn<BotContext>;
  /** HTTP routes, mounted before the server listens (see moduleRoutes.ts for the path scheme). */
  routes?: ReadonlyArray<AnyRoute>;
  jobs?: ReadonlyArray<ModuleJob>;
  /** Used by /readyz: a reason string (or a throw) when the instance cannot serve. */
  health?: () => Promise<string | undefined>;
  /**
   * A line for /start telling the user their next step in this module (e.g. "run /setup"), or
   * nothing. The base module's /start collects these, so modules do not fight over /start.
   */
  startHint?: (ctx: BotContext) => Promise<string | undefined> | string | undefined;
  /**
   * The commands of this module /help lists for this user now (e.g. /login while signed out,
   * /menu and /logout once signed in), by name; without it, /help lists all of them. Only the
   * listing changes: every declared command still works.
   */
  helpCommands?: (ctx: BotContext) => Promise<readonly string[]> | readonly string[];
  /**
   * The user's role for RBAC, resolved once per update before `features` run (from the backend
   * session, not from Telegram). `ctx.can(module, action)` and `rbac.guard(action)` read it.
   */
  roleOf?: (ctx: BotContext) => Promise<string | undefined> | string | undefined;
  /**
   * Storage keys this module will read for an update it receives as a command or a button press
   * (e.g. the user's credentials and chosen location). The kernel reads them in its own round
   * trip; the module's `storage.get` of them is then answered from memory for that update.
   */
  prefetch?: (ctx: BotContext) => readonly string[];
  /** `/start <payload>` deep links this module takes (erp's link codes); the rest go to /start. */
  startPayload?: (payload: string) => boolean;
}

export interface ModuleDefinition<Schema extends z.ZodType = z.ZodType> {
  /** Lowercase module name, used in config (`BOT_MODULES`), logs, metrics and storage keys. */
  name: string;
  /** Settings the module reads, validated at start-up from the environment or the config file. */
  config?: Schema;
  commands?: readonly CommandSpec[];
  /**
   * The part of this module's callback ids before the dot (`nm` for `nm.st`): a button press is
   * handed only to the module whose prefix it carries. Unique per bot.
   */
  callbackPrefix?: string;
  /** Ordinary messages this module wants to see (default `none`). */
  messages?: MessageInterest;
  /** RBAC table: role → the actions it may take (e.g. `events:read`). Deny by default. */
  roles?: Readonly<Record<string, readonly string[]>>;
  /** Folder with `en.ftl`, `ru.ftl`, `ro.ftl`, `kk.ftl` (and `<lang>.<part>.ftl`). */
  locales?: string;
  /** Update types beyond messages and callback queries this module needs (e.g. `chat_member`). */
  updates?: readonly string[];
  /** Runs once per (bot, module) when the bot is built; state of the instance lives in its closure. */
  create(setup: ModuleSetup<z.infer<Schema>>): ModuleInstance | Promise<ModuleInstance>;
}

/** An erased module: what the registry holds. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds modules of every config type
export type AnyModule = ModuleDefinition<any>;

/**
 * Declares a module. It only checks the manifest's shape (names, command names, duplicate
 * commands inside the module) and returns it typed; the kernel does the rest when a bot is built.
 * Throws at import time on a malformed manifest, so a broken module fails every test run.
 */
export function defineModule<Schema extends z.ZodType>(
  definition: ModuleDefinition<Schema>,
): ModuleDefinition<Schema> {
  if (!/^[a-z][a-z0-9-]{0,31}$/.test(definition.name)) {
    throw new Error(`module name "${definition.name}" must be lowercase letters, digits and -`);
  }
  if (definition.callbackPrefix !== undefined && !/^[a-z0-9]{1,4}$/.test(definition.callbackPrefix)) {
    throw new Error(`module ${definition.name}: callback prefix must be 1-4 of a-z0-9`);
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
