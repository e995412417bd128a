/**
 * Group settings on both databases: the seed's fields, defaults for a group never changed, PATCH
 * merging block by block and validating the merged whole, and the night-mode routes.
 */
import { expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "./settingsSchemas.js";
import { call, dataOf, describeContract, TEST_NOW, testDatabases } from "./testKit.js";

const databases = await testDatabases();
const GROUP = -1001234567890;
const SETTINGS = `/api/v2/groups/${GROUP}/settings`;

describeContract(databases, "settings", (backend) => {
  it("a group never changed answers the defaults, with the seed's features_enabled", async () => {
    const settings = await dataOf(call(backend(), "GET", SETTINGS));
    expect(settings).toEqual({
      group_id: GROUP,
      features_enabled: {
        auto_delete_commands: false,
        auto_delete_welcome: false,
        night_mode: false,
        lockdown_enabled: false,
      },
      ...DEFAULT_SETTINGS,
      updated_at: null,
    });
    expect(settings.warnings).toEqual({ limit: 3, action: "ban", action_duration: null, expiry: null });
  });

  it("PATCH merges block by block: what is absent is kept, arrays are replaced", async () => {
    await dataOf(
      call(backend(), "PATCH", SETTINGS, {
        body: { group_name: "Rust <Learners> & Co", locks: ["url", "sticker"], flood: { enabled: true } },
      }),
    );
    const patched = await dataOf(
      call(backend(), "PATCH", SETTINGS, {
        body: {
          warnings: { limit: 5, action: "mute", action_duration: 3600 },
          flood: { messages: 8 },
          locks: ["forward", "url", "forward"],
          auto_delete: { commands: true },
          log_channel_id: -1009876543210,
        },
      }),
    );
    expect(patched).toMatchObject({
      group_name: "Rust <Learners> & Co",
      warnings: { limit: 5, action: "mute", action_duration: 3600, expiry: null },
      flood: { enabled: true, messages: 8, seconds: 10, action: "mute", action_duration: 600 },
      locks: ["forward", "url"],
      auto_delete: { commands: true, service_messages: false, welcome: false },
      features_enabled: { auto_delete_commands: true },
      log_channel_id: -1009876543210,
      updated_at: new Date(TEST_NOW).toISOString(),
    });
    expect(await dataOf(call(backend(), "GET", SETTINGS))).toEqual(patched);
  });

  it("null clears a nullable setting; a non-nullable one refuses it", async () => {
    await call(backend(), "PATCH", SETTINGS, { body: { welcome: { enabled: true, text: "Hi {first}" } } });
    const cleared = await dataOf(call(backend(), "PATCH", SETTINGS, { body: { welcome: { text: null } } }));
    expect(cleared.welcome).toEqual({ enabled: true, text: null });
    const refused = await call(backend(), "PATCH", SETTINGS, { body: { captcha: { seconds: null } } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toBe("captcha.seconds: must be a number");
  });

  it("the merged whole is validated: a kick takes no duration, night mode's end differs from its start", async () => {
    await dataOf(call(backend(), "PATCH", SETTINGS, { body: { warnings: { action_duration: 600 } } }));
    const kick = await call(backend(), "PATCH", SETTINGS, { body: { warnings: { action: "kick" } } });
    expect(kick.statusCode).toBe(400);
    expect(kick.json()).toEqual({
      success: false,
      data: {
        issues: [{ field: "warnings.action_duration", message: "must be null when the action is kick" }],
      },
      message: "❌ Invalid request",
      error: "warnings.action_duration: must be null when the action is kick",
    });
    const night = await call(backend(), "PATCH", SETTINGS, { body: { night_mode: { start: "07:00" } } });
    expect(night.json().error).toBe("night_mode.end: must differ from start");
    // Nothing was stored by the refused patches.
    expect((await dataOf(call(backend(), "GET", SETTINGS))).warnings).toMatchObject({ action: "ban" });
  });

  it("PATCH names every field at fault", async () => {
    const response = await call(backend(), "PATCH", SETTINGS, {
      body: {
        warnings: { limit: 0 },
        night_mode: { start: "25:00", time_zone: "Mars/Olympus", weekdays: ["mon", "funday"] },
        locks: ["links"],
        colour: "red",
      },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().data.issues.map((issue: { field: string }) => issue.field);
    expect(fields.sort()).toEqual(
      [
        "colour",
        "locks.0",
        "night_mode.start",
        "night_mode.time_zone",
        "night_mode.weekdays.1",
        "warnings.limit",
      ].sort(),
    );
  });

  it("the group id is validated in the path", async () => {
    const response = await call(backend(), "GET", "/api/v2/groups/abc/settings");
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe("group_id: must be a number");
    expect((await call(backend(), "GET", "/api/v2/groups/0/settings")).json().error).toBe(
      "group_id: must not be 0",
    );
  });
});

describeContract(databases, "night mode", (backend) => {
  const NIGHT = `/api/v2/groups/${GROUP}/night-mode`;
  const schedule = { start: "22:00", end: "06:30", weekdays: ["fri", "sat"], time_zone: "Europe/Berlin" };

  it("off: not in force and no next change; the scheduler's list leaves the group out", async () => {
    await dataOf(call(backend(), "PATCH", SETTINGS, { body: { night_mode: schedule } }));
    expect(await dataOf(call(backend(), "GET", NIGHT))).toEqual({
      group_id: GROUP,
      enabled: false,
      ...schedule,
      active_now: false,
      next_change_at: null,
    });
    expect((await dataOf(call(backend(), "GET", "/api/v2/night-mode"))).items).toEqual([]);
  });

  it("on: in force inside the window in the group's zone; the next change moves with the clock", async () => {
    await dataOf(
      call(backend(), "PATCH", SETTINGS, { body: { night_mode: { ...schedule, enabled: true } } }),
    );
    // TEST_NOW is Monday 10:00 UTC; the next window opens Friday 22:00 in Berlin (21:00 UTC).
    expect(await dataOf(call(backend(), "GET", NIGHT))).toMatchObject({
      enabled: true,
      active_now: false,
      next_change_at: "2026-01-23T21:00:00.000Z",
    });
    backend().clock.set(Date.parse("2026-01-24T05:00:00Z")); // Saturday 06:00 in Berlin
    expect(await dataOf(call(backend(), "GET", NIGHT))).toMatchObject({
      active_now: true,
      next_change_at: "2026-01-24T05:30:00.000Z",
    });
    const list = await dataOf<{ at: string; items: unknown[] }>(call(backend(), "GET", "/api/v2/night-mode"));
    expect(list).toEqual({
      at: "2026-01-24T05:00:00.000Z",
      items: [expect.objectContaining({ group_id: GROUP, active_now: true })],
    });
  });
});
