import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { bearerAuth, bearerTokenOf, secretsEqual } from "./bearerAuth.js";

let app: FastifyInstance;

async function guarded(options: Parameters<typeof bearerAuth>[0]) {
  app = Fastify({ logger: false });
  app.get("/open", async () => ({ open: true }));
  app.register(async (api) => {
    api.addHook("preHandler", bearerAuth(options));
    api.get("/secret", async () => ({ ok: true }));
  });
  await app.ready();
  return (authorization?: string) =>
    app.inject({ method: "GET", url: "/secret", headers: authorization ? { authorization } : {} });
}

afterEach(async () => {
  await app?.close();
});

describe("bearerAuth", () => {
  it("lets the right key through and leaves other routes alone", async () => {
    const get = await guarded({ secrets: "s3cret-key" });
    const ok = await get("Bearer s3cret-key");
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ ok: true });
    expect((await get("bearer s3cret-key")).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/open" })).statusCode).toBe(200);
  });

  it("a missing header is a 401 JSON with a Bearer challenge", async () => {
    const get = await guarded({ secrets: "s3cret-key", realm: "erp" });
    const response = await get();
    expect(response.statusCode).toBe(401);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.headers["www-authenticate"]).toBe('Bearer realm="erp"');
    expect(response.json()).toEqual({ error: "unauthorized", message: "A bearer token is required." });
    expect((await get("Basic czNjcmV0LWtleQ==")).statusCode).toBe(401);
  });

  it("a wrong key, longer, shorter or a prefix of the right one, is a 401 invalid_token", async () => {
    const get = await guarded({ secrets: "s3cret-key" });
    for (const wrong of ["s3cret-kex", "s3cret-key-and-more", "s3cret", "S3CRET-KEY"]) {
      const response = await get(`Bearer ${wrong}`);
      expect(response.statusCode, wrong).toBe(401);
      expect(response.headers["www-authenticate"]).toContain('error="invalid_token"');
    }
  });

  it("accepts any of several keys (rotation)", async () => {
    const get = await guarded({ secrets: ["old-key", "new-key"] });
    expect((await get("Bearer old-key")).statusCode).toBe(200);
    expect((await get("Bearer new-key")).statusCode).toBe(200);
    expect((await get("Bearer other-key")).statusCode).toBe(401);
  });

  it("answers in the backend's own error shape", async () => {
    const get = await guarded({
      secrets: "k",
      body: (refusal) => ({ success: false, data: null, message: refusal, error: "Unauthorized" }),
    });
    expect((await get("Bearer x")).json()).toEqual({
      success: false,
      data: null,
      message: "invalid",
      error: "Unauthorized",
    });
  });

  it("refuses to be built without a secret", () => {
    expect(() => bearerAuth({ secrets: [] })).toThrow();
    expect(() => bearerAuth({ secrets: "" })).toThrow();
  });
});

describe("helpers", () => {
  it("bearerTokenOf reads the token of a Bearer header only", () => {
    expect(bearerTokenOf("Bearer abc.def")).toBe("abc.def");
    expect(bearerTokenOf("Bearer  abc ")).toBe("abc");
    expect(bearerTokenOf("Bearer")).toBeNull();
    expect(bearerTokenOf("Bearer a b")).toBeNull();
    expect(bearerTokenOf("Basic abc")).toBeNull();
    expect(bearerTokenOf(undefined)).toBeNull();
  });

  it("secretsEqual compares secrets of any lengths", () => {
    expect(secretsEqual("same", "same")).toBe(true);
    expect(secretsEqual("same", "Same")).toBe(false);
    expect(secretsEqual("short", "a much longer secret")).toBe(false);
    expect(secretsEqual("", "")).toBe(true);
  });
});
