import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { Registry } from "prom-client";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLogger } from "../logger.js";
import type { BackendClient, BackendClientOptions } from "./backendClient.js";
import { BackendError, createBackendClientFactory } from "./createBackendClient.js";

const SECRET_BEARER = "sk_live_backend_secret_123";
const BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

interface Hit {
  method: string;
  url: string;
  authorization: string | undefined;
  at: number;
}
type Handler = (req: IncomingMessage, res: ServerResponse, hitNumber: number) => unknown;

const servers: Array<() => Promise<void>> = [];
const clients: BackendClient[] = [];
/** Everything every client logged in this file: checked for secrets at the end. */
const logLines: string[] = [];
const logger = createLogger({ level: "debug", destination: { write: (s: string) => logLines.push(s) } });

async function startServer(handler: Handler) {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    hits.push({
      method: req.method!,
      url: req.url!,
      authorization: req.headers.authorization,
      at: performance.now(),
    });
    req.resume();
    Promise.resolve(handler(req, res, hits.length)).catch(() => res.destroy());
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  servers.push(async () => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function makeClient(baseUrl: string, options: Partial<BackendClientOptions> = {}) {
  const registry = new Registry();
  const client = createBackendClientFactory({ registry, logger })({
    name: "test",
    baseUrl,
    backoff: { initialDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
  clients.push(client);
  return { client, registry };
}

/** Sum of a counter's or gauge's series matching `labels`. */
async function metric(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const found = registry.getSingleMetric(name);
  if (!found) return Number.NaN;
  const { values } = await found.get();
  return values
    .filter((v) => Object.entries(labels).every(([k, l]) => String(v.labels[k]) === l))
    .reduce((sum, v) => sum + v.value, 0);
}

async function failure(promise: Promise<unknown>): Promise<BackendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackendError);
  return error as BackendError;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((close) => close()));
});

afterAll(() => {
  const log = logLines.join("");
  expect(log).not.toContain(SECRET_BEARER);
  expect(log).not.toContain(BOT_TOKEN.split(":")[1]);
});

describe("backend client: timeouts and retries", () => {
  it("a backend slower than the timeout fails with kind timeout", async () => {
    const server = await startServer(async (_req, res) => {
      await sleep(500);
      json(res, 200, {});
    });
    const { client } = makeClient(server.url, { timeoutMs: 100, retries: 0 });
    const started = performance.now();
    const error = await failure(client.request({ path: "/slow" }));
    expect(error.kind).toBe("timeout");
    expect(performance.now() - started).toBeLessThan(400);
  });

  it("a GET answered 503, 503, 200 is retried twice and succeeds, with 3 requests at the server", async () => {
    const server = await startServer((_req, res, n) =>
      n < 3 ? json(res, 503, {}) : json(res, 200, { ok: n }),
    );
    const { client, registry } = makeClient(server.url, { retries: 2 });
    await expect(client.request({ path: "/flaky" })).resolves.toEqual({ ok: 3 });
    expect(server.hits).toHaveLength(3);
    expect(await metric(registry, "switchboard_backend_retries_total", { backend: "test" })).toBe(2);
    expect(await metric(registry, "switchboard_backend_requests_total", { status: "503" })).toBe(2);
  });

  it("a POST is not retried; the same POST marked idempotent is", async () => {
    const server = await startServer((_req, res) => json(res, 503, {}));
    const { client } = makeClient(server.url, { retries: 2 });
    expect((await failure(client.request({ method: "POST", path: "/orders", json: { a: 1 } }))).kind).toBe(
      "unavailable",
    );
    expect(server.hits).toHaveLength(1);
    await failure(client.request({ method: "POST", path: "/orders", json: { a: 1 }, idempotent: true }));
    expect(server.hits).toHaveLength(4);
  });

  it("4xx other than 429 are not retried, and each status maps to its kind", async () => {
    const statuses = {
      400: "bad_request",
      401: "unauthorized",
      403: "forbidden",
      404: "not_found",
      422: "bad_request",
    };
    const server = await startServer((req, res) => json(res, Number(req.url!.slice(1)), {}));
    const { client } = makeClient(server.url, { retries: 2 });
    for (const [status, kind] of Object.entries(statuses)) {
      const error = await failure(client.request({ path: `/${status}` }));
      expect([error.kind, error.status]).toEqual([kind, Number(status)]);
    }
    expect(server.hits).toHaveLength(5);
  });

  it("a 4xx answer's JSON detail is kept for the caller, and never put in the message", async () => {
    const fields = [
      { loc: ["body", "start_date"], msg: "Input should be a valid datetime", type: "date_format" },
    ];
    const server = await startServer((req, res) =>
      req.url === "/422" ? json(res, 422, { detail: fields }) : json(res, 401, { error: "no detail here" }),
    );
    const { client } = makeClient(server.url);
    const invalid = await failure(client.request({ method: "POST", path: "/422", json: {} }));
    expect(invalid.detail).toEqual(fields);
    expect(invalid.message).not.toContain("start_date");
    expect((await failure(client.request({ path: "/401" }))).detail).toBeUndefined();
  });

  it("Retry-After: 1 is honoured: the retry arrives at least 1 s after the 429", async () => {
    const server = await startServer((_req, res, n) =>
      n === 1 ? json(res, 429, {}, { "retry-after": "1" }) : json(res, 200, { ok: true }),
    );
    const { client } = makeClient(server.url, { retries: 1 });
    await expect(client.request({ path: "/limited" })).resolves.toEqual({ ok: true });
    expect(server.hits).toHaveLength(2);
    expect(server.hits[1]!.at - server.hits[0]!.at).toBeGreaterThanOrEqual(995);
  });

  it("a Retry-After beyond the cap fails at once as rate_limited with retryAfterMs", async () => {
    const server = await startServer((_req, res) => json(res, 429, {}, { "retry-after": "120" }));
    const { client } = makeClient(server.url, { retries: 2, maxRetryAfterMs: 30_000 });
    const error = await failure(client.request({ path: "/limited" }));
    expect([error.kind, error.status, error.retryAfterMs]).toEqual(["rate_limited", 429, 120_000]);
    expect(server.hits).toHaveLength(1);
  });

  it("a 503 with a long Retry-After is unavailable, not retried, and carries retryAfterMs", async () => {
    const server = await startServer((_req, res) => json(res, 503, {}, { "retry-after": "600" }));
    const { client } = makeClient(server.url, { retries: 2 });
    const error = await failure(client.request({ path: "/maintenance" }));
    expect([error.kind, error.retryAfterMs]).toEqual(["unavailable", 600_000]);
    expect(server.hits).toHaveLength(1);
  });

  it("a refused connection is unavailable", async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    await servers.pop()!();
    const { client } = makeClient(server.url, { retries: 0 });
    expect((await failure(client.request({ path: "/" }))).kind).toBe("unavailable");
  });
});

