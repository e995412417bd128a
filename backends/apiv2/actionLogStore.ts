/**
 * The action log: every enforcement, the action taken at a warning limit, state changes the bot
 * reports, and what the bot logs itself. Newest first; filtered by group, member, admin, action
 * and time, and paged.
 */
import type { Kysely, Selectable } from "kysely";
import { isoAt, isoOrNull } from "./commonSchemas.js";
import type { ActionLogTable, ApiV2Database } from "./db/schema.js";
import type { LOG_SOURCES, LogEntry } from "./moderationSchemas.js";

type Db = Kysely<ApiV2Database>;

export interface NewLogEntry {
  groupId: number;
  userId: number | null;
  adminId: number | null;
  action: string;
  details: string | null;
  duration: number | null;
  until: number | null;
  source: (typeof LOG_SOURCES)[number];
  at: number;
}

function logEntryView(row: Selectable<ActionLogTable>): LogEntry {
  return {
    id: row.id,
    group_id: row.group_id,
    user_id: row.user_id,
    admin_id: row.admin_id,
    action: row.action,
    details: row.details,
    duration: row.duration,
    until: isoOrNull(row.until),
    source: row.source as LogEntry["source"],
    at: isoAt(row.at),
  };
}

export async function recordAction(db: Db, entry: NewLogEntry): Promise<LogEntry> {
  const row = await db
    .insertInto("action_log")
    .values({
      group_id: entry.groupId,
      user_id: entry.userId,
      admin_id: entry.adminId,
      action: entry.action,
      details: entry.details,
      duration: entry.duration,
      until: entry.until,
      source: entry.source,
      at: entry.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return logEntryView(row);
}

export interface LogFilter {
  group_id?: number | undefined;
  user_id?: number | undefined;
  admin_id?: number | undefined;
  action?: string | undefined;
  /** Epoch ms, inclusive. */
  from?: number | undefined;
  /** Epoch ms, exclusive. */
  to?: number | undefined;
}

export async function queryLog(
  db: Db,
  filter: LogFilter,
  page: number,
  pageSize: number,
): Promise<{ items: LogEntry[]; total: number }> {
  let query = db.selectFrom("action_log");
  if (filter.group_id !== undefined) query = query.where("group_id", "=", filter.group_id);
  if (filter.user_id !== undefined) query = query.where("user_id", "=", filter.user_id);
  if (filter.admin_id !== undefined) query = query.where("admin_id", "=", filter.admin_id);
  if (filter.action !== undefined) query = query.where("action", "=", filter.action);
  if (filter.from !== undefined) query = query.where("at", ">=", filter.from);
  if (filter.to !== undefined) query = query.where("at", "<", filter.to);
  const { total } = await query
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: rows.map(logEntryView), total: Number(total) };
}

/** The instant of the newest entry about this member in this group, or null. */
export async function lastActionAt(db: Db, groupId: number, userId: number): Promise<number | null> {
  const row = await db
    .selectFrom("action_log")
    .select((eb) => eb.fn.max("at").as("last"))
    .where("group_id", "=", groupId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.last == null ? null : Number(row.last);
}
