/**
 * What the bot's tests need from a misbehaving API V2: latency, 5xx and 429 in the envelope,
 * malformed JSON, the health part, request counts, and the service dropping off the network and
 * coming back on the same address (`down`/`up`).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { manualClock } from "../kit/clock.js";
import { type ApiV2App, type ApiV2Backend, createApiV2, startApiV2Backend } from "./apiV2Backend.js";
import { call, TEST_NOW } from "./testKit.js";

const STATUS = "/api/v2/groups/-100/users/5/status";

describe("faults", () => {
  let backend: ApiV2App;
  beforeEach(async () => {
    backend = await createApiV2({ clock: manualClock(TEST_NOW) });
  });
  afterEach(() => backend.close());

  it("hit the API and health parts; /openapi.json never", () => {
    expect(backend.faults.parts).toEqual(["api", "health"]);
    expect(backend.faults.settings.targets).toEqual(["api", "health"]);
  });

  it("errorRate 1: every call fails with errorStatus, in the envelope", async () => {
    backend.faults.set({ errorRate: 1, errorStatus: 502 });
    const failed = await call(backend, "GET", STATUS);
    expect(failed.statusCode).toBe(502);
    expect(failed.json()).toEqual({
      success: false,
      data: null,
      message: "❌ Operation failed",
      error: "Service unavailable (injected fault)",
    });
    expect((await call(backend, "GET", "/health")).statusCode).toBe(502);
    expect((await call(backend, "GET", "/openapi.json")).statusCode).toBe(200);
  });

  it("targets: only the API fails, health still answers", async () => {
    backend.faults.set({ errorRate: 1, targets: ["api"] });
    expect((await call(backend, "GET", STATUS)).statusCode).toBe(503);
    expect((await call(backend, "GET", "/health")).statusCode).toBe(200);
  });

  it("rateLimitNext: the next N calls are 429 with Retry-After, then normal", async () => {
    backend.faults.set({ rateLimitNext: 2, retryAfterSec: 7 });
    for (let i = 0; i < 2; i++) {
      const limited = await call(backend, "GET", STATUS);
      expect(limited.statusCode).toBe(429);
      expect(limited.headers["retry-after"]).toBe("7");
      expect(limited.json()).toMatchObject({ success: false, message: "❌ Too many requests" });
    }
    expect((await call(backend, "GET", STATUS)).statusCode).toBe(200);
  });

  it("malformedJson: a JSON content type with a body that does not parse", async () => {
    backend.faults.set({ malformedJson: true });
    const response = await call(backend, "GET", STATUS);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(() => JSON.parse(response.body)).toThrow();
  });

  it("latencyMs delays the answer", async () => {
    backend.faults.set({ latencyMs: 60 });
    const started = performance.now();
    expect((await call(backend, "GET", STATUS)).statusCode).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("an injected failure changes nothing: the write never ran", async () => {
    backend.faults.set({ errorRate: 1 });
    await call(backend, "POST", "/api/v2/groups/-100/enforcement/ban", { body: { user_id: 5 } });
    backend.faults.reset();
    expect((await call(backend, "GET", STATUS)).json().data.is_banned).toBe(false);
  });

  it("counts requests per part and route", async () => {
    await call(backend, "GET", STATUS);
    await call(backend, "GET", STATUS);
    await call(backend, "GET", "/health");
    await call(backend, "POST", "/api/v2/logs/actions", { body: { group_id: -100, action: "flood" } });
    expect(backend.counts()).toEqual({
      api: 3,
      health: 1,
      byRoute: {
        "GET /api/v2/groups/:group_id/users/:user_id/status": 2,
        "GET /health": 1,
        "POST /api/v2/logs/actions": 1,
      },
    });
  });
});

describe("down and up", () => {
  let backend: ApiV2Backend;
  beforeEach(async () => {
    backend = await startApiV2Backend({ clock: manualClock(TEST_NOW) });
  });
  afterEach(() => backend.close());

  const health = () => fetch(`${backend.url}/health`);

  it("down refuses connections, up answers again on the same URL with the same data", async () => {
    const authorization = { authorization: `Bearer ${backend.key}`, "content-type": "application/json" };
    const banned = await fetch(`${backend.url}/api/v2/groups/-100/enforcement/ban`, {
      method: "POST",
      headers: authorization,
      body: JSON.stringify({ user_id: 5 }),
    });
    expect(banned.status).toBe(201);
    await backend.down();
    expect(backend.isDown).toBe(true);
    await expect(health()).rejects.toThrow();
    await backend.down(); // twice is harmless
    await backend.up();
    expect(backend.isDown).toBe(false);
    expect((await health()).status).toBe(200);
    const status = await fetch(`${backend.url}${STATUS}`, { headers: authorization });
    expect((await status.json()).data.is_banned).toBe(true);
  });

  it("down drops a request a fault keeps hanging; reset brings it back up", async () => {
    backend.faults.set({ hang: true });
    const hanging = health();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await backend.down();
    await expect(hanging).rejects.toThrow();
    await backend.reset();
    expect(backend.isDown).toBe(false);
    expect((await health()).status).toBe(200);
  });

  it("closes while down", async () => {
    await backend.down();
    await backend.close();
  });
});