describe("backend client: circuit breaker", () => {
  it("opens after 3 failures, fails fast, probes once after the window and closes on success", async () => {
    let healthy = false;
    let releaseProbe: () => void = () => {};
    const probeHeld = new Promise<void>((resolve) => {
      releaseProbe = resolve;
    });
    const server = await startServer(async (_req, res) => {
      if (!healthy) return json(res, 500, {});
      await probeHeld;
      json(res, 200, { ok: true });
    });
    const { client, registry } = makeClient(server.url, {
      retries: 0,
      breaker: { threshold: 3, halfOpenAfterMs: 300 },
    });
    const state = () => metric(registry, "switchboard_backend_breaker_state", { backend: "test" });

    for (let i = 0; i < 3; i++) expect((await failure(client.request({ path: "/x" }))).status).toBe(500);
    expect(await state()).toBe(2);
    const fast = await failure(client.request({ path: "/x" }));
    expect([fast.kind, fast.status]).toEqual(["unavailable", undefined]);
    expect(fast.message).toMatch(/breaker is open/);
    expect(server.hits).toHaveLength(3);
    expect(await metric(registry, "switchboard_backend_requests_total", { status: "breaker_open" })).toBe(1);

    await sleep(320);
    healthy = true;
    const probe = client.request({ path: "/x" });
    await sleep(30);
    expect(await state()).toBe(1);
    releaseProbe();
    await expect(probe).resolves.toEqual({ ok: true });
    expect(await state()).toBe(0);
    await expect(client.request({ path: "/x" })).resolves.toEqual({ ok: true });
    expect(server.hits).toHaveLength(5);
  });

  it("a failed half-open probe opens the breaker again", async () => {
    const server = await startServer((_req, res) => json(res, 503, {}));
    const { client, registry } = makeClient(server.url, {
      retries: 0,
      breaker: { threshold: 2, halfOpenAfterMs: 200 },
    });
    await failure(client.request({ path: "/x" }));
    await failure(client.request({ path: "/x" }));
    await sleep(220);
    expect((await failure(client.request({ path: "/x" }))).status).toBe(503);
    expect(await metric(registry, "switchboard_backend_breaker_state", { backend: "test" })).toBe(2);
    expect((await failure(client.request({ path: "/x" }))).message).toMatch(/breaker is open/);
    expect(server.hits).toHaveLength(3);
  });
});

