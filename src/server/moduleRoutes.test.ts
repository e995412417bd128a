import { createHmac } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ModuleRoute, mountModuleRoutes } from "./moduleRoutes.js";

const saved: unknown[] = [];
const saveCode: ModuleRoute<{ code: string; user_id: number }> = {
  method: "POST",
  path: "/internal/save-code",
  body: z.object({ code: z.string().regex(/^[A-Z0-9]{8}$/), user_id: z.number().int().positive() }),
  auth: { secret: "s3cret-key", header: "x-api-key" },
  rateLimit: { max: 3, windowMs: 60_000 },
  handler: ({ body }) => {
    saved.push(body);
    return { status: 201, body: { success: true } };
  },
};

let http: FastifyInstance;
afterEach(async () => {
  saved.length = 0;
  await http?.close();
});

async function serve(mounts: Parameters<typeof mountModuleRoutes>[1]) {
  http = Fastify();
  await mountModuleRoutes(http, mounts);
  await http.ready();
  return http;
}

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  http.inject({ method: "POST", url, payload: payload as object, headers });

describe("module routes", () => {
  it("a wrong or missing secret is 401, a bad body 400 naming the field, a good call reaches the handler", async () => {
    await serve([{ bot: "erp", module: "erp", routes: [saveCode] }]);
    const good = { code: "AB12CD34", user_id: 42 };
    const wrong = await post("/internal/save-code", good, { "x-api-key": "guess" });
    expect([wrong.statusCode, wrong.json()]).toEqual([401, { error: "unauthorized" }]);
    const missing = await post("/internal/save-code", good);
    expect(missing.statusCode).toBe(401);
    const bad = await post("/internal/save-code", { code: "ab", user_id: 42 }, { "x-api-key": "s3cret-key" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: "bad_request", field: "code" });
    expect(saved).toEqual([]);
    const ok = await post("/bots/erp/internal/save-code", good, { "x-api-key": "s3cret-key" });
    expect([ok.statusCode, ok.json()]).toEqual([201, { success: true }]);
    expect(saved).toEqual([good]);
  });

  it("a flood of calls from one client is 429 as JSON once past the limit, whatever the secret", async () => {
    await serve([{ bot: "erp", module: "erp", routes: [saveCode] }]);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await post("/internal/save-code", {}, { "x-api-key": "guess" })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await post("/internal/save-code", {}, { "x-api-key": "s3cret-key" });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: "rate_limited" });
    expect(limited.json().retry_after).toBeGreaterThan(0);
  });

  it("when two bots carry the module, each is reached only under its own /bots/<id> path", async () => {
    const other: ModuleRoute = { ...saveCode, handler: () => ({ body: { bot: "two" } }) } as ModuleRoute;
    await serve([
      { bot: "one", module: "erp", routes: [saveCode] },
      { bot: "two", module: "erp", routes: [other] },
    ]);
    const headers = { "x-api-key": "s3cret-key" };
    const body = { code: "AB12CD34", user_id: 1 };
    expect((await post("/internal/save-code", body, headers)).statusCode).toBe(404);
    expect((await post("/bots/two/internal/save-code", body, headers)).json()).toEqual({ bot: "two" });
    expect((await post("/bots/one/internal/save-code", body, headers)).statusCode).toBe(201);
  });

  it("Bearer secrets and HMAC signatures over the raw body are both checked", async () => {
    const bearer: ModuleRoute = {
      method: "POST",
      path: "/hook",
      auth: { secret: "tok" },
      handler: () => ({}),
    };
    const signed: ModuleRoute = {
      method: "POST",
      path: "/signed",
      auth: { hmac: "mac-key" },
      handler: () => ({}),
    };
    await serve([{ bot: "b", module: "m", routes: [bearer, signed] }]);
    expect((await post("/hook", {}, { authorization: "Bearer tok" })).statusCode).toBe(200);
    expect((await post("/hook", {}, { authorization: "Bearer tok2" })).statusCode).toBe(401);
    const raw = JSON.stringify({ a: 1 });
    const signature = createHmac("sha256", "mac-key").update(raw).digest("hex");
    const send = (sig: string) =>
      http.inject({
        method: "POST",
        url: "/signed",
        payload: raw,
        headers: { "content-type": "application/json", "x-signature": sig },
      });
    expect((await send(`sha256=${signature}`)).statusCode).toBe(200);
    expect((await send(signature.replace(/^./, (c) => (c === "0" ? "1" : "0")))).statusCode).toBe(401);
  });

  it("a body that is not JSON is 400 as JSON", async () => {
    await serve([{ bot: "erp", module: "erp", routes: [saveCode] }]);
    const answer = await http.inject({
      method: "POST",
      url: "/internal/save-code",
      payload: "{not json",
      headers: { "content-type": "application/json", "x-api-key": "s3cret-key" },
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ error: "bad_request" });
  });
});
