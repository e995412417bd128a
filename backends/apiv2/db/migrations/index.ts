/**
 * Every migration, by name, in the order they run: Kysely's `Migrator` reads them from here (an
 * inline provider: no files are read at run time) and records each one it ran. Two of them spell
 * their id column for the engine, so the list is built for one.
 */
import type { Migration } from "kysely";
import { groups } from "./001_groups.js";
import { members } from "./002_members.js";
import { actionLog } from "./003_action_log.js";
import { idempotencyKeys } from "./004_idempotency_keys.js";
import type { Dialect } from "./idColumn.js";

export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    "001_groups": groups,
    "002_members": members(dialect),
    "003_action_log": actionLog(dialect),
    "004_idempotency_keys": idempotencyKeys,
  };
}
