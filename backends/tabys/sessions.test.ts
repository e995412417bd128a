/**
 * Telegram sessions and their JWTs: restore-session, logout, revocation from the web panel, the
 * JWT lifetime, the idle lifetime of a session (sliding on activity), one session per Telegram user.
 */

import { decodeJwt } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import type { TabysApp } from "./tabysBackend.js";
import { botCall, call, signIn, telegramLogin, testBackend } from "./testKit.js";

const RESTORE = "/api/v1/telegram-auth/restore-session";
const LOGOUT = "/api/v1/telegram-auth/logout";
const EVENTS = "/api/v2/events/";

let backend: TabysApp;
afterEach(() => backend.close());

const restore = (telegramUserId = "7001") => botCall(backend, RESTORE, { telegram_user_id: telegramUserId });
const events = (jwt: string) => call(backend, "GET", EVENTS, jwt);

describe("the JWT", () => {
  it("is HS256 with sub, role, sid and exp after jwtTtlSec", async () => {
    backend = await testBackend({ jwtTtlSec: 120 });
    const { access_token } = await telegramLogin(backend, "npo");
    const header = JSON.parse(Buffer.from(access_token.split(".")[0]!, "base64url").toString());
    const claims = decodeJwt(access_token);
    expect(header).toMatchObject({ alg: "HS256" });
    expect(claims).toMatchObject({ sub: "4", role: "npo", sid: expect.stringMatching(/^tg_/) });
    expect(claims.exp! - claims.iat!).toBe(120);
  });

  it("answers 401 once expired (the clock moved), and restore-session gives a fresh one", async () => {
    backend = await testBackend({ jwtTtlSec: 60 });
    const { access_token } = await telegramLogin(backend, "npo");
    expect((await events(access_token)).statusCode).toBe(200);
    backend.clock.advance(60_000);
    const expired = await events(access_token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toEqual({ detail: "Could not validate credentials" });
    const restored = await restore();
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({
      role: "npo",
      admin_id: 4,
      telegram_user_id: "7001",
      session_created: false,
    });
    expect((await events(restored.json().access_token)).statusCode).toBe(200);
  });

  it("answers 401 for a token signed with another secret (a restarted backend)", async () => {
    backend = await testBackend();
    const other = await testBackend();
    try {
      const { access_token } = await telegramLogin(other, "administrator");
      expect((await events(access_token)).statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe("ending a session", () => {
  it("logout: the JWT answers 401 at once and restore-session 404", async () => {
    backend = await testBackend();
    const { access_token } = await telegramLogin(backend, "administrator");
    expect((await botCall(backend, LOGOUT, { telegram_user_id: "7001" })).json()).toEqual({ ok: true });
    expect((await events(access_token)).statusCode).toBe(401);
    const restored = await restore();
    expect(restored.statusCode).toBe(404);
    expect(restored.json()).toEqual({ detail: "No active session" });
    expect((await botCall(backend, LOGOUT, { telegram_user_id: "7001" })).json()).toEqual({ ok: true });
  });

  it("revoked from the web panel: listed, then gone, JWT 401, restore 404", async () => {
    backend = await testBackend();
    const { access_token } = await telegramLogin(backend, "msb", "8001");
    backend.clock.advance(30_000);
    await events(access_token); // msb may not read events: still activity
    const adminJwt = await signIn(backend, "administrator");
    const listed = await call(backend, "GET", "/api/v1/telegram-auth/sessions", adminJwt);
    expect(listed.json()).toEqual([
      {
        telegram_user_id: "8001",
        telegram_username: "tester",
        admin_id: 3,
        admin_name: "Мадина Ахметова",
        role: "msb",
        created_at: "2025-03-10T04:00:00.000Z",
        last_activity: "2025-03-10T04:00:30.000Z",
      },
    ]);
    const revoked = await call(backend, "DELETE", "/api/v1/telegram-auth/sessions/8001", adminJwt);
    expect(revoked.json()).toEqual({ ok: true });
    expect((await events(access_token)).statusCode).toBe(401);
    expect((await restore("8001")).statusCode).toBe(404);
    const again = await call(backend, "DELETE", "/api/v1/telegram-auth/sessions/8001", adminJwt);
    expect(again.statusCode).toBe(404);
    expect((await call(backend, "GET", "/api/v1/telegram-auth/sessions", adminJwt)).json()).toEqual([]);
  });

  it("only administrator and super_admin see and end sessions", async () => {
    backend = await testBackend();
    await telegramLogin(backend, "npo", "8002");
    for (const role of ["client", "volunteer_admin", "msb", "npo", "government"] as const) {
      const jwt = await signIn(backend, role);
      expect((await call(backend, "GET", "/api/v1/telegram-auth/sessions", jwt)).statusCode).toBe(403);
      expect((await call(backend, "DELETE", "/api/v1/telegram-auth/sessions/8002", jwt)).statusCode).toBe(
        403,
      );
    }
    const superJwt = await signIn(backend, "super_admin");
    expect((await call(backend, "GET", "/api/v1/telegram-auth/sessions", superJwt)).json()).toHaveLength(1);
  });

  it("the handle's revokeSession and endAllSessions do the same", async () => {
    backend = await testBackend();
    const first = await telegramLogin(backend, "npo", "1");
    const second = await telegramLogin(backend, "msb", "2");
    expect(await backend.revokeSession(1)).toBe(true);
    expect(await backend.revokeSession("1")).toBe(false);
    expect((await events(first.access_token)).statusCode).toBe(401);
    expect(backend.endAllSessions()).toBe(1);
    expect((await call(backend, "GET", "/api/v2/vacancies/", second.access_token)).statusCode).toBe(401);
  });
});

describe("one session per Telegram user, with an idle lifetime", () => {
  it("a new login replaces the old session: the old JWT answers 401", async () => {
    backend = await testBackend();
    const old = await telegramLogin(backend, "npo", "9000");
    const fresh = await telegramLogin(backend, "administrator", "9000");
    expect((await events(old.access_token)).statusCode).toBe(401);
    expect((await events(fresh.access_token)).statusCode).toBe(200);
    expect((await restore("9000")).json()).toMatchObject({ role: "administrator" });
  });

  it("ends after sessionTtlSec without activity; each request keeps it alive", async () => {
    backend = await testBackend({ sessionTtlSec: 600, jwtTtlSec: 3600 });
    const { access_token } = await telegramLogin(backend, "npo");
    backend.clock.advance(599_000);
    expect((await events(access_token)).statusCode).toBe(200); // activity: the idle time starts again
    backend.clock.advance(599_000);
    expect((await restore()).statusCode).toBe(200); // restoring is activity too
    backend.clock.advance(600_000);
    expect((await events(access_token)).statusCode).toBe(401);
    expect((await restore()).statusCode).toBe(404);
  });

  it("restore-session and logout are for the bot only", async () => {
    backend = await testBackend();
    await telegramLogin(backend, "npo");
    for (const url of [RESTORE, LOGOUT]) {
      const response = await botCall(backend, url, { telegram_user_id: "7001" }, "wrong");
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ detail: "Invalid bot secret" });
    }
    expect((await restore()).statusCode).toBe(200);
    expect((await botCall(backend, RESTORE, {})).json().detail[0]).toEqual({
      loc: ["body", "telegram_user_id"],
      msg: "Field required",
      type: "missing",
    });
  });

  it("a web sign-in's JWT is not a Telegram session: ending all sessions leaves it working", async () => {
    backend = await testBackend();
    const web = await signIn(backend, "administrator");
    backend.endAllSessions();
    expect((await events(web)).statusCode).toBe(200);
  });
});
