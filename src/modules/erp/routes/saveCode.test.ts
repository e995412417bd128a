/**
 * `POST /internal/save-code` as the backend meets it, through the platform's module routes:
 * 201, 401, 400 naming the field (an expiry in the past or too far ahead included), 409, 429, and
 * 503 while Telegram access is off.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { createStorage } from "../../../platform/storage/createStorage.js";
import type { Storage } from "../../../platform/storage/storage.js";
import { manualClock } from "../../../platform/tokens/vaultFixtures.js";
import { mountModuleRoutes } from "../../../server/moduleRoutes.js";
import type { Erp } from "../runtime.js";
import { CodeStore } from "../store/codeStore.js";
import { saveCodeRoute } from "./saveCode.js";

const KEY = "internal-key-for-tests-0123456789";
const MIN = 60_000;
let http: FastifyInstance | undefined;
let storage: Storage | undefined;
afterEach(async () => {
  await http?.close();
  await storage?.close();
});

async function serve(enabled = true) {
  storage = await createStorage("sqlite::memory:");
  const clock = manualClock();
  const codes = new CodeStore({
    storage,
    key: (...parts) => ["erp", "b", ...parts].join(":"),
    pepper: "p",
    now: clock.now,
    guessBudget: 200,
    claimMs: 1000,
  });
  // The route reads only these of the instance.
  const erp = {
    config: { ERP_INTERNAL_API_KEY: KEY, MODULE_TELEGRAM_ENABLED: enabled },
    now: clock.now,
    codes,
  } as unknown as Erp;
  http = Fastify();
  await mountModuleRoutes(http, [{ bot: "erp", module: "erp", routes: [saveCodeRoute(erp)] }]);
  await http.ready();
  const body = (overrides: Record<string, unknown> = {}) => ({
    code: "ABCD2345",
    user_id: 42,
    email: "ana@firma.ro",
    server_id: "main",
    expires_at: new Date(clock.now() + 15 * MIN).toISOString(),
    ...overrides,
  });
  const post = (payload: unknown, key = KEY) =>
    http!.inject({
      method: "POST",
      url: "/internal/save-code",
      payload: payload as object,
      headers: key ? { authorization: `Bearer ${key}` } : {},
    });
  return { codes, clock, body, post };
}

describe("erp: POST /internal/save-code", () => {
  it("201 {saved: true}, then 409 for the same code", async () => {
    const s = await serve();
    const first = await s.post(s.body());
    expect([first.statusCode, first.json()]).toEqual([201, { saved: true }]);
    expect((await s.codes.find("ABCD2345"))?.record).toMatchObject({
      userId: 42,
      email: "ana@firma.ro",
      serverId: "main",
    });
    const again = await s.post(s.body());
    expect([again.statusCode, again.json()]).toEqual([409, { error: "code_exists" }]);
  });

  it("401 for a wrong or missing key; nothing is stored", async () => {
    const s = await serve();
    expect((await s.post(s.body(), "wrong-key")).statusCode).toBe(401);
    expect((await s.post(s.body(), "")).statusCode).toBe(401);
    expect(await s.codes.find("ABCD2345")).toBeUndefined();
  });

  it("400 naming the field: a bad code, a missing field, an expiry in the past or more than 15 minutes ahead", async () => {
    const s = await serve();
    const field = async (payload: unknown) => {
      const answer = await s.post(payload);
      expect(answer.statusCode).toBe(400);
      return answer.json().field;
    };
    expect(await field(s.body({ code: "ABCD0345" }))).toBe("code");
    expect(await field(s.body({ user_id: "42" }))).toBe("user_id");
    expect(await field(s.body({ email: "ana" }))).toBe("email");
    const { server_id: _omitted, ...noServer } = s.body();
    expect(await field(noServer)).toBe("server_id");
    expect(await field(s.body({ expires_at: "tomorrow" }))).toBe("expires_at");
    expect(await s.post(s.body({ expires_at: new Date(s.clock.now() - 1).toISOString() }))).toMatchObject({
      statusCode: 400,
    });
    const far = await s.post(s.body({ expires_at: new Date(s.clock.now() + 16 * MIN).toISOString() }));
    expect([far.statusCode, far.json()]).toEqual([
      400,
      { error: "bad_request", field: "expires_at", message: "is more than 15 minutes ahead" },
    ]);
    expect(await s.codes.find("ABCD2345")).toBeUndefined();
  });

  it("an expiry without an offset is read as UTC (Python's isoformat)", async () => {
    const s = await serve();
    const naive = new Date(s.clock.now() + 10 * MIN).toISOString().replace("Z", "");
    expect((await s.post(s.body({ expires_at: naive }))).statusCode).toBe(201);
    expect((await s.codes.find("ABCD2345"))?.record.expiresAt).toBe(s.clock.now() + 10 * MIN);
  });

  it("429 past 60 calls a minute from one client", async () => {
    const s = await serve();
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await s.post(s.body({ code: "ABCD2345" }))).statusCode);
    expect(statuses[0]).toBe(201);
    expect(statuses.slice(1, 60).every((status) => status === 409)).toBe(true);
    expect(statuses[60]).toBe(429);
  });

  it("503 while Telegram access is disabled", async () => {
    const s = await serve(false);
    const answer = await s.post(s.body());
    expect([answer.statusCode, answer.json()]).toEqual([503, { error: "telegram_disabled" }]);
  });
});
