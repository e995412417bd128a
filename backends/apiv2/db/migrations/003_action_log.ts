/** Migration 003: the action log (audit trail), indexed for its filters: group, member, admin, time. */
import type { Kysely, Migration } from "kysely";
import { type Dialect, idColumn } from "./idColumn.js";

export const actionLog = (dialect: Dialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await idColumn(db.schema.createTable("action_log"), dialect)
      .addColumn("group_id", "bigint", (c) => c.notNull())
      .addColumn("user_id", "bigint")
      .addColumn("admin_id", "bigint")
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("details", "text")
      .addColumn("duration", "integer")
      .addColumn("until", "bigint")
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("at", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("action_log_group_at").on("action_log").columns(["group_id", "at"]).execute();
    await db.schema.createIndex("action_log_user_at").on("action_log").columns(["user_id", "at"]).execute();
    await db.schema.createIndex("action_log_admin_at").on("action_log").columns(["admin_id", "at"]).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("action_log").execute();
  },
});
