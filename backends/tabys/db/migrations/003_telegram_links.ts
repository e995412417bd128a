/** Migration 003: platform users linking their Telegram chat (`/start link_<token>`). */
import type { Kysely, Migration } from "kysely";

export const telegramLinks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("link_tokens")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("admin_id", "integer", (c) => c.notNull().references("admins.id").onDelete("cascade"))
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_at", "integer", (c) => c.notNull())
      .addColumn("expires_at", "integer", (c) => c.notNull())
      .addColumn("used_at", "integer")
      .execute();

    await db.schema
      .createTable("telegram_links")
      .addColumn("admin_id", "integer", (c) => c.primaryKey().references("admins.id").onDelete("cascade"))
      .addColumn("telegram_chat_id", "text", (c) => c.notNull())
      .addColumn("telegram_username", "text")
      .addColumn("telegram_first_name", "text")
      .addColumn("linked_at", "integer", (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("telegram_links").execute();
    await db.schema.dropTable("link_tokens").execute();
  },
};
