/** Opens the ROA2WEB backend's SQLite database, its schema up to date (see the kit's sqliteDatabase.ts). */
import { openSqliteDatabase, type SqliteDatabase } from "../../kit/sqliteDatabase.js";
import { MIGRATIONS } from "./migrations/index.js";
import type { ErpDatabase } from "./schema.js";

export type ErpDb = SqliteDatabase<ErpDatabase>;

export const DATABASE_FILE = "roa2web.sqlite";

/** `dataDir` undefined: an in-memory database that lives as long as the backend. */
export function openDatabase(dataDir?: string): Promise<ErpDb> {
  return openSqliteDatabase<ErpDatabase>({ dataDir, file: DATABASE_FILE, migrations: MIGRATIONS });
}
