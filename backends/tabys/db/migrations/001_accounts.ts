/** Migration 001: admin accounts, one-time passwords, Telegram and web sessions. */
import type { Kysely, Migration } from "kysely";

export const accounts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("admins")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("full_name", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("is_active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "integer", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("otps")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("admin_id", "integer", (c) => c.notNull().references("admins.id").onDelete("cascade"))
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_at", "integer", (c) => c.notNull())
      .addColumn("expires_at", "integer", (c) => c.notNull())
      .addColumn("used_at", "integer")
      .addColumn("revoked_at", "integer")
      .execute();
    await db.schema.createIndex("otps_admin").on("otps").column("admin_id").execute();

    await db.schema
      .createTable("telegram_sessions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("telegram_user_id", "text", (c) => c.notNull().unique())
      .addColumn("admin_id", "integer", (c) => c.notNull().references("admins.id").onDelete("cascade"))
      .addColumn("telegram_username", "text")
      .addColumn("telegram_first_name", "text")
      .addColumn("telegram_last_name", "text")
      .addColumn("created_at", "integer", (c) => c.notNull())
      .addColumn("last_activity", "integer", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("web_sessions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("admin_id", "integer", (c) => c.notNull().references("admins.id").onDelete("cascade"))
      .addColumn("created_at", "integer", (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ["web_sessions", "telegram_sessions", "otps", "admins"]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
