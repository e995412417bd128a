/**
 * Bans, mutes and restrictions per member. A row is one in force — or lapsed, when its `until` has
 * passed by the backend's clock — and lifting one deletes its row; the log keeps the history.
 */
import type { Kysely, Selectable } from "kysely";
import type { ApiV2Database, RestrictionTable } from "./db/schema.js";
import type { RestrictionKind } from "./moderationSchemas.js";

type Db = Kysely<ApiV2Database>;
export type Restriction = Selectable<RestrictionTable> & { kind: RestrictionKind };

const inForce = (row: { until: number | null }, now: number) => row.until === null || row.until > now;

/** The member's restrictions in force at `now`, by kind. */
export async function restrictionsInForce(
  db: Db,
  groupId: number,
  userId: number,
  now: number,
): Promise<Map<RestrictionKind, Restriction>> {
  const rows = await db
    .selectFrom("restrictions")
    .selectAll()
    .where("group_id", "=", groupId)
    .where("user_id", "=", userId)
    .execute();
  return new Map(
    rows.filter((row) => inForce(row, now)).map((row) => [row.kind as RestrictionKind, row as Restriction]),
  );
}

export interface Imposed {
  groupId: number;
  userId: number;
  kind: RestrictionKind;
  since: number;
  until: number | null;
  adminId: number | null;
  reason: string | null;
}

/** Imposes (or renews) a restriction; true when it was not in force before or its end moved. */
export async function impose(db: Db, imposed: Imposed, now: number): Promise<boolean> {
  const before = (await restrictionsInForce(db, imposed.groupId, imposed.userId, now)).get(imposed.kind);
  const row = {
    group_id: imposed.groupId,
    user_id: imposed.userId,
    kind: imposed.kind,
    since: imposed.since,
    until: imposed.until,
    admin_id: imposed.adminId,
    reason: imposed.reason,
  };
  await db
    .insertInto("restrictions")
    .values(row)
    .onConflict((conflict) =>
      conflict
        .columns(["group_id", "user_id", "kind"])
        .doUpdateSet({ since: row.since, until: row.until, admin_id: row.admin_id, reason: row.reason }),
    )
    .execute();
  return before === undefined || before.until !== imposed.until;
}

/** Lifts these kinds; returns those that were in force. */
export async function lift(
  db: Db,
  groupId: number,
  userId: number,
  kinds: readonly RestrictionKind[],
  now: number,
): Promise<RestrictionKind[]> {
  const before = await restrictionsInForce(db, groupId, userId, now);
  await db
    .deleteFrom("restrictions")
    .where("group_id", "=", groupId)
    .where("user_id", "=", userId)
    .where("kind", "in", kinds)
    .execute();
  return kinds.filter((kind) => before.has(kind));
}
