/**
 * The database on disk: migrations run once, the ledger, links and tokens survive a restart on
 * the same data folder (the JWT key is kept there too), nothing secret is stored in clear, and
 * reset puts the demo world back.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { manualClock } from "../kit/clock.js";
import { DATABASE_FILE } from "./db/openDatabase.js";
import { createRoa2webBackend, startRoa2webBackend } from "./roa2webBackend.js";
import { call, linkTelegram, refresh, type SessionBody, TEST_NOW, webSignIn } from "./testKit.js";

const root = mkdtempSync(join(tmpdir(), "roa2web-persistence-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MIGRATIONS = ["001_ledger", "002_telegram_links", "003_web"];

describe("on a data folder", () => {
  it("migrates and seeds on the first start only; ledger, links and tokens survive a restart", async () => {
    const dataDir = join(root, "restart");
    const first = await createRoa2webBackend({ dataDir, clock: manualClock(TEST_NOW) });
    expect(first.migrated).toEqual(MIGRATIONS);
    const session = await linkTelegram(first, "ana@firma.ro", 8080);
    const invoices = await first.invoicesOf(2, { pageSize: 100 });
    const cookie = await webSignIn(first, "ana@firma.ro");
    await first.close();

    // A minute later, a new process: the same database, the same JWT key.
    const second = await createRoa2webBackend({ dataDir, clock: manualClock(TEST_NOW + 60_000) });
    try {
      expect(second.migrated).toEqual([]);
      const recorded = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
        second.db,
      );
      expect(recorded.rows.map((row) => row.name)).toEqual(MIGRATIONS);
      expect(await second.invoicesOf(2, { pageSize: 100 })).toEqual(invoices);
      expect((await call(second, "GET", "/api/companies", session.access_token)).statusCode).toBe(200);
      const next = await refresh(second, session.refresh_token);
      expect(next.json<SessionBody>().user.email).toBe("ana@firma.ro");
      expect(await second.linksOf("ana@firma.ro")).toMatchObject([{ telegramUserId: "8080" }]);
      const page = await second.app.inject({ method: "GET", url: "/settings/telegram", headers: { cookie } });
      expect(page.statusCode).toBe(200);
      const file = readFileSync(join(dataDir, DATABASE_FILE));
      for (const secret of [session.refresh_token, cookie.split("=")[1]!, "Contabil-2024"])
        expect(file.includes(Buffer.from(secret))).toBe(false);
    } finally {
      await second.close();
    }
  });

  it("a jwtSecret option signs with that secret instead of the stored key", async () => {
    const dataDir = join(root, "secret");
    const first = await createRoa2webBackend({ dataDir, jwtSecret: "a-long-test-secret-0123456789abcdef" });
    const session = await linkTelegram(first, "ana@firma.ro");
    await first.close();
    const other = await createRoa2webBackend({ dataDir });
    const same = await createRoa2webBackend({
      dataDir: join(root, "secret"),
      jwtSecret: "a-long-test-secret-0123456789abcdef",
    });
    try {
      expect((await call(other, "GET", "/api/companies", session.access_token)).statusCode).toBe(401);
      expect((await call(same, "GET", "/api/companies", session.access_token)).statusCode).toBe(200);
    } finally {
      await other.close();
      await same.close();
    }
  });
});

describe("reset", () => {
  it("puts faults, clock, counters and the demo world back; links and sign-ins are gone", async () => {
    const backend = await startRoa2webBackend({ dataDir: join(root, "reset"), clock: manualClock(TEST_NOW) });
    try {
      const session = await linkTelegram(backend, "ana@firma.ro");
      const dashboard = await backend.dashboardOf(1);
      await backend.db.deleteFrom("payments").execute();
      backend.faults.set({ latencyMs: 5 });
      backend.clock.advance(3_600_000);
      const response = await fetch(`${backend.url}/_control/reset`, { method: "POST" });
      expect(response.status).toBe(200);
      expect(backend.faults.settings.latencyMs).toBe(0);
      expect(backend.clock.now()).toBe(TEST_NOW);
      expect(backend.counts().byRoute).toEqual({});
      expect(await backend.dashboardOf(1)).toEqual(dashboard);
      expect(await backend.linksOf("ana@firma.ro")).toEqual([]);
      expect((await call(backend, "GET", "/api/companies", session.access_token)).statusCode).toBe(401);
      expect(backend.webUrl).toBe(`${backend.url}/settings/telegram`);
    } finally {
      await backend.close();
    }
  });
});
