import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_CLIENTS } from "./demoCredentials.js";
import {
  createPlumeBackend,
  type PlumeBackend,
  type StartedPlumeBackend,
  startPlumeBackend,
} from "./plumeBackend.js";
import { getWithToken, obtainToken, TEST_NOW, tokenRequest } from "./testKit.js";

let backend: PlumeBackend;
let token: string;
const customers = () => getWithToken(backend, "/api/Customers", token);

beforeEach(async () => {
  backend = createPlumeBackend({ now: () => TEST_NOW });
  token = await obtainToken(backend);
});

afterEach(async () => {
  await backend.app.close();
});

describe("faults: in process", () => {
  it("latency delays every API answer", async () => {
    backend.faults.set({ latencyMs: 150 });
    const started = performance.now();
    expect((await customers()).statusCode).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("errorRate 1 answers every call with the configured 5xx in the API's error shape", async () => {
    backend.faults.set({ errorRate: 1, errorStatus: 502 });
    const response = await customers();
    expect(response.statusCode).toBe(502);
    expect(response.json().error).toMatchObject({ statusCode: 502, code: "SERVICE_UNAVAILABLE" });
  });

  it("a partial error rate fails some calls, in the same order after a reset", async () => {
    const run = async () => {
      backend.faults.set({ errorRate: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await customers()).statusCode);
      backend.faults.reset();
      return statuses;
    };
    const first = await run();
    expect(first).toContain(200);
    expect(first).toContain(503);
    expect(await run()).toEqual(first);
  });

  it("rateLimitNext answers the next N calls 429 with Retry-After, then recovers", async () => {
    backend.faults.set({ rateLimitNext: 2, retryAfterSec: 7 });
    const [a, b, c] = [await customers(), await customers(), await customers()];
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([429, 429, 200]);
    expect(a.headers["retry-after"]).toBe("7");
    expect(backend.faults.settings.rateLimitNext).toBe(0);
  });

  it("malformedJson sends a JSON content type with a body that does not parse", async () => {
    backend.faults.set({ malformedJson: true });
    const response = await customers();
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(() => JSON.parse(response.body)).toThrow();
  });

  it("faults hit the API and reports by default, the SSO only when targeted", async () => {
    backend.faults.set({ errorRate: 1 });
    expect((await backend.app.inject(tokenRequest())).statusCode).toBe(200);
    backend.faults.set({ targets: ["sso"] });
    const sso = await backend.app.inject(tokenRequest());
    expect(sso.statusCode).toBe(503);
    expect(sso.json().error).toBe("temporarily_unavailable");
    expect((await customers()).statusCode).toBe(200);
  });

  it("rejects settings out of range", () => {
    expect(() => backend.faults.set({ errorRate: 2 })).toThrow();
    expect(() => backend.faults.set({ errorStatus: 404 })).toThrow();
  });

  it("counts requests per part and per route", async () => {
    await customers();
    await customers();
    const counts = backend.requestCounts();
    expect(counts).toMatchObject({ sso: 1, api: 2, reports: 0 });
    expect(counts.byRoute["GET /api/Customers"]).toBe(2);
  });
});

describe("faults: over HTTP (the playground panel)", () => {
  const control = (method: "GET" | "POST", url: string, payload?: object) =>
    backend.app.inject({ method, url: `/_control${url}`, ...(payload ? { payload } : {}) });

  it("GET shows the settings, POST changes them, reset restores them", async () => {
    expect((await control("GET", "/faults")).json()).toMatchObject({
      latencyMs: 0,
      errorRate: 0,
      hang: false,
    });
    const changed = await control("POST", "/faults", { errorRate: 1, retryAfterSec: 3 });
    expect(changed.json()).toMatchObject({ errorRate: 1, retryAfterSec: 3 });
    expect((await customers()).statusCode).toBe(503);
    await control("POST", "/reset");
    expect((await customers()).statusCode).toBe(200);
  });

  it("control routes are not subject to the faults they set", async () => {
    await control("POST", "/faults", { errorRate: 1, targets: ["sso", "api", "reports"] });
    expect((await control("GET", "/faults")).statusCode).toBe(200);
  });

  it("an invalid setting is a 400 that names the problem", async () => {
    const response = await control("POST", "/faults", { errorRate: "lots" });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toEqual(["errorRate"]);
    expect((await control("POST", "/faults", { nonsense: true })).statusCode).toBe(400);
  });

  it("revokeTokens and revokedClients work over HTTP", async () => {
    await control("POST", "/faults", { revokeTokens: true });
    expect((await customers()).statusCode).toBe(401);
    await control("POST", "/faults", { revokedClients: [DEMO_CLIENTS.northwind.clientId] });
    expect((await backend.app.inject(tokenRequest())).json().error).toBe("invalid_client");
  });

  it("/_control/demo lists the demo credentials with a ready Authorization header", async () => {
    const demo = (await control("GET", "/demo")).json();
    expect(demo.clients.northwind.authorizationHeader).toMatch(/^Basic [A-Za-z0-9+/=]+$/);
  });
});

describe("faults: hang (over a socket)", () => {
  let started: StartedPlumeBackend;
  afterEach(async () => {
    await started?.close();
  });

  it("a hanging backend never answers, the client's timeout fires, and close() still returns promptly", async () => {
    started = await startPlumeBackend();
    const bearer = await obtainToken(started);
    started.faults.set({ hang: true });
    const call = fetch(`${started.apiBase}Customers`, {
      headers: { authorization: `Bearer ${bearer}` },
      signal: AbortSignal.timeout(200),
    });
    await expect(call).rejects.toMatchObject({ name: "TimeoutError" });

    const pending = fetch(`${started.apiBase}Customers`, { headers: { authorization: `Bearer ${bearer}` } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = performance.now();
    await started.close();
    expect(performance.now() - closing).toBeLessThan(1000);
    await expect(pending).rejects.toThrow();
  });
});
