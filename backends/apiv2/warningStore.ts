/**
 * Warnings per member. One counts while it is not removed (unwarn, clear, or the action taken at
 * the limit) and younger than the group's expiry — computed at read time, so changing the expiry
 * applies to every warning at once.
 */
import { type Kysely, PostgresAdapter, type Selectable, sql } from "kysely";
import { isoAt, isoOrNull } from "./commonSchemas.js";
import type { ApiV2Database, WarningTable } from "./db/schema.js";
import type { WarningView } from "./moderationSchemas.js";

type Db = Kysely<ApiV2Database>;
export type WarningRow = Selectable<WarningTable>;

/**
 * Makes concurrent warning changes for one member take turns until the transaction ends, so two
 * warns at once cannot both miss the limit. PostgreSQL only: SQLite runs one transaction at a time.
 */
export async function lockMemberWarnings(db: Db, groupId: number, userId: number): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select pg_advisory_xact_lock(hashtext(${`apiv2 warnings ${groupId} ${userId}`}))`.execute(db);
}

/** The member's warnings that count at `now`, oldest first. */
export function countingWarnings(
  db: Db,
  groupId: number,
  userId: number,
  now: number,
  expirySec: number | null,
): Promise<WarningRow[]> {
  let query = db
    .selectFrom("warnings")
    .selectAll()
    .where("group_id", "=", groupId)
    .where("user_id", "=", userId)
    .where("removed_at", "is", null);
  if (expirySec !== null) query = query.where("created_at", ">", now - expirySec * 1000);
  return query.orderBy("created_at").orderBy("id").execute();
}

export function addWarning(
  db: Db,
  warning: { groupId: number; userId: number; adminId: number | null; reason: string | null; at: number },
): Promise<WarningRow> {
  return db
    .insertInto("warnings")
    .values({
      group_id: warning.groupId,
      user_id: warning.userId,
      admin_id: warning.adminId,
      reason: warning.reason,
      created_at: warning.at,
      removed_at: null,
      removed_by: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function removeWarnings(
  db: Db,
  ids: readonly number[],
  removedBy: number | null,
  now: number,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable("warnings")
    .set({ removed_at: now, removed_by: removedBy })
    .where("id", "in", ids)
    .execute();
}

export function warningView(row: WarningRow, expirySec: number | null): WarningView {
  return {
    id: row.id,
    group_id: row.group_id,
    user_id: row.user_id,
    admin_id: row.admin_id,
    reason: row.reason,
    created_at: isoAt(row.created_at),
    expires_at: isoOrNull(expirySec === null ? null : row.created_at + expirySec * 1000),
  };
}
