/**
 * Warnings on both databases: the count in the status, the group's limit and the action taken
 * there (default three, then a ban; a timed mute when configured), expiry by the service's clock,
 * listing, unwarn (the newest, or one by id) and clearing.
 */
import { expect, it } from "vitest";
import { call, dataOf, describeContract, TEST_NOW, testDatabases } from "./testKit.js";

const databases = await testDatabases();
const GROUP = -1005550001;
const USER = 4242;
const ADMIN = 7;
const MEMBER = `/api/v2/groups/${GROUP}/users/${USER}`;

interface Warned {
  changed: boolean;
  warnings: { count: number; limit: number };
  escalation: Record<string, unknown> | null;
  status: Record<string, unknown>;
}

describeContract(databases, "warnings", (backend) => {
  const warn = (reason = "Spam") =>
    dataOf<Warned>(
      call(backend(), "POST", `/api/v2/groups/${GROUP}/enforcement/warn`, {
        body: { user_id: USER, admin_id: ADMIN, reason },
      }),
    );
  const act = (action: string, body: object = {}) =>
    call(backend(), "POST", `/api/v2/groups/${GROUP}/enforcement/${action}`, {
      body: { user_id: USER, admin_id: ADMIN, ...body },
    });
  const patch = (body: object) =>
    dataOf(call(backend(), "PATCH", `/api/v2/groups/${GROUP}/settings`, { body }));

  it("has_warnings is the count; the third warning (the default limit) bans and resets the count", async () => {
    expect(await warn()).toMatchObject({ warnings: { count: 1, limit: 3 }, escalation: null });
    const second = await warn();
    expect(second.status).toMatchObject({ has_warnings: 2, active_actions: ["warn"] });
    const third = await warn("Third strike");
    expect(third).toMatchObject({
      changed: true,
      warnings: { count: 0, limit: 3 },
      escalation: {
        action: "ban",
        source: "warn_limit",
        details: "Warning limit reached (3/3)",
        admin_id: ADMIN,
        duration: null,
        until: null,
      },
      status: { is_banned: true, has_warnings: 0, active_actions: ["ban"] },
    });
    const log = await dataOf<{ items: Array<{ action: string; source: string }> }>(
      call(backend(), "GET", `/api/v2/logs/actions?group_id=${GROUP}`),
    );
    expect(log.items.slice(0, 2).map((entry) => [entry.action, entry.source])).toEqual([
      ["ban", "warn_limit"],
      ["warn", "enforcement"],
    ]);
  });

  it("the group's limit and action: two warnings, then a timed mute", async () => {
    await patch({ warnings: { limit: 2, action: "mute", action_duration: 3600 } });
    await warn();
    const second = await warn();
    expect(second.escalation).toMatchObject({
      action: "mute",
      duration: 3600,
      until: new Date(TEST_NOW + 3_600_000).toISOString(),
    });
    expect(second.status).toMatchObject({
      is_muted: true,
      muted_until: new Date(TEST_NOW + 3_600_000).toISOString(),
    });
  });

  it("a kick at the limit restricts nothing", async () => {
    await patch({ warnings: { limit: 1, action: "kick" } });
    const warned = await warn();
    expect(warned.escalation).toMatchObject({ action: "kick", duration: null });
    expect(warned.status).toMatchObject({ active_actions: [], has_warnings: 0 });
  });

  it("warnings expire after the group's expiry, by the service's clock", async () => {
    await patch({ warnings: { expiry: 3600 } });
    await warn();
    backend().clock.advance(30 * 60_000);
    await warn();
    const list = await dataOf(call(backend(), "GET", `${MEMBER}/warnings`));
    expect(list).toMatchObject({ count: 2, limit: 3, expiry: 3600 });
    expect((list.items as Array<{ expires_at: string }>)[0]!.expires_at).toBe(
      new Date(TEST_NOW + 3_600_000).toISOString(),
    );
    backend().clock.advance(31 * 60_000);
    expect(await dataOf(call(backend(), "GET", `${MEMBER}/status`))).toMatchObject({ has_warnings: 1 });
    // The expired warning no longer counts towards the limit.
    expect((await warn()).warnings).toEqual({ count: 2, limit: 3 });
  });

  it("warns at once still reach the limit exactly once", async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => warn()));
    expect(answers.filter((answer) => answer.escalation !== null)).toHaveLength(1);
    expect(answers.map((answer) => answer.warnings.count).sort()).toEqual([0, 1, 1, 2, 2]);
    expect(await dataOf(call(backend(), "GET", `${MEMBER}/status`))).toMatchObject({
      is_banned: true,
      has_warnings: 2,
    });
  });

  it("lists the warnings that count, oldest first", async () => {
    await warn("First");
    backend().clock.advance(1000);
    await warn("Second");
    const list = await dataOf(call(backend(), "GET", `${MEMBER}/warnings`));
    expect(list).toMatchObject({ group_id: GROUP, user_id: USER, count: 2, limit: 3, expiry: null });
    expect(list.items).toEqual([
      {
        id: expect.any(Number),
        group_id: GROUP,
        user_id: USER,
        admin_id: ADMIN,
        reason: "First",
        created_at: new Date(TEST_NOW).toISOString(),
        expires_at: null,
      },
      expect.objectContaining({ reason: "Second", created_at: new Date(TEST_NOW + 1000).toISOString() }),
    ]);
  });

  it("unwarn removes the newest; with warning_id, that one", async () => {
    await warn("First");
    await warn("Second");
    const unwarned = await dataOf<Warned>(act("unwarn"));
    expect(unwarned).toMatchObject({ changed: true, warnings: { count: 1, limit: 3 } });
    const [first] = (
      await dataOf<{ items: Array<{ id: number; reason: string }> }>(
        call(backend(), "GET", `${MEMBER}/warnings`),
      )
    ).items;
    expect(first!.reason).toBe("First");
    await warn("Third");
    expect(await dataOf<Warned>(act("unwarn", { warning_id: first!.id }))).toMatchObject({
      warnings: { count: 1 },
    });
    const missing = await act("unwarn", { warning_id: first!.id });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ success: false, error: `Warning ${first!.id} not found` });
    await dataOf(act("unwarn"));
    expect(await dataOf<Warned>(act("unwarn"))).toMatchObject({ changed: false, warnings: { count: 0 } });
  });

  it("clear_warnings and DELETE …/warnings clear all; DELETE …/warnings/{id} removes one", async () => {
    await warn();
    await warn();
    expect(await dataOf<Warned>(act("clear_warnings"))).toMatchObject({
      changed: true,
      warnings: { count: 0 },
    });
    await warn();
    await warn();
    const cleared = await dataOf<Warned & { action: Record<string, unknown> }>(
      call(backend(), "DELETE", `${MEMBER}/warnings?admin_id=${ADMIN}&reason=Amnesty`),
    );
    expect(cleared).toMatchObject({
      changed: true,
      warnings: { count: 0, limit: 3 },
      action: { action: "clear_warnings", admin_id: ADMIN, details: "Amnesty" },
    });
    await warn();
    const [only] = (
      await dataOf<{ items: Array<{ id: number }> }>(call(backend(), "GET", `${MEMBER}/warnings`))
    ).items;
    const removed = await call(backend(), "DELETE", `${MEMBER}/warnings/${only!.id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({
      message: "✅ Unwarn executed",
      data: { action: { action: "unwarn" } },
    });
    expect((await call(backend(), "DELETE", `${MEMBER}/warnings/${only!.id}`)).statusCode).toBe(404);
    expect((await call(backend(), "DELETE", `${MEMBER}/warnings/abc`)).json().error).toBe(
      "warning_id: must be a number",
    );
  });
});
