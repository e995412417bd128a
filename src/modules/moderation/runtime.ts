/**
 * Everything moderation's handlers share for one (bot, moderation) instance: the API V2 client,
 * the admin cache (kept current by member updates), the anonymous-admin confirmations, and the
 * clock. Built once by the module's `create`, held only by that instance's closure.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import type { ModuleSetup } from "../../kernel/defineModule.js";
import {
  type AdminCache,
  type AnonymousAdmin,
  adminCache,
  anonymousAdmin,
} from "../../platform/groups/index.js";
import { ApiV2Client } from "./apiV2Client.js";
import type { ModerationConfig } from "./config.js";
import { type GroupRegistry, groupRegistry } from "./groupRegistry.js";
import { type LogChannel, logChannel } from "./logChannel.js";
import { type MemberDirectory, memberDirectory } from "./memberDirectory.js";
import { createOutbox, type Outbox } from "./outbox.js";
import { type SettingsCache, settingsCache } from "./settingsCache.js";
import { type StatusCache, statusCache } from "./statusCache.js";

export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), "locales");
export const MODERATION = "moderation";
/** The name the API V2 client reports under (metrics, logs, the kernel's error messages). */
export const BACKEND_NAME = "API V2";
export const CALLBACK_PREFIX = "md";

export interface ModerationOptions {
  /** The clock until_date and record timestamps are computed from (tests share it with Telegram's). */
  now?: () => number;
  /** API V2's circuit breaker (the platform's defaults otherwise); tests shorten its pause. */
  breaker?: { threshold?: number; halfOpenAfterMs?: number };
  /** Handed the outbox once the instance is built (tests deliver it without waiting for the job). */
  onOutbox?: (outbox: Outbox) => void;
  /** Handed the `night-mode` job's run (tests move the clock and run it without waiting 30 s). */
  onNightModeJob?: (run: () => Promise<void>) => void;
  /** Handed the instance once built (tests change a group's settings through its cache). */
  onModeration?: (mod: Moderation) => void;
}

export interface Moderation {
  api: ApiV2Client;
  /** Records API V2 could not take yet, delivered by the `outbox` job. */
  outbox: Outbox;
  /** Each group's settings, from memory (refreshed from API V2 every few seconds). */
  settings: SettingsCache;
  /** Members' status from API V2, 30 s in memory, refreshed by every action's record. */
  statuses: StatusCache;
  /** Posts every action to the group's log channel. */
  logChannel: LogChannel;
  admins: AdminCache;
  /** The groups this bot is in (an index in storage), for the private settings menu. */
  groups: GroupRegistry;
  anonymous: AnonymousAdmin;
  /** The members seen in each group, by @username (the target of `/ban @ann`). */
  members: MemberDirectory;
  /** The bot's pacing for messages sent outside an update (notices, log posts). */
  sends: ModuleSetup<ModerationConfig>["sends"];
  /** A storage key of this instance. */
  key: ModuleSetup<ModerationConfig>["key"];
  now: () => number;
  logger: Logger;
  bot: ModuleSetup<ModerationConfig>["bot"];
}

export function createModeration(
  setup: ModuleSetup<ModerationConfig>,
  options: ModerationOptions,
): Moderation {
  const { config, services, bot, api } = setup;
  const http = services.http({
    name: BACKEND_NAME,
    baseUrl: config.API_V2_URL,
    timeoutMs: config.API_V2_TIMEOUT_MS,
    headers: { authorization: `Bearer ${config.API_V2_KEY}` },
    ...(options.breaker ? { breaker: options.breaker } : {}),
  });
  const apiV2 = new ApiV2Client(http);
  const now = options.now ?? Date.now;
  const outbox = createOutbox({
    storage: services.storage,
    key: setup.key,
    api: apiV2,
    now,
    logger: setup.logger,
  });
  options.onOutbox?.(outbox);
  const settings = settingsCache({ api: apiV2, now, logger: setup.logger });
  const admins = adminCache({ storage: services.storage, api, bot: bot.id, logger: setup.logger });
  const mod: Moderation = {
    api: apiV2,
    outbox,
    settings,
    statuses: statusCache({ api: apiV2, now }),
    logChannel: logChannel({ api, settings, sends: setup.sends, logger: setup.logger }),
    admins,
    groups: groupRegistry({ storage: services.storage, key: setup.key }),
    sends: setup.sends,
    key: setup.key,
    anonymous: anonymousAdmin({
      storage: services.storage,
      bot: bot.id,
      callbackPrefix: CALLBACK_PREFIX,
      adminCache: admins,
    }),
    members: memberDirectory({ storage: services.storage, key: setup.key, now, logger: setup.logger }),
    now,
    logger: setup.logger,
    bot,
  };
  options.onModeration?.(mod);
  return mod;
}
