/**
 * `Idempotency-Key` on both databases: a retried request never warns or acts twice (even when the
 * retries race), the same key on another request is a 422, a failed request is not remembered,
 * and a key is forgotten after a day.
 */
import { expect, it } from "vitest";
import { call, dataOf, describeContract, testDatabases } from "./testKit.js";

const databases = await testDatabases();
const GROUP = -1007770001;
const USER = 99;
const WARN = `/api/v2/groups/${GROUP}/enforcement/warn`;
const WARNINGS = `/api/v2/groups/${GROUP}/users/${USER}/warnings`;
const body = { user_id: USER, admin_id: 1, reason: "Spam", timestamp: "2026-01-19T09:59:00Z" };

describeContract(databases, "idempotency", (backend) => {
  const warnWith = (key: string, payload: object = body) =>
    call(backend(), "POST", WARN, { body: payload, headers: { "idempotency-key": key } });
  const warningCount = async () => (await dataOf<{ count: number }>(call(backend(), "GET", WARNINGS))).count;
  const logTotal = async () =>
    (await dataOf<{ total: number }>(call(backend(), "GET", `/api/v2/logs/actions?group_id=${GROUP}`))).total;

  it("a retry with the same key and body gets the stored answer: one warning, one log entry", async () => {
    const first = await warnWith("retry-1");
    expect(first.statusCode).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBeUndefined();
    const retry = await warnWith("retry-1", {
      reason: "Spam",
      timestamp: body.timestamp,
      admin_id: 1,
      user_id: USER,
    });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json()).toEqual(first.json());
    expect(await warningCount()).toBe(1);
    expect(await logTotal()).toBe(1);
  });

  it("without a key, each request counts", async () => {
    await dataOf(call(backend(), "POST", WARN, { body }));
    await dataOf(call(backend(), "POST", WARN, { body }));
    expect(await warningCount()).toBe(2);
  });

  it("the same key on a different body, or another route, is a 422 and changes nothing", async () => {
    await dataOf(warnWith("reused"));
    const different = await warnWith("reused", { ...body, reason: "Other" });
    expect(different.statusCode).toBe(422);
    expect(different.json()).toEqual({
      success: false,
      data: null,
      message: "❌ Idempotency key reused",
      error: "This Idempotency-Key was used with a different request",
    });
    const elsewhere = await call(backend(), "POST", `/api/v2/groups/${GROUP}/enforcement/mute`, {
      body,
      headers: { "idempotency-key": "reused" },
    });
    expect(elsewhere.statusCode).toBe(422);
    expect(await warningCount()).toBe(1);
  });

  it("racing retries still act once", async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => warnWith("race")));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((answer) => answer.json().data.action.id)).size).toBe(1);
    expect(answers.filter((answer) => answer.headers["idempotent-replayed"] === "true")).toHaveLength(7);
    expect(await warningCount()).toBe(1);
  });

  it("a failed request is not remembered: the corrected retry with the same key runs", async () => {
    const refused = await call(backend(), "POST", `/api/v2/groups/${GROUP}/enforcement/unwarn`, {
      body: { user_id: USER, warning_id: 12345 },
      headers: { "idempotency-key": "after-404" },
    });
    expect(refused.statusCode).toBe(404);
    const invalid = await warnWith("after-400", { ...body, duration: 60 });
    expect(invalid.statusCode).toBe(400);
    expect((await warnWith("after-400")).statusCode).toBe(201);
    expect(await warningCount()).toBe(1);
  });

  it("a key is kept for a day by the service's clock", async () => {
    await dataOf(warnWith("daily"));
    backend().clock.advance(23 * 3_600_000);
    expect((await warnWith("daily")).headers["idempotent-replayed"]).toBe("true");
    backend().clock.advance(3_600_000);
    expect((await warnWith("daily")).headers["idempotent-replayed"]).toBeUndefined();
    expect(await warningCount()).toBe(2);
  });

  it("the other writes take a key too: the action log, user action state, clearing warnings", async () => {
    const key = { "idempotency-key": "log-1" };
    const entry = { group_id: GROUP, action: "delete_message" };
    await dataOf(call(backend(), "POST", "/api/v2/logs/actions", { body: entry, headers: key }));
    await dataOf(call(backend(), "POST", "/api/v2/logs/actions", { body: entry, headers: key }));
    const state = { action: "mute", state: "active" };
    const stateKey = { "idempotency-key": "state-1" };
    const path = `/api/v2/groups/${GROUP}/users/${USER}/actions`;
    await dataOf(call(backend(), "POST", path, { body: state, headers: stateKey }));
    await dataOf(call(backend(), "POST", path, { body: state, headers: stateKey }));
    await dataOf(call(backend(), "DELETE", WARNINGS, { headers: { "idempotency-key": "clear-1" } }));
    await dataOf(call(backend(), "DELETE", WARNINGS, { headers: { "idempotency-key": "clear-1" } }));
    expect(await logTotal()).toBe(3);
  });

  it("a key must be 1..255 printable characters", async () => {
    const response = await warnWith("x".repeat(256));
    expect(response.statusCode).toBe(400);
    expect(response.json().data.issues).toEqual([
      { field: "Idempotency-Key", message: "must be 1..255 printable ASCII characters" },
    ]);
  });
});