describe("backend client: cache and single-flight", () => {
  it("100 concurrent identical GETs make exactly 1 request, and each caller gets its own copy", async () => {
    const server = await startServer(async (_req, res) => {
      await sleep(50);
      json(res, 200, { items: [1, 2, 3] });
    });
    const { client, registry } = makeClient(server.url, { cacheTtlMs: 0 });
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        client.request<{ items: number[] }>({ path: "/list", query: { a: 1, b: 2 } }),
      ),
    );
    expect(server.hits).toHaveLength(1);
    expect(results.every((r) => r.items.length === 3)).toBe(true);
    results[0]!.items.push(4);
    expect(results[1]!.items).toEqual([1, 2, 3]);
    expect(await metric(registry, "switchboard_backend_cache_misses_total")).toBe(1);
    expect(await metric(registry, "switchboard_backend_cache_hits_total")).toBe(99);
  });

  it("callers with different Authorization headers never share a response", async () => {
    const server = await startServer((req, res) => json(res, 200, { user: req.headers.authorization }));
    const { client } = makeClient(server.url, { cacheTtlMs: 60_000 });
    const [alice, bob] = await Promise.all([
      client.request({ path: "/me", headers: { Authorization: "Bearer alice" } }),
      client.request({ path: "/me", headers: { Authorization: "Bearer bob" } }),
    ]);
    expect([alice, bob]).toEqual([{ user: "Bearer alice" }, { user: "Bearer bob" }]);
    await client.request({ path: "/me", headers: { Authorization: "Bearer alice" } });
    expect(server.hits).toHaveLength(2);
  });

  it("a cached GET is served until its TTL expires, then fetched again", async () => {
    const server = await startServer((_req, res, n) => json(res, 200, { n }));
    const { client, registry } = makeClient(server.url, { cacheTtlMs: 100 });
    expect(await client.request({ path: "/v", query: { b: 2, a: 1 } })).toEqual({ n: 1 });
    expect(await client.request({ path: "/v", query: { a: 1, b: 2 } })).toEqual({ n: 1 });
    await sleep(130);
    expect(await client.request({ path: "/v", query: { a: 1, b: 2 } })).toEqual({ n: 2 });
    expect(server.hits).toHaveLength(2);
    expect(await metric(registry, "switchboard_backend_cache_hits_total")).toBe(1);
  });

  it("cache: false bypasses the cache; invalidate drops entries under a path", async () => {
    const server = await startServer((_req, res, n) => json(res, 200, { n }));
    const { client } = makeClient(server.url, { cacheTtlMs: 60_000 });
    await client.request({ path: "/a/1" });
    expect(await client.request({ path: "/a/1", cache: false })).toEqual({ n: 2 });
    expect(await client.request({ path: "/a/1" })).toEqual({ n: 1 });
    client.invalidate("/a");
    expect(await client.request({ path: "/a/1" })).toEqual({ n: 3 });
    expect(server.hits).toHaveLength(3);
  });

  it("failures are shared by waiting callers but not cached", async () => {
    const server = await startServer((_req, res, n) =>
      n === 1 ? json(res, 404, {}) : json(res, 200, { n }),
    );
    const { client } = makeClient(server.url, { cacheTtlMs: 60_000 });
    const errors = await Promise.all([1, 2, 3].map(() => failure(client.request({ path: "/x" }))));
    expect(errors.map((e) => e.kind)).toEqual(["not_found", "not_found", "not_found"]);
    expect(await client.request({ path: "/x" })).toEqual({ n: 2 });
  });
});

