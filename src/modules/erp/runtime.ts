/**
 * Everything erp's handlers, route and jobs share for one (bot, erp) instance: the ROA2WEB
 * client, the codes, the links, what the bot remembers per user, the bot's pacing for messages
 * sent outside an update. Built once by the module's `create` and held only by that instance's
 * closure, so two bots carrying erp share nothing. Per-user state lives in storage, never here.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { BotContext } from "../../kernel/context.js";
import type { ModuleSetup } from "../../kernel/defineModule.js";
import type { SendScheduler } from "../../platform/sendScheduler/sendScheduler.js";
import type { Services } from "../../platform/services.js";
import type { ErpConfig } from "./config.js";
import { DEFAULT_GUESS_BUDGET } from "./domain/codeRules.js";
import { ErpClient } from "./erpClient.js";
import { CodeStore } from "./store/codeStore.js";
import { LinkStore } from "./store/linkStore.js";
import { NotLinkedError } from "./store/notLinkedError.js";
import { type ActiveCompany, UserState } from "./store/userState.js";
import { type Formats, formatsFor } from "./views/format.js";

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), "locales");

/** The module's name: in storage keys, job names and logs. */
export const ERP = "erp";

/** The name the ROA2WEB client reports under (metrics, logs, and the kernel's error messages). */
export const BACKEND_NAME = "ROA2WEB";

export interface ErpOptions {
  /** The clock codes, tokens and the clean-up are judged by (tests move it). */
  now?: () => number;
  /** Wrong guesses a live code absorbs before it is burned (tests lower it). */
  guessBudget?: number;
}

export interface Erp {
  config: ErpConfig;
  services: Services;
  bot: ModuleSetup<ErpConfig>["bot"];
  api: Api;
  sends: SendScheduler;
  logger: Logger;
  client: ErpClient;
  codes: CodeStore;
  links: LinkStore;
  state: UserState;
  key: ModuleSetup<ErpConfig>["key"];
  /** The full name of the digest job (`<bot>:erp:digest`), which per-user schedules run. */
  digestJob: string;
  /** The rate-limit key of a user's code attempts. */
  attemptsKey(userId: number): string;
  now(): number;
}

/** Builds one instance's client and stores. */
export function createErp(setup: ModuleSetup<ErpConfig>, options: ErpOptions = {}): Erp {
  const { config, services, key } = setup;
  const now = options.now ?? Date.now;
  const timeoutMs = config.ERP_TIMEOUT_MS;
  // People wait for these answers: one retry, and a long Retry-After is told, not waited out.
  const http = services.http({
    name: BACKEND_NAME,
    baseUrl: config.ERP_API_URL,
    timeoutMs,
    retries: 1,
    maxRetryAfterMs: 5_000,
  });
  const client = new ErpClient(http, config.ERP_INTERNAL_API_KEY);
  // One call (a retry included) must end before another instance may take over.
  const leaseMs = 2 * timeoutMs + 5_000;
  return {
    config,
    services,
    bot: setup.bot,
    api: setup.api,
    sends: setup.sends,
    logger: setup.logger,
    client,
    codes: new CodeStore({
      storage: services.storage,
      key,
      pepper: `erp-link-code:${config.ERP_INTERNAL_API_KEY}`,
      now,
      guessBudget: options.guessBudget ?? DEFAULT_GUESS_BUDGET,
      claimMs: leaseMs,
    }),
    links: new LinkStore({
      storage: services.storage,
      secrets: services.secrets,
      key,
      client,
      backend: BACKEND_NAME,
      now,
      leaseMs,
    }),
    state: new UserState(services.storage, key),
    key,
    digestJob: `${setup.bot.id}:${ERP}:digest`,
    attemptsKey: (userId) => key("attempts", userId),
    now,
  };
}

/** The user of an update, or `NotLinkedError` (channel posts and the like have none). */
export function userIdOf(ctx: BotContext): number {
  if (!ctx.from) throw new NotLinkedError("not_linked");
  return ctx.from.id;
}

/** The id of one user's digest schedule. */
export const digestScheduleId = (erp: Erp, userId: number): string => `${erp.digestJob}:${userId}`;

/** Forgets what belonged to a user's ERP account: the active company and the digest (and its schedule). */
export async function forgetAccount(erp: Erp, userId: number): Promise<void> {
  await erp.state.forget(userId);
  await erp.services.jobs.cancel(digestScheduleId(erp, userId));
}

/** Runs `call` with the user's access token (see LinkStore.authorized). */
export function withToken<T>(erp: Erp, ctx: BotContext, call: (token: string) => Promise<T>): Promise<T> {
  return erp.links.authorized(userIdOf(ctx), call);
}

export type { ActiveCompany };

/** Amounts and dates for this user: their language, their time zone. */
export async function formatsOf(erp: Erp, ctx: BotContext): Promise<Formats> {
  return formatsFor(ctx.language, await erp.state.timeZone(userIdOf(ctx)));
}
