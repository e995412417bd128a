/** Migration 004: uploaded and seeded images, served at `/media/<name>`. */
import type { Kysely, Migration } from "kysely";

export const media: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("media")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("content_type", "text", (c) => c.notNull())
      .addColumn("bytes", "blob", (c) => c.notNull())
      .addColumn("created_at", "integer", (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("media").execute();
  },
};
