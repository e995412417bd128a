/** Migration 004: stored answers to requests sent with an `Idempotency-Key`. */
import type { Kysely, Migration } from "kysely";

export const idempotencyKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("idempotency_keys")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("fingerprint", "text", (c) => c.notNull())
      .addColumn("status", "integer", (c) => c.notNull())
      .addColumn("response", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("idempotency_keys_created_at")
      .on("idempotency_keys")
      .column("created_at")
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("idempotency_keys").execute();
  },
};