describe("backend client: responses, connections and secrets", () => {
  it("a response that breaks the schema, or is not JSON, is bad_response", async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/text") res.end("<html>oops</html>");
      else json(res, 200, { id: "not-a-number" });
    });
    const { client } = makeClient(server.url);
    const schema = z.object({ id: z.number() });
    const shape = await failure(client.request({ path: "/thing", schema }));
    expect(shape.kind).toBe("bad_response");
    expect(shape.message).toContain("id:");
    expect(shape.message).not.toContain("not-a-number");
    expect((await failure(client.request({ path: "/text" }))).kind).toBe("bad_response");
    await expect(
      client.request({ path: "/thing", schema: z.object({ id: z.string() }), cache: false }),
    ).resolves.toEqual({ id: "not-a-number" });
  });

  it("sends JSON and form bodies, query parameters and the base URL's path", async () => {
    const bodies: string[] = [];
    const server = await startServer(async (req, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      bodies.push(`${req.headers["content-type"]} ${body}`);
      json(res, 200, {});
    });
    const { client } = makeClient(`${server.url}/api/v2/`);
    await client.request({ method: "POST", path: "items", json: { a: 1 } });
    await client.request({ method: "PUT", path: "/form", form: { x: "1 2" } });
    await client.request({ path: "/q", query: { a: "x y", skip: undefined, n: 3 } });
    expect(server.hits.map((h) => h.url)).toEqual(["/api/v2/items", "/api/v2/form", "/api/v2/q?a=x+y&n=3"]);
    expect(bodies.slice(0, 2)).toEqual([
      'application/json {"a":1}',
      "application/x-www-form-urlencoded x=1+2",
    ]);
  });

  it("20 sequential requests reuse one keep-alive connection (connections opened = 1)", async () => {
    const server = await startServer((_req, res, n) => json(res, 200, { n }));
    const { client, registry } = makeClient(server.url);
    for (let i = 0; i < 20; i++) await client.request({ path: `/item/${i}` });
    expect(server.hits).toHaveLength(20);
    expect(await metric(registry, "switchboard_backend_connections_opened_total", { backend: "test" })).toBe(
      1,
    );
  });

  it("many clients share one registry without re-registering metrics", async () => {
    const registry = new Registry();
    const factory = createBackendClientFactory({ registry });
    const a = factory({ name: "a", baseUrl: "http://127.0.0.1:9" });
    const b = createBackendClientFactory({ registry })({ name: "b", baseUrl: "http://127.0.0.1:9" });
    clients.push(a, b);
    expect(await metric(registry, "switchboard_backend_breaker_state")).toBe(0);
  });

  it("error messages never contain the Authorization header, query tokens or the bot token", async () => {
    const server = await startServer(async (req, res) => {
      if (req.url!.startsWith("/slow")) await sleep(300);
      json(res, req.url!.includes("denied") ? 401 : 200, { ok: 1 });
    });
    const { client } = makeClient(server.url, {
      headers: { Authorization: `Bearer ${SECRET_BEARER}` },
      timeoutMs: 100,
      retries: 0,
    });
    const errors = [
      await failure(client.request({ path: `/bot${BOT_TOKEN}/denied`, query: { token: SECRET_BEARER } })),
      await failure(client.request({ path: `/slow/bot${BOT_TOKEN}/x` })),
      await failure(client.request({ path: `/bot${BOT_TOKEN}/ok`, schema: z.object({ ok: z.string() }) })),
    ];
    expect(errors.map((e) => e.kind)).toEqual(["unauthorized", "timeout", "bad_response"]);
    expect(server.hits[0]!.authorization).toBe(`Bearer ${SECRET_BEARER}`);
    for (const error of errors) {
      const text = `${error.message} ${String(error)} ${JSON.stringify(error)} ${error.stack}`;
      expect(text).not.toContain(SECRET_BEARER);
      expect(text).not.toContain(BOT_TOKEN.split(":")[1]);
      logger.error({ err: error }, "backend call failed");
    }
  });
});

