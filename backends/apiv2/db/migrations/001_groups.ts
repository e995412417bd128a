/** Migration 001: groups, their settings and their group-wide state (lockdown). */
import type { Kysely, Migration } from "kysely";

export const groups: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("groups")
      .addColumn("group_id", "bigint", (c) => c.primaryKey())
      .addColumn("group_name", "text")
      .addColumn("warn_limit", "integer", (c) => c.notNull())
      .addColumn("warn_action", "text", (c) => c.notNull())
      .addColumn("warn_action_duration", "integer")
      .addColumn("warn_expiry", "integer")
      .addColumn("flood_enabled", "integer", (c) => c.notNull())
      .addColumn("flood_messages", "integer", (c) => c.notNull())
      .addColumn("flood_seconds", "integer", (c) => c.notNull())
      .addColumn("flood_action", "text", (c) => c.notNull())
      .addColumn("flood_action_duration", "integer")
      .addColumn("locks", "text", (c) => c.notNull())
      .addColumn("night_enabled", "integer", (c) => c.notNull())
      .addColumn("night_start", "text", (c) => c.notNull())
      .addColumn("night_end", "text", (c) => c.notNull())
      .addColumn("night_weekdays", "text", (c) => c.notNull())
      .addColumn("night_time_zone", "text", (c) => c.notNull())
      .addColumn("welcome_enabled", "integer", (c) => c.notNull())
      .addColumn("welcome_text", "text")
      .addColumn("captcha_enabled", "integer", (c) => c.notNull())
      .addColumn("captcha_seconds", "integer", (c) => c.notNull())
      .addColumn("log_channel_id", "bigint")
      .addColumn("delete_commands", "integer", (c) => c.notNull())
      .addColumn("delete_service_messages", "integer", (c) => c.notNull())
      .addColumn("delete_welcome", "integer", (c) => c.notNull())
      .addColumn("lockdown", "integer", (c) => c.notNull())
      .addColumn("lockdown_at", "bigint")
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("updated_at", "bigint", (c) => c.notNull())
      .execute();
    // The night-mode scheduler lists the groups that have it on.
    await db.schema.createIndex("groups_night_enabled").on("groups").column("night_enabled").execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("groups").execute();
  },
};
