/**
 * Fault injection on ROA2WEB's parts (`auth` = /api/telegram/, `api` = the other /api/ routes):
 * 429 with Retry-After, 5xx in the API's error shape, malformed JSON, latency, `revokeTokens`
 * revoking every link's tokens, the web app never faulted, and ROA2WEB's own control routes.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Roa2webApp } from "./roa2webBackend.js";
import {
  call,
  linkTelegram,
  refresh,
  type SessionBody,
  startBotStub,
  testBackend,
  verifyUser,
} from "./testKit.js";

let backend: Roa2webApp;
let session: SessionBody;
beforeEach(async () => {
  backend = await testBackend();
  session = await linkTelegram(backend, "ana@firma.ro", 11);
});
afterEach(() => backend.close());

const dashboard = () => call(backend, "GET", "/api/dashboard/1", session.access_token);

describe("faults", () => {
  it("hit the data part by default and leave linking alone", () => {
    expect(backend.faults.parts).toEqual(["auth", "api"]);
    expect(backend.faults.settings.targets).toEqual(["api"]);
  });

  it("rateLimitNext: the next N calls are 429 with Retry-After, then normal", async () => {
    backend.faults.set({ rateLimitNext: 2, retryAfterSec: 7 });
    for (let i = 0; i < 2; i++) {
      const limited = await dashboard();
      expect(limited.statusCode).toBe(429);
      expect(limited.headers["retry-after"]).toBe("7");
      expect(limited.json()).toEqual({ error: "too_many_requests", message: "Too many requests" });
    }
    expect((await dashboard()).statusCode).toBe(200);
  });

  it("errorRate 1 with errorStatus: every data call fails in the API's shape; linking still works", async () => {
    backend.faults.set({ errorRate: 1, errorStatus: 502 });
    const failed = await dashboard();
    expect(failed.statusCode).toBe(502);
    expect(failed.json()).toEqual({
      error: "service_unavailable",
      message: "Service unavailable (injected fault)",
    });
    expect((await refresh(backend, session.refresh_token)).statusCode).toBe(200);
  });

  it("targets auth: the token calls fail too", async () => {
    backend.faults.set({ errorRate: 1, targets: ["auth"] });
    const response = await verifyUser(backend, { user_id: 1, server_id: "main", telegram_user_id: 1 });
    expect(response.statusCode).toBe(503);
    expect((await dashboard()).statusCode).toBe(200);
  });

  it("malformedJson: a JSON content type with a body that does not parse", async () => {
    backend.faults.set({ malformedJson: true });
    const response = await call(backend, "GET", "/api/invoices/1", session.access_token);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(() => JSON.parse(response.body)).toThrow();
  });

  it("latencyMs delays the answer", async () => {
    backend.faults.set({ latencyMs: 60 });
    const started = performance.now();
    expect((await dashboard()).statusCode).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("revokeTokens revokes every link's tokens: JWTs and refresh tokens 401, the links still listed", async () => {
    const other = await linkTelegram(backend, "mihai.ionescu@firma.ro", 12, "archive");
    const revoke = await backend.app.inject({
      method: "POST",
      url: "/_control/faults",
      payload: { revokeTokens: true },
    });
    expect(revoke.statusCode).toBe(200);
    expect((await dashboard()).statusCode).toBe(401);
    expect((await call(backend, "GET", "/api/companies", other.access_token)).statusCode).toBe(401);
    expect((await refresh(backend, session.refresh_token)).statusCode).toBe(401);
    expect((await refresh(backend, other.refresh_token)).statusCode).toBe(401);
    expect(await backend.linksOf("ana@firma.ro")).toMatchObject([{ telegramUserId: "11", sessionId: null }]);
    const relinked = await linkTelegram(backend, "ana@firma.ro", 11);
    expect((await call(backend, "GET", "/api/companies", relinked.access_token)).statusCode).toBe(200);
  });

  it("never touches the web app or the control routes; counts requests per part and route", async () => {
    backend.faults.set({ errorRate: 1, targets: ["auth", "api"] });
    expect((await backend.app.inject({ url: "/login" })).statusCode).toBe(200);
    expect((await backend.app.inject({ url: "/_control/demo" })).statusCode).toBe(200);
    await dashboard();
    await call(backend, "GET", "/api/dashboard/2", session.access_token);
    const counts = backend.counts();
    expect(counts.byRoute).toMatchObject({
      "POST /api/telegram/auth/verify-user": 1,
      "GET /api/dashboard/:company_id": 2,
    });
    expect([counts.auth, counts.api]).toEqual([1, 2]);
  });
});

describe("ROA2WEB's control routes", () => {
  it("demo lists the users; code generates one as the page does; links/revoke unlinks", async () => {
    const demo = (await backend.app.inject({ url: "/_control/demo" })).json();
    expect(demo).toMatchObject({ web: "/settings/telegram", botUsername: "roa2web_bot" });
    expect(demo.users.map((u: { email: string }) => u.email)).toContain("ana@firma.ro");

    const bot = await startBotStub();
    const withBot = await testBackend({ botInternalUrl: bot.url });
    try {
      const code = await withBot.app.inject({
        method: "POST",
        url: "/_control/code",
        payload: { email: "mihai.ionescu@firma.ro", server_id: "archive" },
      });
      expect(code.json()).toMatchObject({ userId: 2, serverId: "archive", status: 201, delivered: true });
      expect(bot.calls[0]!.body).toMatchObject({ code: code.json().code, server_id: "archive" });
      const unknown = await withBot.app.inject({
        method: "POST",
        url: "/_control/code",
        payload: { email: "x@y.ro" },
      });
      expect(unknown.statusCode).toBe(404);
    } finally {
      await withBot.close();
      await bot.close();
    }

    const revoked = await backend.app.inject({
      method: "POST",
      url: "/_control/links/revoke",
      payload: { telegram_user_id: 11 },
    });
    expect(revoked.json()).toEqual({ revoked: true });
    expect((await dashboard()).statusCode).toBe(401);
  });
});
