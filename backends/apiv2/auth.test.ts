/**
 * The bearer key on every API route (401 in the envelope when missing or wrong, checked before the
 * body is read), the open routes, and the envelope on every failure Fastify itself raises: a body
 * that is not JSON, no body, an unknown route. A failure is never a 2xx.
 */
import { expect, it } from "vitest";
import { call, describeContract, testDatabases } from "./testKit.js";

const databases = await testDatabases();

const SAMPLE_PARAMS: Record<string, string> = {
  group_id: "-100",
  user_id: "5",
  action_type: "mute",
  warning_id: "1",
};
const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE_PARAMS[name]!);

describeContract(databases, "auth", (backend) => {
  it("every API route refuses a missing key and a wrong one, 401 in the envelope", async () => {
    const guarded = backend().routes.filter((route) => route.auth !== false);
    expect(guarded.length).toBeGreaterThanOrEqual(12);
    for (const route of guarded) {
      const url = concrete(route.path);
      const missing = await call(backend(), route.method, url, { key: null, body: {} });
      expect(missing.statusCode, `${route.method} ${url}`).toBe(401);
      expect(missing.headers["www-authenticate"]).toBe('Bearer realm="api-v2"');
      expect(missing.json()).toEqual({
        success: false,
        data: null,
        message: "❌ Unauthorized",
        error: "A bearer API key is required",
      });
      const wrong = await call(backend(), route.method, url, { key: `${backend().key}x`, body: {} });
      expect(wrong.statusCode, `${route.method} ${url}`).toBe(401);
      expect(wrong.json().error).toBe("The API key is not valid");
    }
  });

  it("/health and /openapi.json need no key", async () => {
    expect((await call(backend(), "GET", "/health", { key: null })).statusCode).toBe(200);
    expect((await call(backend(), "GET", "/openapi.json", { key: null })).statusCode).toBe(200);
  });

  it("the key is checked before the body is read", async () => {
    const response = await backend().app.inject({
      method: "POST",
      url: "/api/v2/logs/actions",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(401);
  });

  it("a body that is not JSON, or none, is a 400 naming the body", async () => {
    const notJson = await backend().app.inject({
      method: "POST",
      url: "/api/v2/logs/actions",
      headers: { "content-type": "application/json", authorization: `Bearer ${backend().key}` },
      payload: "{not json",
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toEqual({
      success: false,
      data: { issues: [{ field: "body", message: "is not valid JSON" }] },
      message: "❌ Invalid request",
      error: "body: is not valid JSON",
    });
    const none = await call(backend(), "POST", "/api/v2/groups/-100/enforcement/mute");
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toBe("body: is required");
    const array = await call(backend(), "POST", "/api/v2/logs/actions", { body: [1, 2] });
    expect(array.json().error).toBe("body: must be an object");
  });

  it("an unknown route is a 404 in the envelope", async () => {
    const response = await call(backend(), "GET", "/api/v2/groups/-100/nothing?x=1");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      success: false,
      data: null,
      message: "❌ Not found",
      error: "No route GET /api/v2/groups/-100/nothing",
    });
  });
});
