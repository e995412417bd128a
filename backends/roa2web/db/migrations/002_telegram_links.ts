/** Migration 002: Telegram accounts linked to ERP users, and the refresh tokens of their sessions. */
import type { Kysely, Migration } from "kysely";

export const telegramLinks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("telegram_links")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("telegram_user_id", "text", (c) => c.notNull().unique())
      .addColumn("telegram_username", "text")
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("server_id", "text", (c) => c.notNull())
      .addColumn("linked_at", "integer", (c) => c.notNull())
      .addColumn("session_id", "text", (c) => c.unique())
      .execute();

    await db.schema
      .createTable("refresh_tokens")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("link_id", "integer", (c) => c.notNull().references("telegram_links.id").onDelete("cascade"))
      .addColumn("session_id", "text", (c) => c.notNull())
      .addColumn("issued_at", "integer", (c) => c.notNull())
      .addColumn("expires_at", "integer", (c) => c.notNull())
      .addColumn("rotated_at", "integer")
      .execute();
    await db.schema.createIndex("refresh_tokens_link").on("refresh_tokens").column("link_id").execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("refresh_tokens").execute();
    await db.schema.dropTable("telegram_links").execute();
  },
};
