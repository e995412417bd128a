import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStorage } from "../storage/createStorage.js";
import type { Storage } from "../storage/storage.js";
import { type AuditLog, type AuditRecord, createAuditLog } from "./auditLog.js";

let storage: Storage;
let audit: AuditLog;

beforeEach(async () => {
  storage = await createStorage("sqlite::memory:");
  audit = createAuditLog(storage);
});
afterEach(() => storage.close());

/** Six records a minute apart: two modules, three actors, some targets, one denial. */
async function recordSample(): Promise<void> {
  const base = Date.parse("2024-05-01T10:00:00.000Z");
  const rows: Array<Omit<AuditRecord, "time">> = [
    { bot: "b1", module: "crm", actor: "u1", action: "create", target: "post:1", result: "ok" },
    { bot: "b1", module: "crm", actor: "u2", action: "delete", target: "post:1", result: "denied" },
    { bot: "b1", module: "erp", actor: "u1", action: "link", result: "ok" },
    { bot: "b2", module: "crm", actor: "u3", action: "update", target: "post:2", result: "ok" },
    { bot: "b1", module: "erp", actor: "u2", action: "export", target: "invoice:9", result: "failed" },
    {
      bot: "b1",
      module: "crm",
      actor: "u1",
      action: "delete",
      target: "post:2",
      result: "ok",
      details: { n: 1 },
    },
  ];
  for (const [i, row] of rows.entries()) {
    await audit.record({ ...row, time: new Date(base + i * 60_000).toISOString() });
  }
}

const actions = (records: AuditRecord[]) => records.map((r) => `${r.actor}:${r.action}`);

describe("audit log", () => {
  it("query without filters: every record, newest first, with all fields", async () => {
    await recordSample();
    const all = await audit.query();
    expect(actions(all)).toEqual([
      "u1:delete",
      "u2:export",
      "u3:update",
      "u1:link",
      "u2:delete",
      "u1:create",
    ]);
    expect(all[0]).toEqual({
      time: "2024-05-01T10:05:00.000Z",
      bot: "b1",
      module: "crm",
      actor: "u1",
      action: "delete",
      target: "post:2",
      details: { n: 1 },
      result: "ok",
    });
  });

  it("query by module, actor and target", async () => {
    await recordSample();
    expect(actions(await audit.query({ module: "erp" }))).toEqual(["u2:export", "u1:link"]);
    expect(actions(await audit.query({ actor: "u1" }))).toEqual(["u1:delete", "u1:link", "u1:create"]);
    expect(actions(await audit.query({ target: "post:1" }))).toEqual(["u2:delete", "u1:create"]);
  });

  it("query with several filters: all must match", async () => {
    await recordSample();
    expect(actions(await audit.query({ module: "crm", actor: "u1" }))).toEqual(["u1:delete", "u1:create"]);
    expect(actions(await audit.query({ actor: "u1", target: "post:2" }))).toEqual(["u1:delete"]);
    expect(await audit.query({ module: "erp", target: "post:1" })).toEqual([]);
  });

  it("query by time: from and to are inclusive, and combine with other filters", async () => {
    await recordSample();
    const window = { from: "2024-05-01T10:01:00.000Z", to: "2024-05-01T10:03:00.000Z" };
    expect(actions(await audit.query(window))).toEqual(["u3:update", "u1:link", "u2:delete"]);
    expect(actions(await audit.query({ ...window, module: "crm" }))).toEqual(["u3:update", "u2:delete"]);
    expect(actions(await audit.query({ from: "2024-05-01T10:04:00Z" }))).toEqual(["u1:delete", "u2:export"]);
    // Another offset, same instant: times are compared as instants, not as text.
    expect(actions(await audit.query({ to: "2024-05-01T12:00:00+02:00" }))).toEqual(["u1:create"]);
  });

  it("limit keeps the newest matches", async () => {
    await recordSample();
    expect(actions(await audit.query({ limit: 2 }))).toEqual(["u1:delete", "u2:export"]);
    expect(actions(await audit.query({ module: "crm", limit: 3 }))).toEqual([
      "u1:delete",
      "u3:update",
      "u2:delete",
    ]);
    expect(await audit.query({ limit: 0 })).toEqual([]);
  });

  it("record: time defaults to now and is normalised to UTC; a bad time is rejected", async () => {
    const before = new Date().toISOString();
    await audit.record({ bot: "b", module: "m", actor: "a", action: "x", result: "ok" });
    await audit.record({
      bot: "b",
      module: "m",
      actor: "a",
      action: "y",
      result: "ok",
      time: "2024-01-01T12:00:00+02:00",
    });
    const [offset, now] = await audit.query();
    expect(offset!.time).toBe("2024-01-01T10:00:00.000Z");
    expect(now!.time >= before && now!.time <= new Date().toISOString()).toBe(true);
    await expect(
      audit.record({ bot: "b", module: "m", actor: "a", action: "z", result: "ok", time: "yesterday" }),
    ).rejects.toThrow(RangeError);
  });

  it("a query reads only the index of its filter, across pages", async () => {
    for (let i = 0; i < 450; i += 1) {
      await audit.record({
        bot: "b",
        module: i % 3 === 0 ? "rare" : "common",
        actor: `u${i}`,
        action: "a",
        result: "ok",
      });
    }
    const rare = await audit.query({ module: "rare", limit: 1000 });
    expect(rare).toHaveLength(150);
    expect(rare[0]!.actor).toBe("u447");
    expect(rare[149]!.actor).toBe("u0");
    expect(await storage.range("audit:module:rare")).toHaveLength(150);
    expect(actions(await audit.query({ actor: "u5" }))).toEqual(["u5:a"]);
    expect(await audit.query({ limit: 5000 })).toHaveLength(450);
  });
});
