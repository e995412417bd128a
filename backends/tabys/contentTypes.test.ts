/** The content types' declarations agree with the tables migration 002 created, and with the contract's paths. */
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { CONTENT_TYPES } from "./contentTypes.js";
import { openDatabase } from "./db/openDatabase.js";
import { MODULES } from "./rbac.js";

describe("content types", () => {
  it("are the twelve RBAC modules, once each", () => {
    expect(CONTENT_TYPES.map((type) => type.module).sort()).toEqual([...MODULES].sort());
  });

  it("each have a table with exactly their fields, id and created_at", async () => {
    const tabys = await openDatabase();
    try {
      for (const type of CONTENT_TYPES) {
        const columns = await sql<{
          name: string;
        }>`SELECT name FROM pragma_table_info(${type.module})`.execute(tabys.db);
        expect([type.module, columns.rows.map((c) => c.name).sort()]).toEqual([
          type.module,
          ["id", "created_at", ...Object.keys(type.fields)].sort(),
        ]);
      }
    } finally {
      await tabys.close();
    }
  });

  it("filter by an enum field and search in text fields they have", () => {
    for (const type of CONTENT_TYPES) {
      if (type.filter) expect(type.fields[type.filter]?.kind).toBe("enum");
      for (const field of type.search) expect(["text", "email"]).toContain(type.fields[field]?.kind);
      for (const pair of type.pairs) for (const field of pair) expect(type.fields[field]).toBeDefined();
    }
  });

  it("live under the contract's paths", () => {
    expect(
      Object.fromEntries(
        CONTENT_TYPES.map((t) => [t.module, `${t.collectionPath}{id}${t.itemSlash ? "/" : ""}`]),
      ),
    ).toEqual({
      events: "/api/v2/events/{id}/",
      news: "/api/v2/news/{id}/",
      vacancies: "/api/v2/vacancies/{id}",
      courses: "/api/v2/courses/{id}",
      projects: "/api/v2/projects/{id}",
      leisure: "/api/v2/leisure/{id}",
      experts: "/api/v2/experts/{id}",
      volunteers: "/api/v2/admin/volunteers/{id}",
      users: "/api/v2/admin/users/{id}",
      certificates: "/api/v2/certificates/{id}",
      resumes: "/api/v2/resumes/{id}",
      tech_tasks: "/api/v2/tech-tasks/{id}",
    });
  });
});
