/**
 * Fault injection on the Tabys parts (`auth` = /api/v1/, `api` = /api/v2/): 429 with Retry-After,
 * 5xx in FastAPI's shape, malformed JSON, latency, and `revokeTokens` ending every Telegram session.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TabysApp } from "./tabysBackend.js";
import { botCall, call, signIn, telegramLogin, testBackend } from "./testKit.js";

let backend: TabysApp;
let jwt: string;
beforeEach(async () => {
  backend = await testBackend();
  jwt = await signIn(backend, "administrator");
});
afterEach(() => backend.close());

const news = () => call(backend, "GET", "/api/v2/news/", jwt);

describe("faults", () => {
  it("hit the data part by default and leave sign-in alone", () => {
    expect(backend.faults.settings.targets).toEqual(["api"]);
    expect(backend.faults.parts).toEqual(["auth", "api"]);
  });

  it("rateLimitNext: the next N calls are 429 with Retry-After, then normal", async () => {
    backend.faults.set({ rateLimitNext: 2, retryAfterSec: 7 });
    for (let i = 0; i < 2; i++) {
      const limited = await news();
      expect(limited.statusCode).toBe(429);
      expect(limited.headers["retry-after"]).toBe("7");
      expect(limited.json()).toEqual({ detail: "Too many requests" });
    }
    expect((await news()).statusCode).toBe(200);
  });

  it("errorRate 1 with errorStatus: every data call fails in FastAPI's shape; sign-in still works", async () => {
    backend.faults.set({ errorRate: 1, errorStatus: 502 });
    const failed = await news();
    expect(failed.statusCode).toBe(502);
    expect(failed.json()).toEqual({ detail: "Service unavailable (injected fault)" });
    expect((await telegramLogin(backend, "npo")).role).toBe("npo");
  });

  it("targets auth: the bot's login calls fail too", async () => {
    backend.faults.set({ errorRate: 1, targets: ["auth"] });
    const response = await botCall(backend, "/api/v1/telegram-auth/restore-session", {
      telegram_user_id: "1",
    });
    expect(response.statusCode).toBe(503);
    expect((await news()).statusCode).toBe(200);
  });

  it("malformedJson: a JSON content type with a body that does not parse", async () => {
    backend.faults.set({ malformedJson: true });
    const response = await news();
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(() => JSON.parse(response.body)).toThrow();
  });

  it("latencyMs delays the answer", async () => {
    backend.faults.set({ latencyMs: 60 });
    const started = performance.now();
    expect((await news()).statusCode).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("revokeTokens ends every Telegram session at once: JWTs 401, restore-session 404", async () => {
    const first = await telegramLogin(backend, "npo", "11");
    const second = await telegramLogin(backend, "msb", "12");
    backend.faults.set({ revokeTokens: true });
    expect((await call(backend, "GET", "/api/v2/events/", first.access_token)).statusCode).toBe(401);
    expect((await call(backend, "GET", "/api/v2/vacancies/", second.access_token)).statusCode).toBe(401);
    expect(
      (await botCall(backend, "/api/v1/telegram-auth/restore-session", { telegram_user_id: "11" }))
        .statusCode,
    ).toBe(404);
    expect((await news()).statusCode).toBe(200); // the web sign-in is not a Telegram session
  });

  it("over HTTP: POST /_control/faults, and the counts per part and route", async () => {
    const session = await telegramLogin(backend, "npo", "21");
    const revoke = await backend.app.inject({
      method: "POST",
      url: "/_control/faults",
      payload: { revokeTokens: true },
    });
    expect(revoke.statusCode).toBe(200);
    expect((await call(backend, "GET", "/api/v2/events/", session.access_token)).statusCode).toBe(401);
    await news();
    await call(backend, "GET", "/api/v2/news/3/", jwt);
    const counts = backend.counts();
    expect(counts.byRoute).toMatchObject({
      "GET /api/v2/news/": 1,
      "GET /api/v2/news/:id/": 1,
      "POST /api/v1/telegram-auth/verify-otp": 1,
    });
    expect(counts.auth).toBe(2); // the web sign-in and verify-otp
    expect(counts.api).toBe(3);
  });

  it("never touches the admin page or the media", async () => {
    backend.faults.set({ errorRate: 1, targets: ["auth", "api"] });
    expect((await backend.app.inject({ url: "/admin" })).statusCode).toBe(200);
    expect((await backend.app.inject({ url: "/media/seed-photo-01.png" })).statusCode).toBe(200);
  });
});
