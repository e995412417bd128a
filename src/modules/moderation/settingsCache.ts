/**
 * Each group's settings as API V2 keeps them, held in this instance's memory so that ordinary
 * messages (flood control, locks) cost no API V2 request: a value younger than `ttlMs` is used
 * as is; an older one is still answered at once while one request refreshes it in the background
 * (so a change made elsewhere, on another instance or in API V2 directly, applies within
 * `ttlMs` plus one request). Only a group never read waits for API V2; when it does not answer,
 * the last value (or API V2's defaults) is used and the next try waits `ttlMs`.
 *
 * Written here rather than with the platform's response cache: that cache is per request and
 * never answers stale while refreshing, which the message path needs.
 */
import type { Logger } from "pino";
import type { ApiV2Client } from "./apiV2Client.js";
import type { GroupSettings, SettingsPatch } from "./apiV2Schemas.js";

/** How long a group's settings are used before they are read again (the issue: "within seconds"). */
export const SETTINGS_TTL_MS = 5_000;

/** API V2's defaults (backends/apiv2/README.md): what a group never changed has. */
export function defaultSettings(groupId: number): GroupSettings {
  return {
    group_id: groupId,
    group_name: null,
    features_enabled: { lockdown_enabled: false },
    warnings: { limit: 3, action: "ban", action_duration: null, expiry: null },
    flood: { enabled: false, messages: 5, seconds: 10, action: "mute", action_duration: 600 },
    locks: [],
    night_mode: {
      enabled: false,
      start: "23:00",
      end: "07:00",
      weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
      time_zone: "UTC",
    },
    welcome: { enabled: false, text: null },
    captcha: { enabled: false, seconds: 120 },
    log_channel_id: null,
    auto_delete: { commands: false, service_messages: false, welcome: false },
    updated_at: null,
  };
}

interface Entry {
  settings: GroupSettings;
  readAt: number;
  /** The request refreshing it, when one runs. */
  refreshing?: Promise<GroupSettings>;
}

export interface SettingsCache {
  /** The group's settings, from memory when there (see the header). */
  get(groupId: number): Promise<GroupSettings>;
  /** The group's settings read from API V2 now (the /settings views, after a change). */
  fresh(groupId: number): Promise<GroupSettings>;
  /** Changes some settings in API V2 and keeps the answer. */
  update(groupId: number, patch: SettingsPatch): Promise<GroupSettings>;
  /** Keeps `settings` as the group's current value (an answer API V2 already gave). */
  remember(settings: GroupSettings): void;
}

export function settingsCache(options: {
  api: ApiV2Client;
  now: () => number;
  logger: Pick<Logger, "warn">;
  ttlMs?: number;
}): SettingsCache {
  const { api, now, logger } = options;
  const ttlMs = options.ttlMs ?? SETTINGS_TTL_MS;
  const entries = new Map<number, Entry>();

  const remember = (settings: GroupSettings): void => {
    entries.set(settings.group_id, { settings, readAt: now() });
  };

  const read = async (groupId: number): Promise<GroupSettings> => {
    const settings = await api.settings(groupId);
    remember(settings);
    return settings;
  };

  /** Refreshes `entry` once at a time; on failure keeps what it has and waits `ttlMs`. */
  const refresh = (groupId: number, entry: Entry | undefined): Promise<GroupSettings> => {
    if (entry?.refreshing) return entry.refreshing;
    const running = read(groupId).catch((error: unknown) => {
      logger.warn({ err: error, groupId }, "moderation: API V2 settings unavailable, using the last known");
      const kept: Entry = entry
        ? { ...entry, readAt: now() }
        : { settings: defaultSettings(groupId), readAt: now() };
      delete kept.refreshing;
      entries.set(groupId, kept);
      return kept.settings;
    });
    if (entry) entry.refreshing = running;
    return running;
  };

  return {
    async get(groupId) {
      const entry = entries.get(groupId);
      if (!entry) return refresh(groupId, undefined);
      if (now() - entry.readAt >= ttlMs) void refresh(groupId, entry);
      return entry.settings;
    },
    fresh: read,
    async update(groupId, patch) {
      const settings = await api.patchSettings(groupId, patch);
      remember(settings);
      return settings;
    },
    remember,
  };
}
