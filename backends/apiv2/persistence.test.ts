/**
 * The database lasts: migrations run once and data survives a restart, on the same SQLite file and
 * on the same PostgreSQL schema (whose migration records stay inside it); reset empties it.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { manualClock } from "../kit/clock.js";
import { createApiV2, DATABASE_FILE, startApiV2Backend } from "./apiV2Backend.js";
import { usePostgres } from "./postgresForTests.js";
import { call, dataOf, TEST_NOW } from "./testKit.js";

const root = mkdtempSync(join(tmpdir(), "apiv2-persistence-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const postgres = await usePostgres();

const MIGRATIONS = ["001_groups", "002_members", "003_action_log", "004_idempotency_keys"];
const GROUP = -1003330001;

type Start = (clock: number) => ReturnType<typeof createApiV2>;

function restartSuite(start: Start) {
  it("migrates on the first start only; settings, restrictions, warnings, log and keys survive a restart", async () => {
    const first = await start(TEST_NOW);
    expect(first.migrated).toEqual(MIGRATIONS);
    await dataOf(
      call(first, "PATCH", `/api/v2/groups/${GROUP}/settings`, { body: { warnings: { limit: 5 } } }),
    );
    await dataOf(
      call(first, "POST", `/api/v2/groups/${GROUP}/enforcement/mute`, {
        body: { user_id: 5, duration: 3600 },
      }),
    );
    const warned = await call(first, "POST", `/api/v2/groups/${GROUP}/enforcement/warn`, {
      body: { user_id: 5 },
      headers: { "idempotency-key": "before-restart" },
    });
    await first.close();

    const second = await start(TEST_NOW + 60_000);
    try {
      expect(second.migrated).toEqual([]);
      const recorded = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        second.db,
      );
      expect(recorded.rows.map((row) => row.name)).toEqual(MIGRATIONS);
      expect(await dataOf(call(second, "GET", `/api/v2/groups/${GROUP}/users/5/status`))).toMatchObject({
        is_muted: true,
        has_warnings: 1,
        warning_limit: 5,
        muted_until: new Date(TEST_NOW + 3_600_000).toISOString(),
      });
      const retried = await call(second, "POST", `/api/v2/groups/${GROUP}/enforcement/warn`, {
        body: { user_id: 5 },
        headers: { "idempotency-key": "before-restart" },
      });
      expect(retried.json()).toEqual(warned.json());
      expect((await dataOf<{ total: number }>(call(second, "GET", "/api/v2/logs/actions"))).total).toBe(2);
    } finally {
      await second.close();
    }
  });
}

describe("on a SQLite file", () => {
  const dataDir = join(root, "sqlite");
  restartSuite((now) => createApiV2({ dataDir, clock: manualClock(now) }));

  it("lives in <dataDir>/apiv2.db, in a folder only its owner can open", () => {
    expect(statSync(join(dataDir, DATABASE_FILE)).isFile()).toBe(true);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });

  it("a databaseUrl of sqlite:<path> is a file too", async () => {
    const file = join(root, "by-url", "moderation.db");
    const backend = await createApiV2({ databaseUrl: `sqlite:${file}` });
    await backend.close();
    expect(statSync(file).isFile()).toBe(true);
  });
});

describe.skipIf(!postgres.url)("on a PostgreSQL schema", () => {
  restartSuite((now) => createApiV2({ databaseUrl: postgres.url!, clock: manualClock(now) }));

  it("keeps its tables and migration records in its own schema", async () => {
    const backend = await createApiV2({ databaseUrl: postgres.url! });
    try {
      expect(backend.dialect).toBe("postgres");
      const { rows } = await sql<{ schema: string; tables: number }>`
        select current_schema() as schema,
               (select count(*) from information_schema.tables where table_schema = current_schema()) as tables`.execute(
        backend.db,
      );
      expect(rows[0]!.schema).toMatch(/^apiv2_test_/);
      expect(rows[0]!.tables).toBe(7); // five tables, kysely_migration and kysely_migration_lock
    } finally {
      await backend.close();
    }
  });
});

describe("reset", () => {
  it("empties the service and puts faults, clock and counters back", async () => {
    const backend = await startApiV2Backend({ dataDir: join(root, "reset"), clock: manualClock(TEST_NOW) });
    try {
      await dataOf(
        call(backend, "POST", `/api/v2/groups/${GROUP}/enforcement/ban`, { body: { user_id: 9 } }),
      );
      backend.faults.set({ latencyMs: 5 });
      backend.clock.advance(3_600_000);
      const response = await fetch(`${backend.url}/_control/reset`, { method: "POST" });
      expect(response.status).toBe(200);
      expect(backend.faults.settings.latencyMs).toBe(0);
      expect(backend.clock.now()).toBe(TEST_NOW);
      expect(backend.counts().byRoute).toEqual({});
      expect(await dataOf(call(backend, "GET", `/api/v2/groups/${GROUP}/users/9/status`))).toMatchObject({
        is_banned: false,
        last_action: null,
      });
    } finally {
      await backend.close();
    }
  });
});
