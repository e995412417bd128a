/**
 * Opens the service's database — a SQLite file (the default), SQLite in memory (tests) or
 * PostgreSQL — and brings its schema up to date with the migrations. Everything above this file
 * sees one `Kysely<ApiV2Database>` and never asks which engine is underneath.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Dialect } from "./migrations/idColumn.js";
import { migrationsFor } from "./migrations/index.js";
import type { ApiV2Database } from "./schema.js";

/** Where the data lives: `postgres://…` (or `postgresql://…`), `sqlite:<path>`, a path, or `:memory:`. */
export type DatabaseLocation = { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string };

export const MEMORY = ":memory:";

export function parseDatabaseUrl(value: string): DatabaseLocation {
  if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: "postgres", url: value };
  const file = value.replace(/^sqlite:/i, "");
  if (file === "") throw new Error("the database URL names no file");
  return { dialect: "sqlite", file: file === MEMORY ? MEMORY : resolve(file) };
}

export interface ApiV2Db {
  db: Kysely<ApiV2Database>;
  dialect: Dialect;
  /** The migrations this open ran (empty when the schema was already up to date). */
  migrated: string[];
  /** Where it lives, without credentials, for the start-up log line and `/health`. */
  description: string;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /** Deletes every row (the schema and its migration records stay): the backend's reset. */
  wipe(): Promise<void>;
  close(): Promise<void>;
}

const TABLES = ["groups", "restrictions", "warnings", "action_log", "idempotency_keys"] as const;

// Telegram ids and epoch milliseconds are 64-bit columns; pg answers those as strings unless told
// otherwise. Every one of them fits a JavaScript number (ids stay below 2^53), so parse as numbers.
const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

function sqliteDialect(file: string): SqliteDialect {
  if (file !== MEMORY) mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const sqlite = new Database(file);
  if (file !== MEMORY) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database: sqlite });
}

function describeLocation(location: DatabaseLocation): string {
  if (location.dialect === "sqlite") return `sqlite ${location.file}`;
  const url = new URL(location.url);
  return `postgres ${url.host}${url.pathname}`;
}

function postgresDialect(url: string, onPoolError: (error: Error) => void): PostgresDialect {
  const pool = new pg.Pool({ connectionString: url, types: pgTypes, connectionTimeoutMillis: 5000 });
  // An idle connection that breaks (the server restarted) is dropped by the pool and replaced on
  // the next query; unheard, its error event would end the process.
  pool.on("error", onPoolError);
  return new PostgresDialect({ pool });
}

/** `onPoolError`: PostgreSQL only, an idle connection that broke (reported, then replaced). */
export async function openDatabase(
  location: DatabaseLocation,
  onPoolError: (error: Error) => void = () => {},
): Promise<ApiV2Db> {
  const db = new Kysely<ApiV2Database>({
    dialect:
      location.dialect === "postgres"
        ? postgresDialect(location.url, onPoolError)
        : sqliteDialect(location.file),
  });
  try {
    const migrated = await migrate(db, location.dialect);
    return {
      db,
      dialect: location.dialect,
      migrated,
      description: describeLocation(location),
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      wipe: async () => {
        for (const table of TABLES) await db.deleteFrom(table).execute();
      },
      close: () => db.destroy(),
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

async function migrate(db: Kysely<ApiV2Database>, dialect: Dialect): Promise<string[]> {
  // On PostgreSQL the migration records live in the schema the service works in (its search_path),
  // so two services in two schemas of one database never see each other's records.
  const migrationTableSchema = dialect === "postgres" ? await currentSchema(db) : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrationsFor(dialect) },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

async function currentSchema(db: Kysely<ApiV2Database>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error("no schema to work in: the search_path names none that exists");
  return schema;
}
