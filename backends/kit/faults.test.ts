import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { installFaultHooks, type RequestCounter } from "./faultHooks.js";
import { FaultInjector } from "./faults.js";
import { createBackendApp, listenBackend } from "./referenceBackend.js";

const PARTS = { auth: "/auth/", data: "/data/" } as const;
type Part = keyof typeof PARTS;

describe("FaultInjector", () => {
  it("hits the default targets only, and every part when none are named", () => {
    const some = new FaultInjector({ parts: PARTS, defaultTargets: ["data"] });
    some.set({ errorRate: 1 });
    expect(some.decide("data").errorStatus).toBe(503);
    expect(some.decide("auth").errorStatus).toBeNull();
    expect(new FaultInjector({ parts: PARTS }).settings.targets).toEqual(["auth", "data"]);
  });

  it("knows its parts by URL prefix; other URLs are never faulted", () => {
    const faults = new FaultInjector({ parts: PARTS });
    expect(faults.partOf("/auth/login")).toBe("auth");
    expect(faults.partOf("/data/x?y=1")).toBe("data");
    expect(faults.partOf("/_control/faults")).toBeNull();
  });

  it("validates patches against its own parts, strictly", () => {
    const faults = new FaultInjector({ parts: PARTS });
    expect(() => faults.set({ targets: ["sso" as Part] })).toThrow();
    expect(() => faults.set({ errorRate: 1.5 })).toThrow();
    expect(() => faults.set({ errorStatus: 429 })).toThrow();
    expect(() => faults.set({ nonsense: 1 } as never)).toThrow();
    expect(faults.set({ targets: ["auth"] }).targets).toEqual(["auth"]);
  });

  it("spends the rate-limit budget one request at a time", () => {
    const faults = new FaultInjector({ parts: PARTS });
    faults.set({ rateLimitNext: 2, retryAfterSec: 9 });
    expect(faults.decide("data").rateLimited).toEqual({ retryAfterSec: 9 });
    expect(faults.decide("auth").rateLimited).toEqual({ retryAfterSec: 9 });
    expect(faults.decide("data").rateLimited).toBeNull();
    expect(faults.settings.rateLimitNext).toBe(0);
  });

  it("draws a partial error rate from a seeded sequence that reset restarts", () => {
    const faults = new FaultInjector({ parts: PARTS });
    const draw = () => {
      faults.set({ errorRate: 0.5 });
      const out = Array.from({ length: 30 }, () => faults.decide("data").errorStatus);
      faults.reset();
      return out;
    };
    const first = draw();
    expect(first).toContain(503);
    expect(first).toContain(null);
    expect(draw()).toEqual(first);
  });

  it("revokeTokens is an action handed to the backend; revoked clients are a setting", () => {
    let revoked = 0;
    const faults = new FaultInjector({ parts: PARTS, onRevokeTokens: () => revoked++ });
    faults.set({ revokeTokens: true });
    faults.revokeTokens();
    expect(revoked).toBe(2);
    expect(faults.settings).not.toHaveProperty("revokeTokens");
    faults.revokeClient("alice");
    faults.revokeClient("alice");
    expect(faults.settings.revokedClients).toEqual(["alice"]);
    expect(faults.isClientRevoked("alice")).toBe(true);
    faults.restoreClient("alice");
    expect(faults.isClientRevoked("alice")).toBe(false);
  });
});

describe("fault hooks", () => {
  let app: FastifyInstance;
  let faults: FaultInjector<Part>;
  let counter: RequestCounter<Part>;
  const get = (url: string) => app.inject({ method: "GET", url });

  beforeEach(async () => {
    app = createBackendApp();
    faults = new FaultInjector({ parts: PARTS });
    counter = installFaultHooks(app, faults, {
      faultBody: (part, status, message) => ({ success: false, part, status, message }),
    });
    app.get("/data/items", async () => ({ items: [1, 2, 3] }));
    app.get("/auth/me", async () => ({ me: "x" }));
    app.get("/health", async () => ({ ok: true }));
  });

  afterEach(async () => {
    await app.close();
  });

  it("answers injected errors in the backend's shape, and leaves other routes alone", async () => {
    faults.set({ errorRate: 1, errorStatus: 502 });
    const failed = await get("/data/items");
    expect(failed.statusCode).toBe(502);
    expect(failed.json()).toEqual({
      success: false,
      part: "data",
      status: 502,
      message: "Service unavailable (injected fault)",
    });
    expect((await get("/health")).statusCode).toBe(200);
  });

  it("answers 429 with Retry-After, then recovers", async () => {
    faults.set({ rateLimitNext: 1, retryAfterSec: 4 });
    const limited = await get("/auth/me");
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBe("4");
    expect((await get("/auth/me")).statusCode).toBe(200);
  });

  it("delays answers by the latency", async () => {
    faults.set({ latencyMs: 120 });
    const started = performance.now();
    await get("/data/items");
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("sends JSON that does not parse, with a JSON content type", async () => {
    faults.set({ malformedJson: true });
    const response = await get("/data/items");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(() => JSON.parse(response.body)).toThrow();
  });

  it("uses a default error body when the backend gives none", async () => {
    const plain = createBackendApp();
    const plainFaults = new FaultInjector({ parts: PARTS });
    installFaultHooks(plain, plainFaults);
    plain.get("/data/x", async () => ({}));
    plainFaults.set({ rateLimitNext: 1 });
    const response = await plain.inject({ method: "GET", url: "/data/x" });
    expect(response.json()).toEqual({ error: "too_many_requests", message: "Too many requests" });
    await plain.close();
  });

  it("counts requests per part and per route pattern; reset zeroes them", async () => {
    await get("/data/items");
    await get("/data/items?page=2");
    await get("/auth/me");
    await get("/health");
    expect(counter.counts()).toEqual({
      auth: 1,
      data: 2,
      byRoute: { "GET /data/items": 2, "GET /auth/me": 1 },
    });
    counter.reset();
    expect(counter.counts()).toEqual({ auth: 0, data: 0, byRoute: {} });
  });

  it("a hanging request never answers, and close() lets go of it promptly", async () => {
    const url = await listenBackend(app);
    faults.set({ hang: true });
    await expect(fetch(`${url}/data/items`, { signal: AbortSignal.timeout(150) })).rejects.toMatchObject({
      name: "TimeoutError",
    });
    const pending = fetch(`${url}/data/items`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = performance.now();
    await app.close();
    expect(performance.now() - closing).toBeLessThan(1000);
    await expect(pending).rejects.toThrow();
  });
});