describe("backend client: raw bodies and answers read as bytes", () => {
  /** Eight bytes that are not UTF-8 text: a JPEG start and a byte that no text decoding keeps. */
  const BINARY = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x80, 0xfe, 0x0a]);

  it("a raw body is sent byte for byte with its content type, and such a POST is not retried", async () => {
    const received: Array<{ type: string | undefined; body: Buffer }> = [];
    const server = await startServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      received.push({ type: req.headers["content-type"], body: Buffer.concat(chunks) });
      if (req.url === "/busy") json(res, 503, {});
      else json(res, 201, { url: "/media/a.jpg" });
    });
    const { client } = makeClient(server.url);
    const upload = { data: BINARY, contentType: "image/jpeg" };
    await expect(client.request({ method: "POST", path: "/uploads/", body: upload })).resolves.toEqual({
      url: "/media/a.jpg",
    });
    expect((await failure(client.request({ method: "POST", path: "/busy", body: upload }))).status).toBe(503);
    expect(received.map((r) => r.type)).toEqual(["image/jpeg", "image/jpeg"]);
    expect(received[0]!.body.equals(BINARY)).toBe(true);
    expect(server.hits).toHaveLength(2);
  });

  it("bytes reads a binary answer whole with its content type, asking for any type", async () => {
    const accepts: Array<string | undefined> = [];
    const server = await startServer((req, res) => {
      accepts.push(req.headers.accept);
      res.writeHead(200, { "content-type": "Image/JPEG; charset=binary" });
      res.end(BINARY);
    });
    const { client } = makeClient(server.url);
    const photo = await client.bytes({ path: "/media/a.jpg" });
    expect(photo.data.equals(BINARY)).toBe(true);
    expect(photo.contentType).toBe("image/jpeg");
    expect(accepts).toEqual(["*/*"]);
  });

  it("bytes: a GET answered 503 is retried like any GET, and a 404 is not_found with its detail", async () => {
    const server = await startServer((req, res, n) => {
      if (req.url === "/gone") return json(res, 404, { detail: "Not found" });
      if (n === 1) return json(res, 503, {});
      res.writeHead(200);
      res.end(BINARY);
    });
    const { client } = makeClient(server.url);
    expect((await client.bytes({ path: "/media/b.png" })).data.length).toBe(BINARY.length);
    const gone = await failure(client.bytes({ path: "/gone" }));
    expect([gone.kind, gone.detail]).toEqual(["not_found", "Not found"]);
    expect(server.hits).toHaveLength(3);
  });

  it("bytes refuses an answer longer than maxBytes, declared or streamed, as bad_response", async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/declared") {
        res.writeHead(200, { "content-length": "9" });
        res.end(Buffer.alloc(9));
        return;
      }
      res.writeHead(200, { "transfer-encoding": "chunked" });
      res.write(Buffer.alloc(6));
      res.end(Buffer.alloc(6));
    });
    const { client } = makeClient(server.url);
    const declared = await failure(client.bytes({ path: "/declared", maxBytes: 8 }));
    const streamed = await failure(client.bytes({ path: "/streamed", maxBytes: 8 }));
    expect([declared.kind, streamed.kind]).toEqual(["bad_response", "bad_response"]);
    expect(streamed.message).toMatch(/more than 8 bytes/);
    expect((await client.bytes({ path: "/streamed", maxBytes: 12 })).data.length).toBe(12);
  });
});
