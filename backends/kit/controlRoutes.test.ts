import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ManualClock, manualClock } from "./clock.js";
import { registerControlRoutes } from "./controlRoutes.js";
import { installFaultHooks } from "./faultHooks.js";
import { FaultInjector } from "./faults.js";
import { createBackendApp } from "./referenceBackend.js";

const T0 = Date.UTC(2024, 11, 2, 14, 0, 0);
let app: FastifyInstance;
let faults: FaultInjector<"api">;
let clock: ManualClock;
let resets: number;

const control = (method: "GET" | "POST", url: string, payload?: object) =>
  app.inject({ method, url: `/_control${url}`, ...(payload ? { payload } : {}) });

beforeEach(async () => {
  app = createBackendApp();
  faults = new FaultInjector({ parts: { api: "/api/" } });
  clock = manualClock(T0);
  resets = 0;
  const counter = installFaultHooks(app, faults);
  app.get("/api/ping", async () => ({ pong: true }));
  registerControlRoutes(app, {
    faults,
    clock,
    requestCounts: counter.counts,
    reset: async () => {
      resets++;
      faults.reset();
      clock.reset();
      counter.reset();
    },
    stats: () => ({ liveTokens: 3 }),
  });
  await app.ready();
});

afterEach(async () => {
  await app.close();
});

describe("control routes: faults", () => {
  it("GET shows the settings, POST changes them, and they apply", async () => {
    expect((await control("GET", "/faults")).json()).toMatchObject({ errorRate: 0, targets: ["api"] });
    const changed = await control("POST", "/faults", { errorRate: 1, errorStatus: 500 });
    expect(changed.json()).toMatchObject({ errorRate: 1, errorStatus: 500 });
    expect((await app.inject({ method: "GET", url: "/api/ping" })).statusCode).toBe(500);
  });

  it("a bad patch is a 400 naming the setting; the control routes themselves are never faulted", async () => {
    await control("POST", "/faults", { hang: true, errorRate: 1 });
    const bad = await control("POST", "/faults", { latencyMs: -5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: "invalid_faults", issues: [{ path: ["latencyMs"] }] });
    expect((await control("POST", "/faults", { targets: ["sso"] })).statusCode).toBe(400);
  });
});

describe("control routes: clock", () => {
  it("shows the time, advances it, and sets it by ISO date or epoch ms", async () => {
    expect((await control("GET", "/clock")).json()).toEqual({
      now: T0,
      iso: "2024-12-02T14:00:00.000Z",
      shiftMs: 0,
    });
    expect((await control("POST", "/clock", { advanceMs: 3_600_000 })).json()).toMatchObject({
      now: T0 + 3_600_000,
      shiftMs: 3_600_000,
    });
    expect(clock.now()).toBe(T0 + 3_600_000);
    expect((await control("POST", "/clock", { at: "2025-01-01T00:00:00+02:00" })).json().iso).toBe(
      "2024-12-31T22:00:00.000Z",
    );
    expect((await control("POST", "/clock", { at: T0 })).json().now).toBe(T0);
  });

  it("refuses anything else with a 400", async () => {
    for (const body of [{}, { advanceMs: "1h" }, { at: "tomorrow" }, { advanceMs: 1, at: T0 }]) {
      const response = await control("POST", "/clock", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
  });
});

describe("control routes: reset and stats", () => {
  it("reset runs the backend's reset and answers the state it left", async () => {
    await control("POST", "/faults", { errorRate: 1 });
    await control("POST", "/clock", { advanceMs: 5000 });
    const response = await control("POST", "/reset");
    expect(resets).toBe(1);
    expect(response.json()).toMatchObject({ faults: { errorRate: 0 }, clock: { now: T0, shiftMs: 0 } });
  });

  it("stats count the backend's requests and add its own numbers", async () => {
    await app.inject({ method: "GET", url: "/api/ping" });
    expect((await control("GET", "/stats")).json()).toEqual({
      requests: { api: 1, byRoute: { "GET /api/ping": 1 } },
      liveTokens: 3,
    });
  });
});
