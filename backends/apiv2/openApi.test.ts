/**
 * The OpenAPI document is made from the routes themselves: it lists every route the service has
 * (the seed's contract and the additions), each with its inputs, answers and errors — and every
 * real answer, on both databases, matches the schema the document shows for it.
 */
import { expect, it } from "vitest";
import { fastifyPath } from "./apiRoute.js";
import { successEnvelope } from "./commonSchemas.js";
import { call, describeContract, testDatabases } from "./testKit.js";

const databases = await testDatabases();

/** The contract: the seed's six routes, then what the bot needs beyond them. */
const CONTRACT = [
  "GET /health",
  "GET /api/v2/groups/{group_id}/settings",
  "GET /api/v2/groups/{group_id}/users/{user_id}/status",
  "POST /api/v2/groups/{group_id}/enforcement/{action_type}",
  "POST /api/v2/groups/{group_id}/users/{user_id}/actions",
  "POST /api/v2/logs/actions",
  "PATCH /api/v2/groups/{group_id}/settings",
  "GET /api/v2/groups/{group_id}/night-mode",
  "GET /api/v2/night-mode",
  "GET /api/v2/groups/{group_id}/users/{user_id}/warnings",
  "DELETE /api/v2/groups/{group_id}/users/{user_id}/warnings",
  "DELETE /api/v2/groups/{group_id}/users/{user_id}/warnings/{warning_id}",
  "GET /api/v2/logs/actions",
  "GET /openapi.json",
];

type Operations = Record<string, Record<string, Record<string, unknown>>>;

describeContract(databases, "openapi", (backend) => {
  it("lists every route the service has, and nothing it has not", async () => {
    const response = await call(backend(), "GET", "/openapi.json", { key: null });
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(backend().openApi)));
    const paths = backend().openApi.paths as Operations;
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual([...CONTRACT].sort());
    for (const operation of documented) {
      const [method, path] = operation.split(" ") as [string, string];
      expect(backend().app.hasRoute({ method, url: fastifyPath(path) }), operation).toBe(true);
    }
  });

  it("describes inputs, the key, idempotency and errors", () => {
    const document = backend().openApi;
    expect(document).toMatchObject({
      openapi: "3.1.0",
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    });
    const paths = document.paths as Operations;
    const enforce = paths["/api/v2/groups/{group_id}/enforcement/{action_type}"]!.post!;
    expect(enforce.security).toEqual([{ bearer: [] }]);
    const parameters = enforce.parameters as Array<{ name: string; in: string; required: boolean }>;
    expect(parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["group_id", "path", true],
      ["action_type", "path", true],
      ["Idempotency-Key", "header", false],
    ]);
    const requestBody = enforce.requestBody as {
      content: { "application/json": { schema: { properties: Record<string, unknown> } } };
    };
    expect(Object.keys(requestBody.content["application/json"].schema.properties)).toEqual(
      expect.arrayContaining([
        "action_type",
        "user_id",
        "group_id",
        "admin_id",
        "duration",
        "reason",
        "timestamp",
      ]),
    );
    expect(Object.keys(enforce.responses as object)).toEqual([
      "201",
      "400",
      "401",
      "404",
      "409",
      "422",
      "500",
    ]);
    expect(paths["/health"]!.get!.security).toEqual([]);
    const logQuery = paths["/api/v2/logs/actions"]!.get!.parameters as Array<{
      name: string;
      required: boolean;
    }>;
    expect(logQuery.map((p) => p.name)).toEqual([
      "group_id",
      "user_id",
      "admin_id",
      "action",
      "from",
      "to",
      "page",
      "page_size",
    ]);
    expect(logQuery.every((p) => !p.required)).toBe(true);
  });

  it("every real answer matches the schema the document shows for it", async () => {
    const G = -1004440001;
    const member = `/api/v2/groups/${G}/users/77`;
    const calls: Array<
      [method: "GET" | "POST" | "PATCH" | "DELETE", template: string, url: string, body?: object]
    > = [
      ["GET", "/health", "/health"],
      [
        "PATCH",
        "/api/v2/groups/{group_id}/settings",
        `/api/v2/groups/${G}/settings`,
        { night_mode: { enabled: true } },
      ],
      ["GET", "/api/v2/groups/{group_id}/settings", `/api/v2/groups/${G}/settings`],
      ["GET", "/api/v2/groups/{group_id}/night-mode", `/api/v2/groups/${G}/night-mode`],
      ["GET", "/api/v2/night-mode", "/api/v2/night-mode"],
      [
        "POST",
        "/api/v2/groups/{group_id}/enforcement/{action_type}",
        `/api/v2/groups/${G}/enforcement/warn`,
        { user_id: 77 },
      ],
      [
        "POST",
        "/api/v2/groups/{group_id}/enforcement/{action_type}",
        `/api/v2/groups/${G}/enforcement/mute`,
        { user_id: 77, duration: 60 },
      ],
      [
        "POST",
        "/api/v2/groups/{group_id}/users/{user_id}/actions",
        `${member}/actions`,
        { action: "ban", state: "active" },
      ],
      ["GET", "/api/v2/groups/{group_id}/users/{user_id}/status", `${member}/status`],
      ["GET", "/api/v2/groups/{group_id}/users/{user_id}/warnings", `${member}/warnings`],
      ["DELETE", "/api/v2/groups/{group_id}/users/{user_id}/warnings", `${member}/warnings`],
      [
        "POST",
        "/api/v2/logs/actions",
        "/api/v2/logs/actions",
        { group_id: G, action: "flood", duration: 60 },
      ],
      ["GET", "/api/v2/logs/actions", `/api/v2/logs/actions?group_id=${G}`],
    ];
    for (const [method, template, url, body] of calls) {
      const route = backend().routes.find((r) => r.method === method && r.path === template)!;
      const response = await call(backend(), method, url, body ? { body } : {});
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(route.status ?? 200);
      const answer = response.json();
      // Parsing strips keys the schema does not know: equal means nothing undeclared was answered.
      expect(successEnvelope(route.data).parse(answer), `${method} ${url}`).toEqual(answer);
    }
  });
});
