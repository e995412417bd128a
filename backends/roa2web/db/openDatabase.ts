/**
 * Opens the backend's SQLite database (a file in its data folder, or memory for tests) and brings
 * its schema up to date with the migrations. Kysely runs the queries; the raw better-sqlite3
 * handle is kept for the few writes that must finish synchronously (`runNow`).
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import { type Compilable, Kysely, Migrator, SqliteDialect } from "kysely";
import { prepareDataDir } from "../../kit/referenceBackend.js";
import { MIGRATIONS } from "./migrations/index.js";
import type { ErpDatabase } from "./schema.js";

export interface ErpDb {
  db: Kysely<ErpDatabase>;
  /** The names of the migrations this open ran (empty when the schema was already up to date). */
  migrated: string[];
  /** Runs a write at once, before returning: for callers that cannot wait (a fault action). */
  runNow(query: Compilable): number;
  close(): Promise<void>;
}

export const DATABASE_FILE = "roa2web.sqlite";

/** `dataDir` undefined: an in-memory database that lives as long as the backend. */
export async function openDatabase(dataDir?: string): Promise<ErpDb> {
  const sqlite = new Database(dataDir ? join(prepareDataDir(dataDir), DATABASE_FILE) : ":memory:");
  if (dataDir) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  const db = new Kysely<ErpDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw error;
    return {
      db,
      migrated: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName),
      runNow: (query) => {
        const { sql, parameters } = query.compile();
        return sqlite.prepare(sql).run(...parameters).changes;
      },
      close: () => db.destroy(),
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
