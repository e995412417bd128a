/** Opens the Tabys backend's SQLite database, its schema up to date (see the kit's sqliteDatabase.ts). */
import type { Kysely } from "kysely";
import { openSqliteDatabase, type SqliteDatabase } from "../../kit/sqliteDatabase.js";
import { MIGRATIONS } from "./migrations/index.js";
import type { ContentDatabase, TabysDatabase } from "./schema.js";

export interface TabysDb extends SqliteDatabase<TabysDatabase> {
  /** The same connection, seen through the content tables' loose types. */
  content: Kysely<ContentDatabase>;
}

export const DATABASE_FILE = "tabys.sqlite";

/** `dataDir` undefined: an in-memory database that lives as long as the backend. */
export async function openDatabase(dataDir?: string): Promise<TabysDb> {
  const opened = await openSqliteDatabase<TabysDatabase>({
    dataDir,
    file: DATABASE_FILE,
    migrations: MIGRATIONS,
    // SQLite's lower() only knows ASCII; search must fold Cyrillic and Kazakh letters too.
    prepare: (sqlite) =>
      sqlite.function("casefold", { deterministic: true }, (value: unknown) =>
        typeof value === "string" ? value.toLowerCase() : value,
      ),
  });
  return { ...opened, content: opened.db as unknown as Kysely<ContentDatabase> };
}
