/** Migration 003: the web app's sign-in sessions, and the backend's own settings (its JWT key). */
import type { Kysely, Migration } from "kysely";

export const web: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("web_sessions")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("csrf_token", "text", (c) => c.notNull())
      .addColumn("created_at", "integer", (c) => c.notNull())
      .addColumn("expires_at", "integer", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("settings")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("settings").execute();
    await db.schema.dropTable("web_sessions").execute();
  },
};
