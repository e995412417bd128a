/**
 * The database on disk: migrations run once, data and sessions survive a restart on the same data
 * folder (JWTs do not: a new secret), and reset puts the demo world back.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { manualClock } from "../kit/clock.js";
import { DATABASE_FILE } from "./db/openDatabase.js";
import { createTabysBackend, startTabysBackend } from "./tabysBackend.js";
import { botCall, call, signIn, TEST_NOW, telegramLogin } from "./testKit.js";

const root = mkdtempSync(join(tmpdir(), "tabys-persistence-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MIGRATIONS = ["001_accounts", "002_content", "003_telegram_links", "004_media"];

describe("on a data folder", () => {
  it("migrates and seeds on the first start only; data and sessions survive a restart", async () => {
    const dataDir = join(root, "restart");
    const first = await createTabysBackend({ dataDir, clock: manualClock(TEST_NOW) });
    expect(first.migrated).toEqual(MIGRATIONS);
    const jwt = await signIn(first, "administrator");
    const created = await call(first, "POST", "/api/v2/projects/", jwt, {
      title_ru: "Проект после рестарта",
      description_ru: "Проверяем, что данные на диске",
      status: "draft",
    });
    const session = await telegramLogin(first, "npo", "3030");
    const otp = await first.issueOtp("msb@tabys.example");
    await first.close();

    const second = await createTabysBackend({ dataDir, clock: manualClock(TEST_NOW + 60_000) });
    try {
      expect(second.migrated).toEqual([]);
      const recorded = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
        second.db,
      );
      expect(recorded.rows.map((row) => row.name)).toEqual(MIGRATIONS);
      expect(await second.db.selectFrom("admins").select("id").execute()).toHaveLength(7);
      const jwt2 = await signIn(second, "administrator");
      const projects = (await call(second, "GET", "/api/v2/projects/?page_size=100", jwt2)).json();
      expect(projects).toHaveLength(19);
      expect(projects[0]).toEqual(created.json());
      // The old JWT was signed with the old instance's secret; the session itself lives on.
      expect((await call(second, "GET", "/api/v2/events/", session.access_token)).statusCode).toBe(401);
      const restored = await botCall(second, "/api/v1/telegram-auth/restore-session", {
        telegram_user_id: "3030",
      });
      expect(restored.json()).toMatchObject({ role: "npo", session_created: false });
      expect(
        (await botCall(second, "/api/v1/telegram-auth/verify-otp", { otp_token: otp, telegram_user_id: "1" }))
          .statusCode,
      ).toBe(200);
      expect(readFileSync(join(dataDir, DATABASE_FILE)).includes(Buffer.from(otp))).toBe(false);
    } finally {
      await second.close();
    }
  });

  it("a jwtSecret option keeps JWTs valid across a restart", async () => {
    const dataDir = join(root, "secret");
    const first = await createTabysBackend({ dataDir, jwtSecret: "a-long-test-secret-0123456789abcdef" });
    const jwt = await signIn(first, "government");
    await first.close();
    const second = await createTabysBackend({ dataDir, jwtSecret: "a-long-test-secret-0123456789abcdef" });
    try {
      expect((await call(second, "GET", "/api/v2/news/", jwt)).statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });
});

describe("reset", () => {
  it("puts faults, clock, counters and the demo data back; the data folder keeps the reset world", async () => {
    const dataDir = join(root, "reset");
    const backend = await startTabysBackend({ dataDir, clock: manualClock(TEST_NOW) });
    try {
      const jwt = await signIn(backend, "administrator");
      await call(backend, "DELETE", "/api/v2/courses/1", jwt);
      await telegramLogin(backend, "npo");
      backend.faults.set({ latencyMs: 5 });
      backend.clock.advance(3_600_000);
      const response = await fetch(`${backend.url}/_control/reset`, { method: "POST" });
      expect(response.status).toBe(200);
      expect(backend.faults.settings.latencyMs).toBe(0);
      expect(backend.clock.now()).toBe(TEST_NOW);
      expect(backend.counts().byRoute).toEqual({});
      expect((await call(backend, "GET", "/api/v2/courses/1", jwt)).statusCode).toBe(401); // sign-ins are gone too
      const fresh = await signIn(backend, "administrator");
      expect((await call(backend, "GET", "/api/v2/courses/1", fresh)).json()).toMatchObject({ id: 1 });
      expect((await call(backend, "GET", "/api/v2/analytics/", fresh)).json()).toMatchObject({
        courses: 20,
        active_sessions: 0,
      });
    } finally {
      await backend.close();
    }
  });
});
