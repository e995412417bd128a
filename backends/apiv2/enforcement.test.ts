/**
 * Enforcement and member state on both databases: the seed's execute_action body as its client
 * sends it, each action's effect on the user status (`has_warnings` a count), timed actions
 * lapsing with the clock, group actions, the body checked against the path, and the
 * user-action-state route.
 */
import { expect, it } from "vitest";
import { call, dataOf, describeContract, TEST_NOW, testDatabases } from "./testKit.js";

const databases = await testDatabases();
const GROUP = 987654321;
const USER = 123456789;
const ADMIN = 111111111;
const enforcement = (action: string, group = GROUP) => `/api/v2/groups/${group}/enforcement/${action}`;
const STATUS = `/api/v2/groups/${GROUP}/users/${USER}/status`;

describeContract(databases, "enforcement", (backend) => {
  const act = (action: string, body: object = {}) =>
    call(backend(), "POST", enforcement(action), { body: { user_id: USER, admin_id: ADMIN, ...body } });

  it("takes the seed's body as its client sends it, and answers 201 with the record and the status", async () => {
    const response = await call(backend(), "POST", enforcement("mute"), {
      body: {
        action_type: "mute",
        user_id: USER,
        group_id: GROUP,
        admin_id: ADMIN,
        duration: null,
        reason: "Spamming",
        timestamp: "2026-01-19T09:30:45.123456",
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      success: true,
      message: "✅ Mute executed",
      error: null,
      data: {
        action: {
          id: expect.any(Number),
          group_id: GROUP,
          user_id: USER,
          admin_id: ADMIN,
          action: "mute",
          details: "Spamming",
          duration: null,
          until: null,
          source: "enforcement",
          at: "2026-01-19T09:30:45.123Z",
        },
        changed: true,
        warnings: null,
        escalation: null,
        status: {
          user_id: USER,
          group_id: GROUP,
          is_muted: true,
          is_banned: false,
          has_warnings: 0,
          warning_limit: 3,
          is_restricted: false,
          is_locked_down: false,
          night_mode_enabled: false,
          last_action: "2026-01-19T09:30:45.123Z",
          active_actions: ["mute"],
          banned_until: null,
          muted_until: null,
          restricted_until: null,
        },
      },
    });
  });

  it("a member never acted on has a clean status", async () => {
    expect(await dataOf(call(backend(), "GET", STATUS))).toMatchObject({
      is_muted: false,
      is_banned: false,
      has_warnings: 0,
      last_action: null,
      active_actions: [],
    });
  });

  it("timed ban, mute and restrict lapse by the service's clock", async () => {
    await dataOf(act("ban", { duration: 3600 }));
    await dataOf(act("mute", { duration: 60 }));
    await dataOf(act("restrict", { duration: 7200 }));
    expect(await dataOf(call(backend(), "GET", STATUS))).toMatchObject({
      is_banned: true,
      is_muted: true,
      is_restricted: true,
      active_actions: ["ban", "mute", "restrict"],
      banned_until: new Date(TEST_NOW + 3_600_000).toISOString(),
      muted_until: new Date(TEST_NOW + 60_000).toISOString(),
    });
    backend().clock.advance(61_000);
    expect(await dataOf(call(backend(), "GET", STATUS))).toMatchObject({
      is_muted: false,
      muted_until: null,
      active_actions: ["ban", "restrict"],
    });
    backend().clock.advance(3_600_000);
    expect((await dataOf(call(backend(), "GET", STATUS))).active_actions).toEqual(["restrict"]);
  });

  it("lifting: unmute, unban, unrestrict, and free (mute and restrict); changed says whether anything was", async () => {
    await dataOf(act("mute"));
    await dataOf(act("restrict"));
    await dataOf(act("ban"));
    const freed = await dataOf(act("free"));
    expect(freed).toMatchObject({ changed: true, status: { active_actions: ["ban"] } });
    const again = await act("unmute");
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ message: "✅ Unmute: nothing to change", data: { changed: false } });
    expect(await dataOf(act("unban"))).toMatchObject({ changed: true, status: { is_banned: false } });
    expect(await dataOf(act("unrestrict"))).toMatchObject({ changed: false });
  });

  it("kick changes no state but is recorded", async () => {
    const kicked = await dataOf(act("kick", { reason: "Off-topic" }));
    expect(kicked).toMatchObject({ changed: true, action: { action: "kick", details: "Off-topic" } });
    expect(kicked.status).toMatchObject({
      active_actions: [],
      last_action: new Date(TEST_NOW).toISOString(),
    });
  });

  it("group actions: lockdown and night mode show in every member's status and in the settings", async () => {
    const locked = await dataOf(
      call(backend(), "POST", enforcement("lockdown"), { body: { admin_id: ADMIN } }),
    );
    expect(locked).toMatchObject({
      changed: true,
      status: null,
      action: { action: "lockdown", user_id: null },
    });
    await dataOf(act("night_mode_on"));
    expect(await dataOf(call(backend(), "GET", STATUS))).toMatchObject({
      is_locked_down: true,
      night_mode_enabled: true,
    });
    const settings = await dataOf(call(backend(), "GET", `/api/v2/groups/${GROUP}/settings`));
    expect(settings.features_enabled).toMatchObject({ lockdown_enabled: true, night_mode: true });
    expect(await dataOf(act("lockdown"))).toMatchObject({ changed: false });
    await dataOf(act("unlock"));
    await dataOf(act("night_mode_off"));
    expect(await dataOf(call(backend(), "GET", STATUS))).toMatchObject({
      is_locked_down: false,
      night_mode_enabled: false,
    });
  });

  it("checks the body against the path and the action", async () => {
    const response = await call(backend(), "POST", enforcement("kick"), {
      body: { action_type: "ban", group_id: 42, duration: 600, warning_id: 3 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().data.issues).toEqual([
      { field: "action_type", message: "must equal the path's (kick)" },
      { field: "group_id", message: `must equal the path's (${GROUP})` },
      { field: "user_id", message: "is required for kick" },
      { field: "duration", message: "kick takes no duration (only ban, mute, restrict)" },
      { field: "warning_id", message: "is for unwarn only" },
    ]);
  });

  it("durations are seconds within Telegram's range; timestamps may not be in the future", async () => {
    expect((await act("mute", { duration: 29 })).json().error).toBe("duration: must be at least 30 seconds");
    expect((await act("ban", { duration: 366 * 86_400 + 1 })).json().error).toBe(
      "duration: must be at most 31622400 seconds (366 days)",
    );
    expect((await act("mute", { duration: 1.5 })).json().error).toBe("duration: must be an integer");
    const future = await act("mute", { timestamp: new Date(TEST_NOW + 3_600_000).toISOString() });
    expect(future.json().error).toBe("timestamp: is in the future");
    expect((await act("mute", { timestamp: "yesterday" })).json().error).toBe(
      "timestamp: must be an ISO 8601 date-time",
    );
  });

  it("an unknown action type is a 400 naming the path's field", async () => {
    const response = await act("freedom");
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatch(/^action_type: must be one of: ban, unban, kick, mute/);
  });

  it("a late report keeps its time: the restriction runs from when it happened", async () => {
    const at = TEST_NOW - 30 * 60_000;
    const muted = await dataOf(act("mute", { duration: 3600, timestamp: new Date(at).toISOString() }));
    expect(muted.status).toMatchObject({ muted_until: new Date(at + 3_600_000).toISOString() });
  });
});

describeContract(databases, "user action state", (backend) => {
  const ACTIONS = `/api/v2/groups/${GROUP}/users/${USER}/actions`;

  it("active imposes, inactive lifts, each logged with source state", async () => {
    const muted = await dataOf(
      call(backend(), "POST", ACTIONS, {
        body: {
          user_id: USER,
          action: "mute",
          state: "active",
          duration: 600,
          timestamp: "2026-01-19T10:00:00",
        },
      }),
    );
    expect(muted).toMatchObject({
      changed: true,
      entry: { action: "mute", source: "state", duration: 600, until: "2026-01-19T10:10:00.000Z" },
      status: { is_muted: true },
    });
    const lifted = await dataOf(
      call(backend(), "POST", ACTIONS, { body: { action: "mute", state: "inactive" } }),
    );
    expect(lifted).toMatchObject({ changed: true, entry: { action: "unmute" }, status: { is_muted: false } });
    const log = await dataOf(call(backend(), "GET", `/api/v2/logs/actions?user_id=${USER}`));
    expect((log.items as Array<{ action: string }>).map((entry) => entry.action)).toEqual(["unmute", "mute"]);
  });

  it("answers 200 and validates its body", async () => {
    const response = await call(backend(), "POST", ACTIONS, { body: { action: "ban", state: "active" } });
    expect(response.statusCode).toBe(200);
    const wrong = await call(backend(), "POST", ACTIONS, {
      body: { user_id: 5, action: "warn", state: "on" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().data.issues.map((issue: { field: string }) => issue.field)).toEqual([
      "action",
      "state",
    ]);
    const mismatch = await call(backend(), "POST", ACTIONS, {
      body: { user_id: 5, action: "ban", state: "active" },
    });
    expect(mismatch.json().error).toBe(`user_id: must equal the path's (${USER})`);
    const lifting = await call(backend(), "POST", ACTIONS, {
      body: { action: "ban", state: "inactive", duration: 60 },
    });
    expect(lifting.json().error).toBe("duration: is for state active only");
  });
});
