/**
 * The Tabys RBAC table, every cell: 7 roles × 12 modules × 4 operations, written out as the
 * research note's table says it (r = read, c = create, u = update, d = delete).
 */
import { describe, expect, it } from "vitest";
import {
  ADMIN_PANEL,
  CRM_MODULES,
  CRM_ROLES,
  type CrmModule,
  can,
  OPERATIONS,
  ROLES,
  type Role,
  readableModules,
} from "./rbac.js";

const NONE = "----";
const FULL = "rcud";
const READ = "r---";

/** Role → module → the operations allowed, spelled out cell by cell. */
const EXPECTED: Record<Role, Record<CrmModule, string>> = {
  client: {
    events: NONE,
    news: NONE,
    vacancies: NONE,
    courses: NONE,
    projects: NONE,
    leisure: NONE,
    volunteers: NONE,
    users: NONE,
    certificates: NONE,
    experts: NONE,
    resumes: NONE,
    tech_tasks: NONE,
  },
  volunteer_admin: {
    events: NONE,
    news: NONE,
    vacancies: NONE,
    courses: NONE,
    projects: NONE,
    leisure: NONE,
    volunteers: FULL,
    users: NONE,
    certificates: NONE,
    experts: NONE,
    resumes: NONE,
    tech_tasks: NONE,
  },
  msb: {
    events: NONE,
    news: NONE,
    vacancies: FULL,
    courses: NONE,
    projects: NONE,
    leisure: FULL,
    volunteers: NONE,
    users: NONE,
    certificates: NONE,
    experts: NONE,
    resumes: NONE,
    tech_tasks: NONE,
  },
  npo: {
    events: FULL,
    news: NONE,
    vacancies: NONE,
    courses: NONE,
    projects: FULL,
    leisure: NONE,
    volunteers: NONE,
    users: NONE,
    certificates: NONE,
    experts: NONE,
    resumes: NONE,
    tech_tasks: NONE,
  },
  government: {
    events: READ,
    news: READ,
    vacancies: READ,
    courses: READ,
    projects: READ,
    leisure: READ,
    volunteers: READ,
    users: READ,
    certificates: READ,
    experts: READ,
    resumes: READ,
    tech_tasks: READ,
  },
  administrator: {
    events: FULL,
    news: FULL,
    vacancies: FULL,
    courses: FULL,
    projects: FULL,
    leisure: FULL,
    volunteers: FULL,
    users: FULL,
    certificates: FULL,
    experts: FULL,
    resumes: FULL,
    tech_tasks: FULL,
  },
  super_admin: {
    events: FULL,
    news: FULL,
    vacancies: FULL,
    courses: FULL,
    projects: FULL,
    leisure: FULL,
    volunteers: FULL,
    users: FULL,
    certificates: FULL,
    experts: FULL,
    resumes: FULL,
    tech_tasks: FULL,
  },
};

/** The cell as the table computes it: `rcud` with a dash for each operation refused. */
const cell = (role: Role, module: CrmModule) =>
  OPERATIONS.map((op, i) => (can(role, module, op) ? FULL[i] : "-")).join("");

describe("crm RBAC table", () => {
  it("has the seven roles, twelve modules and four operations of the backend", () => {
    expect(ROLES).toHaveLength(7);
    expect(CRM_MODULES).toHaveLength(12);
    expect(OPERATIONS).toEqual(["read", "create", "update", "delete"]);
  });

  it.each(ROLES)("%s: every module and operation is exactly as the backend's table", (role) => {
    const actual = Object.fromEntries(CRM_MODULES.map((module) => [module, cell(role, module)]));
    expect(actual).toEqual(EXPECTED[role]);
  });

  it("all 336 cells: the allowed count per role", () => {
    const allowed = (role: Role) =>
      CRM_MODULES.flatMap((m) => OPERATIONS.filter((op) => can(role, m, op))).length;
    expect(Object.fromEntries(ROLES.map((r) => [r, allowed(r)]))).toEqual({
      client: 0,
      volunteer_admin: 4,
      msb: 8,
      npo: 8,
      government: 12,
      administrator: 48,
      super_admin: 48,
    });
  });

  it("only super_admin has the admin panel", () => {
    expect(ROLES.filter((role) => CRM_ROLES[role].includes(ADMIN_PANEL))).toEqual(["super_admin"]);
  });

  it("readable modules come in menu order", () => {
    expect(readableModules("client")).toEqual([]);
    expect(readableModules("volunteer_admin")).toEqual(["volunteers"]);
    expect(readableModules("msb")).toEqual(["vacancies", "leisure"]);
    expect(readableModules("npo")).toEqual(["events", "projects"]);
    expect(readableModules("government")).toEqual([...CRM_MODULES]);
  });

  it("an unknown role, no role, or a role named like an Object member may do nothing", () => {
    for (const role of ["guest", undefined, "constructor", "toString", "SUPER_ADMIN"]) {
      expect(CRM_MODULES.some((m) => OPERATIONS.some((op) => can(role, m, op)))).toBe(false);
    }
  });
});
