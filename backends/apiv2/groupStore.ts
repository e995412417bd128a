/**
 * Groups in the database: their settings (a row from the first change on; defaults before) and
 * their group-wide state, lockdown. Converts between the settings as the API shows them
 * (`settingsSchemas.ts`) and the columns that hold them.
 */
import type { Insertable, Kysely, Selectable } from "kysely";
import { isoOrNull } from "./commonSchemas.js";
import type { ApiV2Database, GroupTable } from "./db/schema.js";
import { DEFAULT_SETTINGS, type GroupSettings, type SettingsView } from "./settingsSchemas.js";

export type GroupRow = Selectable<GroupTable>;
type Db = Kysely<ApiV2Database>;

const flag = (value: boolean) => (value ? 1 : 0);

export function readGroup(db: Db, groupId: number): Promise<GroupRow | undefined> {
  return db.selectFrom("groups").selectAll().where("group_id", "=", groupId).executeTakeFirst();
}

/** A group's settings: the stored ones, or the defaults for a group never changed. */
export function settingsOf(row: GroupRow | undefined): GroupSettings {
  if (!row) return structuredClone(DEFAULT_SETTINGS);
  return {
    group_name: row.group_name,
    warnings: {
      limit: row.warn_limit,
      action: row.warn_action as GroupSettings["warnings"]["action"],
      action_duration: row.warn_action_duration,
      expiry: row.warn_expiry,
    },
    flood: {
      enabled: row.flood_enabled === 1,
      messages: row.flood_messages,
      seconds: row.flood_seconds,
      action: row.flood_action as GroupSettings["flood"]["action"],
      action_duration: row.flood_action_duration,
    },
    locks: JSON.parse(row.locks),
    night_mode: {
      enabled: row.night_enabled === 1,
      start: row.night_start,
      end: row.night_end,
      weekdays: JSON.parse(row.night_weekdays),
      time_zone: row.night_time_zone,
    },
    welcome: { enabled: row.welcome_enabled === 1, text: row.welcome_text },
    captcha: { enabled: row.captcha_enabled === 1, seconds: row.captcha_seconds },
    log_channel_id: row.log_channel_id,
    auto_delete: {
      commands: row.delete_commands === 1,
      service_messages: row.delete_service_messages === 1,
      welcome: row.delete_welcome === 1,
    },
  };
}

function settingsColumns(s: GroupSettings) {
  return {
    group_name: s.group_name,
    warn_limit: s.warnings.limit,
    warn_action: s.warnings.action,
    warn_action_duration: s.warnings.action_duration,
    warn_expiry: s.warnings.expiry,
    flood_enabled: flag(s.flood.enabled),
    flood_messages: s.flood.messages,
    flood_seconds: s.flood.seconds,
    flood_action: s.flood.action,
    flood_action_duration: s.flood.action_duration,
    locks: JSON.stringify(s.locks),
    night_enabled: flag(s.night_mode.enabled),
    night_start: s.night_mode.start,
    night_end: s.night_mode.end,
    night_weekdays: JSON.stringify(s.night_mode.weekdays),
    night_time_zone: s.night_mode.time_zone,
    welcome_enabled: flag(s.welcome.enabled),
    welcome_text: s.welcome.text,
    captcha_enabled: flag(s.captcha.enabled),
    captcha_seconds: s.captcha.seconds,
    log_channel_id: s.log_channel_id,
    delete_commands: flag(s.auto_delete.commands),
    delete_service_messages: flag(s.auto_delete.service_messages),
    delete_welcome: flag(s.auto_delete.welcome),
  };
}

/** What `GET …/settings` answers for the group. */
export function settingsView(groupId: number, row: GroupRow | undefined): SettingsView {
  const settings = settingsOf(row);
  return {
    group_id: groupId,
    group_name: settings.group_name,
    features_enabled: {
      auto_delete_commands: settings.auto_delete.commands,
      auto_delete_welcome: settings.auto_delete.welcome,
      night_mode: settings.night_mode.enabled,
      lockdown_enabled: row?.lockdown === 1,
    },
    warnings: settings.warnings,
    flood: settings.flood,
    locks: settings.locks,
    night_mode: settings.night_mode,
    welcome: settings.welcome,
    captcha: settings.captcha,
    log_channel_id: settings.log_channel_id,
    auto_delete: settings.auto_delete,
    updated_at: isoOrNull(row?.updated_at ?? null),
  };
}

type GroupChanges = Partial<Omit<Insertable<GroupTable>, "group_id" | "created_at" | "updated_at">>;

/**
 * Writes settings columns and/or state in one upsert (two first writes racing on PostgreSQL cannot
 * both insert): a group without a row gets the defaults plus the changes.
 */
function writeGroup(db: Db, groupId: number, now: number, changes: GroupChanges): Promise<GroupRow> {
  return db
    .insertInto("groups")
    .values({
      group_id: groupId,
      ...settingsColumns(DEFAULT_SETTINGS),
      lockdown: 0,
      lockdown_at: null,
      ...changes,
      created_at: now,
      updated_at: now,
    })
    .onConflict((conflict) => conflict.column("group_id").doUpdateSet({ ...changes, updated_at: now }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const saveSettings = (db: Db, groupId: number, settings: GroupSettings, now: number) =>
  writeGroup(db, groupId, now, settingsColumns(settings));

/** Lockdown on or off; returns whether it changed. */
export async function setLockdown(db: Db, groupId: number, on: boolean, now: number): Promise<boolean> {
  const before = (await readGroup(db, groupId))?.lockdown === 1;
  if (before !== on) await writeGroup(db, groupId, now, { lockdown: flag(on), lockdown_at: on ? now : null });
  return before !== on;
}

/** Night mode's schedule on or off; returns whether it changed. */
export async function setNightMode(db: Db, groupId: number, on: boolean, now: number): Promise<boolean> {
  const before = (await readGroup(db, groupId))?.night_enabled === 1;
  if (before !== on) await writeGroup(db, groupId, now, { night_enabled: flag(on) });
  return before !== on;
}

/** Every group whose night mode is on, for the scheduler's list. */
export function groupsWithNightMode(db: Db): Promise<GroupRow[]> {
  return db.selectFrom("groups").selectAll().where("night_enabled", "=", 1).orderBy("group_id").execute();
}
