/**
 * The one column the two engines spell differently: an auto-numbered primary key. SQLite's must be
 * exactly `integer primary key` (the rowid); PostgreSQL's is a 64-bit identity column.
 */
import type { CreateTableBuilder } from "kysely";

export type Dialect = "sqlite" | "postgres";

export function idColumn<T extends string>(table: CreateTableBuilder<T, never>, dialect: Dialect) {
  return dialect === "postgres"
    ? table.addColumn("id", "bigint", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}
