/**
 * Everything netmon's handlers and jobs share for one (bot, netmon) instance: its Plume clients,
 * token vault and stores. Built once by the module's `create`, and held only by that instance's
 * closure, so two bots carrying netmon never share a client, a token or a schedule. Nothing in
 * it is per-user state: that lives in storage.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BotIdentity } from "../../kernel/context.js";
import type { Services } from "../../platform/services.js";
import { SubscriptionStore } from "./alerts/subscriptionStore.js";
import { createPlumeVault, type PlumeCredentials, type PlumeVault } from "./auth/plumeVault.js";
import { exchangeClientCredentials, type IssuedToken, splitTokenUrl } from "./auth/tokenExchange.js";
import type { NetmonConfig } from "./config.js";
import { LocationChoiceStore } from "./locationChoice.js";
import { PlumeClient } from "./plumeClient.js";
import { type NetmonKeys, netmonKeys } from "./storageKeys.js";
import type { Translate } from "./views/format.js";

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), "locales");

/** Names the backend clients report under (metrics, logs, and the kernel's error messages). */
export const BACKEND_NAMES = { sso: "Plume SSO", api: "Plume API", reports: "Plume reports" } as const;

export interface Netmon {
  config: NetmonConfig;
  services: Services;
  bot: BotIdentity;
  keys: NetmonKeys;
  /** Sealed credentials and tokens per Telegram user. */
  vault: PlumeVault;
  plume: PlumeClient;
  choices: LocationChoiceStore;
  subscriptions: SubscriptionStore;
  /** Exchanges credentials for a token (used by /setup before anything is stored). */
  exchange(credentials: Pick<PlumeCredentials, "authorization" | "partnerId">): Promise<IssuedToken>;
  /** Translation outside an update (alerts, digests): the same messages `ctx.t` uses. */
  translator(language: string | undefined): Translate;
  now(): number;
}

export interface NetmonOptions {
  /** The clock (tests move it). */
  now?: () => number;
}

/** Builds one instance's clients and stores. */
export function createNetmon(
  services: Services,
  config: NetmonConfig,
  bot: BotIdentity,
  options: NetmonOptions = {},
): Netmon {
  const now = options.now ?? Date.now;
  const keys = netmonKeys(bot.id);
  const timeoutMs = config.PLUME_TIMEOUT_MS;
  const sso = splitTokenUrl(config.PLUME_SSO_URL);
  const ssoClient = services.http({ name: BACKEND_NAMES.sso, baseUrl: sso.baseUrl, timeoutMs, retries: 0 });
  // People wait for these answers: one retry (not the default two, which could keep a user
  // waiting three timeouts), and a Retry-After longer than a few seconds is reported, not waited out.
  const common = { timeoutMs, retries: 1, maxRetryAfterMs: 5_000 };
  const api = services.http({ name: BACKEND_NAMES.api, baseUrl: config.PLUME_API_BASE, ...common });
  const reports = services.http({
    name: BACKEND_NAMES.reports,
    baseUrl: config.PLUME_REPORTS_BASE,
    ...common,
  });

  const exchange = (creds: Pick<PlumeCredentials, "authorization" | "partnerId">) =>
    exchangeClientCredentials(ssoClient, sso.path, creds);
  const vault = createPlumeVault({
    storage: services.storage,
    secrets: services.secrets,
    botId: bot.id,
    exchange,
    now,
    ssoTimeoutMs: timeoutMs,
  });

  return {
    config,
    services,
    bot,
    keys,
    vault,
    plume: new PlumeClient(api, reports, vault),
    choices: new LocationChoiceStore(services.storage, keys),
    subscriptions: new SubscriptionStore(services.storage, keys),
    exchange,
    translator: (language) => (key, variables) => bot.translate(language, key, variables),
    now,
  };
}
