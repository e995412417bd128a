/**
 * A reference backend's SQLite database (a file in its data folder, or memory for tests), brought
 * up to date with its Kysely migrations. Kysely runs the queries; the raw better-sqlite3 handle is
 * kept for the few writes that must finish synchronously (`runNow`).
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import { type Compilable, Kysely, type Migration, Migrator, SqliteDialect } from "kysely";
import { prepareDataDir } from "./referenceBackend.js";

export interface SqliteDatabase<DB> {
  db: Kysely<DB>;
  /** The names of the migrations this open ran (empty when the schema was already up to date). */
  migrated: string[];
  /** Runs a write at once, before returning: for callers that cannot wait (a fault action). */
  runNow(query: Compilable): number;
  close(): Promise<void>;
}

export interface OpenSqliteOptions {
  /** Undefined: an in-memory database that lives as long as the backend. */
  dataDir: string | undefined;
  /** The file's name in the data folder. */
  file: string;
  migrations: Readonly<Record<string, Migration>>;
  /** Runs on the raw connection before the migrations (e.g. to add SQL functions). */
  prepare?: (sqlite: Database.Database) => void;
}

export async function openSqliteDatabase<DB>(options: OpenSqliteOptions): Promise<SqliteDatabase<DB>> {
  const { dataDir } = options;
  const sqlite = new Database(dataDir ? join(prepareDataDir(dataDir), options.file) : ":memory:");
  if (dataDir) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  options.prepare?.(sqlite);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const migrations = { ...options.migrations };
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
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
