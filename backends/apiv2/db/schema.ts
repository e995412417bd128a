/**
 * The database's tables as Kysely sees them, the same on SQLite and PostgreSQL. Instants are epoch
 * milliseconds (compared with the backend's clock), durations seconds, booleans 0/1, lists JSON
 * text: one representation on both engines, so one set of queries serves both.
 */
import type { Generated } from "kysely";

/** A group's settings and group-wide state; a group has a row from its first change on. */
export interface GroupTable {
  group_id: number;
  group_name: string | null;
  warn_limit: number;
  warn_action: string;
  warn_action_duration: number | null;
  warn_expiry: number | null;
  flood_enabled: number;
  flood_messages: number;
  flood_seconds: number;
  flood_action: string;
  flood_action_duration: number | null;
  /** JSON array of lock names. */
  locks: string;
  night_enabled: number;
  night_start: string;
  night_end: string;
  /** JSON array of weekday names. */
  night_weekdays: string;
  night_time_zone: string;
  welcome_enabled: number;
  welcome_text: string | null;
  captcha_enabled: number;
  captcha_seconds: number;
  log_channel_id: number | null;
  delete_commands: number;
  delete_service_messages: number;
  delete_welcome: number;
  lockdown: number;
  lockdown_at: number | null;
  created_at: number;
  updated_at: number;
}

/** A ban, mute or restriction in force (or lapsed: `until` in the past); lifted = no row. */
export interface RestrictionTable {
  group_id: number;
  user_id: number;
  /** `ban | mute | restrict` */
  kind: string;
  since: number;
  until: number | null;
  admin_id: number | null;
  reason: string | null;
}

export interface WarningTable {
  id: Generated<number>;
  group_id: number;
  user_id: number;
  admin_id: number | null;
  reason: string | null;
  created_at: number;
  /** Set by unwarn, clear, or the action taken at the limit; expiry is computed, never stored. */
  removed_at: number | null;
  removed_by: number | null;
}

export interface ActionLogTable {
  id: Generated<number>;
  group_id: number;
  user_id: number | null;
  admin_id: number | null;
  action: string;
  details: string | null;
  duration: number | null;
  until: number | null;
  /** `enforcement | warn_limit | state | bot` */
  source: string;
  at: number;
}

/** A stored answer to an `Idempotency-Key` request, replayed to a retry with the same request. */
export interface IdempotencyKeyTable {
  key: string;
  /** sha256 of method, path and canonical body. */
  fingerprint: string;
  status: number;
  /** The JSON body answered. */
  response: string;
  created_at: number;
}

export interface ApiV2Database {
  groups: GroupTable;
  restrictions: RestrictionTable;
  warnings: WarningTable;
  action_log: ActionLogTable;
  idempotency_keys: IdempotencyKeyTable;
}
