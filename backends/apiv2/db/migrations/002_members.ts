/** Migration 002: what is done to members: bans, mutes and restrictions in force, and warnings. */
import type { Kysely, Migration } from "kysely";
import { type Dialect, idColumn } from "./idColumn.js";

export const members = (dialect: Dialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("restrictions")
      .addColumn("group_id", "bigint", (c) => c.notNull())
      .addColumn("user_id", "bigint", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("since", "bigint", (c) => c.notNull())
      .addColumn("until", "bigint")
      .addColumn("admin_id", "bigint")
      .addColumn("reason", "text")
      .addPrimaryKeyConstraint("restrictions_pk", ["group_id", "user_id", "kind"])
      .execute();

    await idColumn(db.schema.createTable("warnings"), dialect)
      .addColumn("group_id", "bigint", (c) => c.notNull())
      .addColumn("user_id", "bigint", (c) => c.notNull())
      .addColumn("admin_id", "bigint")
      .addColumn("reason", "text")
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("removed_at", "bigint")
      .addColumn("removed_by", "bigint")
      .execute();
    await db.schema.createIndex("warnings_member").on("warnings").columns(["group_id", "user_id"]).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("warnings").execute();
    await db.schema.dropTable("restrictions").execute();
  },
});
