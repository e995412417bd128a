/**
 * The action log on both databases: the seed's log_action body, filters by group, member, admin,
 * action and time, paging (newest first), and its validation.
 */
import { expect, it } from "vitest";
import { call, dataOf, describeContract, TEST_NOW, testDatabases } from "./testKit.js";

const databases = await testDatabases();
const LOG = "/api/v2/logs/actions";
const MINUTE = 60_000;

interface LogPage {
  items: Array<{ id: number; action: string; group_id: number; user_id: number | null; at: string }>;
  page: number;
  page_size: number;
  total: number;
  total_pages: number;
}

describeContract(databases, "action log", (backend) => {
  const log = (body: object) => call(backend(), "POST", LOG, { body });
  const query = (search: string) => dataOf<LogPage>(call(backend(), "GET", `${LOG}?${search}`));

  /** Eight entries, one a minute: two groups, three members, two admins. */
  async function seedLog(): Promise<void> {
    const rows: Array<[group: number, user: number, admin: number, action: string]> = [
      [-1001, 10, 1, "delete_message"],
      [-1001, 11, 1, "flood"],
      [-1001, 10, 2, "lock_url"],
      [-1002, 12, 2, "captcha_failed"],
      [-1001, 11, 1, "delete_message"],
      [-1002, 10, 1, "flood"],
      [-1001, 12, 2, "delete_message"],
      [-1001, 10, 1, "lock_url"],
    ];
    for (const [index, [group_id, user_id, admin_id, action]] of rows.entries()) {
      const at = new Date(TEST_NOW - (rows.length - index) * MINUTE).toISOString();
      await dataOf(log({ group_id, user_id, admin_id, action, timestamp: at }));
    }
  }

  it("takes the seed's log_action body and answers 201 with the entry", async () => {
    const response = await log({
      group_id: 987654321,
      user_id: 123456789,
      admin_id: 111111111,
      action: "mute",
      details: "User was spamming",
      timestamp: "2026-01-19T09:59:00.5",
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      success: true,
      message: "✅ Action logged",
      error: null,
      data: {
        id: expect.any(Number),
        group_id: 987654321,
        user_id: 123456789,
        admin_id: 111111111,
        action: "mute",
        details: "User was spamming",
        duration: null,
        until: null,
        source: "bot",
        at: "2026-01-19T09:59:00.500Z",
      },
    });
  });

  it("filters by group, member, admin and action, and combines them", async () => {
    await seedLog();
    expect((await query("group_id=-1002")).total).toBe(2);
    expect((await query("user_id=10")).total).toBe(4);
    expect((await query("admin_id=2")).total).toBe(3);
    expect((await query("action=delete_message")).total).toBe(3);
    const combined = await query("group_id=-1001&user_id=10&admin_id=1");
    expect(combined.items.map((entry) => entry.action)).toEqual(["lock_url", "delete_message"]);
  });

  it("from is inclusive, to exclusive", async () => {
    await seedLog();
    const from = new Date(TEST_NOW - 5 * MINUTE).toISOString();
    const to = new Date(TEST_NOW - 2 * MINUTE).toISOString();
    const page = await query(`from=${from}&to=${to}`);
    expect(page.items.map((entry) => entry.at)).toEqual([
      new Date(TEST_NOW - 3 * MINUTE).toISOString(),
      new Date(TEST_NOW - 4 * MINUTE).toISOString(),
      new Date(TEST_NOW - 5 * MINUTE).toISOString(),
    ]);
  });

  it("pages newest first; a page past the end is empty", async () => {
    await seedLog();
    const first = await query("page_size=3");
    expect(first).toMatchObject({ page: 1, page_size: 3, total: 8, total_pages: 3 });
    expect(first.items.map((entry) => entry.at)).toEqual(
      [1, 2, 3].map((m) => new Date(TEST_NOW - m * MINUTE).toISOString()),
    );
    const last = await query("page_size=3&page=3");
    expect(last.items).toHaveLength(2);
    const seen = [...first.items, ...(await query("page_size=3&page=2")).items, ...last.items].map(
      (e) => e.id,
    );
    expect(new Set(seen).size).toBe(8);
    expect((await query("page_size=3&page=4")).items).toEqual([]);
    expect(await query("")).toMatchObject({ page: 1, page_size: 20, total: 8, total_pages: 1 });
  });

  it("validates the body and the query, naming the fields", async () => {
    const bad = await log({ group_id: 0, action: "Not An Action", duration: 5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().data.issues).toEqual([
      { field: "group_id", message: "must not be 0" },
      { field: "action", message: "must be lower-case letters, digits and _ (at most 64)" },
      { field: "duration", message: "must be at least 30 seconds" },
    ]);
    expect((await log({ action: "flood" })).json().error).toBe("group_id: is required");
    const query = await call(backend(), "GET", `${LOG}?page=0&page_size=101&user_id=x&from=soon&colour=red`);
    expect(query.statusCode).toBe(400);
    expect(query.json().data.issues.map((issue: { field: string }) => issue.field)).toEqual([
      "user_id",
      "from",
      "page",
      "page_size",
      "colour",
    ]);
    const range = await call(backend(), "GET", `${LOG}?from=2026-01-19T10:00:00Z&to=2026-01-19T09:00:00Z`);
    expect(range.json().error).toBe("to: must be after from");
  });

  it("an empty log is an empty page", async () => {
    expect(await query("group_id=-1")).toEqual({
      items: [],
      page: 1,
      page_size: 20,
      total: 0,
      total_pages: 0,
    });
  });
});
