/** RBAC over HTTP: each role against the research note's table, on reads, writes, uploads and analytics. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Action, can, MODULES, type Module, PERMISSIONS, ROLES, type Role } from "./rbac.js";
import type { TabysApp } from "./tabysBackend.js";
import { call, signIn, telegramLogin, testBackend } from "./testKit.js";

let backend: TabysApp;
const jwts = {} as Record<Role, string>;
beforeAll(async () => {
  backend = await testBackend();
  for (const role of ROLES) jwts[role] = await signIn(backend, role);
});
afterAll(() => backend.close());

const NEW_VACANCY = {
  title_ru: "Стажёр-аналитик",
  description_ru: "Работа с данными",
  company: "ТОО «Тест»",
  location: "Караганда",
  employment_type: "internship",
};
const NEW_EVENT = {
  title_kz: "Жаңа іс-шара",
  description_kz: "Сипаттама",
  location: "Қарағанды",
  category: "sport",
  start_date: "2025-05-01T10:00:00Z",
};
const FORBIDDEN = { detail: "Not enough permissions" };

describe("the table", () => {
  it("is the research note's", () => {
    expect(PERMISSIONS.client).toEqual({});
    expect(Object.keys(PERMISSIONS.volunteer_admin)).toEqual(["volunteers"]);
    expect(Object.keys(PERMISSIONS.msb).sort()).toEqual(["leisure", "vacancies"]);
    expect(Object.keys(PERMISSIONS.npo).sort()).toEqual(["events", "projects"]);
    for (const module of MODULES) {
      expect(PERMISSIONS.government[module]).toEqual(["read"]);
      expect(PERMISSIONS.administrator[module]).toEqual(["read", "create", "update", "delete"]);
      expect(PERMISSIONS.super_admin[module]).toEqual(["read", "create", "update", "delete"]);
    }
  });
});

describe("over HTTP", () => {
  it.each(ROLES)("%s reads exactly the modules the table gives it", async (role) => {
    const samples: Array<[string, Module]> = [
      ["/api/v2/events/", "events"],
      ["/api/v2/admin/volunteers/", "volunteers"],
      ["/api/v2/vacancies/", "vacancies"],
      ["/api/v2/tech-tasks/", "tech_tasks"],
    ];
    for (const [path, module] of samples) {
      const response = await call(backend, "GET", path, jwts[role]);
      expect([path, response.statusCode]).toEqual([path, can(role, module, "read") ? 200 : 403]);
      if (response.statusCode === 403) expect(response.json()).toEqual(FORBIDDEN);
    }
  });

  it("government reads everything and writes nothing", async () => {
    const jwt = jwts.government;
    expect((await call(backend, "GET", "/api/v2/admin/users/3", jwt)).statusCode).toBe(200);
    expect((await call(backend, "POST", "/api/v2/vacancies/", jwt, NEW_VACANCY)).statusCode).toBe(403);
    expect((await call(backend, "PATCH", "/api/v2/vacancies/1", jwt, { salary: 1 })).statusCode).toBe(403);
    expect((await call(backend, "DELETE", "/api/v2/vacancies/1", jwt)).statusCode).toBe(403);
    expect((await call(backend, "DELETE", "/api/v2/events/1/", jwt)).statusCode).toBe(403);
    expect((await call(backend, "GET", "/api/v2/vacancies/1", jwt)).json()).toMatchObject({ id: 1 });
  });

  it("msb creates vacancies but not events; npo the other way round", async () => {
    expect((await call(backend, "POST", "/api/v2/vacancies/", jwts.msb, NEW_VACANCY)).statusCode).toBe(201);
    expect((await call(backend, "POST", "/api/v2/events/", jwts.msb, NEW_EVENT)).statusCode).toBe(403);
    expect((await call(backend, "POST", "/api/v2/events/", jwts.npo, NEW_EVENT)).statusCode).toBe(201);
    expect((await call(backend, "POST", "/api/v2/vacancies/", jwts.npo, NEW_VACANCY)).statusCode).toBe(403);
  });

  it("volunteer_admin manages volunteers only", async () => {
    const jwt = jwts.volunteer_admin;
    const created = await call(backend, "POST", "/api/v2/admin/volunteers/", jwt, {
      full_name: "Ержан Сапаров",
      city: "Балхаш",
      status: "pending",
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (await call(backend, "PATCH", `/api/v2/admin/volunteers/${id}`, jwt, { status: "active" })).json(),
    ).toMatchObject({
      status: "active",
    });
    expect((await call(backend, "DELETE", `/api/v2/admin/volunteers/${id}`, jwt)).statusCode).toBe(204);
    expect((await call(backend, "GET", "/api/v2/admin/users/", jwt)).statusCode).toBe(403);
  });

  it("client may do nothing, whatever the action", async () => {
    const jwt = jwts.client;
    const attempts: Array<[string, string, unknown?]> = [
      ["GET", "/api/v2/events/"],
      ["GET", "/api/v2/courses/1"],
      ["POST", "/api/v2/vacancies/", NEW_VACANCY],
      ["PATCH", "/api/v2/admin/volunteers/1", { status: "active" }],
      ["DELETE", "/api/v2/projects/1"],
      ["GET", "/api/v2/analytics/"],
    ];
    for (const [method, url, body] of attempts) {
      const response = await call(backend, method as "GET", url, jwt, body);
      expect([method, url, response.statusCode]).toEqual([method, url, 403]);
    }
  });

  it("checks the role before the body: a forbidden write with a bad body is 403, not 422", async () => {
    expect(
      (await call(backend, "POST", "/api/v2/events/", jwts.government, { nonsense: 1 })).statusCode,
    ).toBe(403);
    expect((await call(backend, "POST", "/api/v2/events/", undefined, { nonsense: 1 })).statusCode).toBe(401);
  });

  it("a Telegram session's JWT carries the same rights", async () => {
    const { access_token } = await telegramLogin(backend, "msb", "4242");
    expect((await call(backend, "GET", "/api/v2/leisure/", access_token)).statusCode).toBe(200);
    expect((await call(backend, "GET", "/api/v2/news/", access_token)).statusCode).toBe(403);
  });

  it("every role and action agrees with `can` on one module of each kind", async () => {
    const actions: Array<[Action, string, string, unknown?]> = [
      ["read", "GET", "/api/v2/resumes/1"],
      ["update", "PATCH", "/api/v2/resumes/1", { status: "reviewed" }],
    ];
    for (const role of ROLES) {
      for (const [action, method, url, body] of actions) {
        const status = (await call(backend, method as "GET", url, jwts[role], body)).statusCode;
        expect([role, action, status]).toEqual([role, action, can(role, "resumes", action) ? 200 : 403]);
      }
    }
  });
});

describe("analytics", () => {
  it("counts every module and the active Telegram sessions, for every role but client", async () => {
    const before = (await call(backend, "GET", "/api/v2/analytics/", jwts.volunteer_admin)).json();
    expect(Object.keys(before)).toEqual([...MODULES, "active_sessions"]);
    await call(backend, "POST", "/api/v2/vacancies/", jwts.msb, NEW_VACANCY);
    await telegramLogin(backend, "npo", "5151");
    const after = (await call(backend, "GET", "/api/v2/analytics/", jwts.government)).json();
    expect(after.vacancies).toBe(before.vacancies + 1);
    expect(after.active_sessions).toBe(before.active_sessions + 1);
    expect(after.events).toBe(before.events);
  });
});
