/**
 * The twelve content types over HTTP: list shapes, pagination, search, filters, item paths,
 * create/patch/delete, and 422s that name the field in FastAPI's shape.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_TYPES } from "./contentTypes.js";
import type { TabysApp } from "./tabysBackend.js";
import { call, signIn, testBackend } from "./testKit.js";

let backend: TabysApp;
let jwt: string;
beforeAll(async () => {
  backend = await testBackend();
  jwt = await signIn(backend, "administrator");
});
afterAll(() => backend.close());

const get = (url: string) => call(backend, "GET", url, jwt);

const VALID_EVENT = {
  title_ru: "Тестовое событие",
  description_ru: "Описание",
  location: "Караганда",
  category: "culture",
  start_date: "2025-04-01T10:00:00+05:00",
};

describe("list shapes", () => {
  it.each([
    ["/api/v2/events/", "page"],
    ["/api/v2/news/", "page"],
    ["/api/v2/vacancies/", "page"],
    ["/api/v2/certificates/", "page"],
    ["/api/v2/resumes/", "page"],
    ["/api/v2/tech-tasks/", "page"],
    ["/api/v2/admin/volunteers/", "data"],
    ["/api/v2/admin/users/", "data"],
    ["/api/v2/courses/", "array"],
    ["/api/v2/projects/", "array"],
    ["/api/v2/leisure/", "array"],
    ["/api/v2/experts/", "array"],
  ])("%s answers the %s shape, 10 items by default, newest first", async (path, shape) => {
    const body = (await get(path)).json();
    const items = shape === "page" ? body.items : shape === "data" ? body.data : body;
    if (shape === "page")
      expect(Object.keys(body).sort()).toEqual(["items", "page", "page_size", "total", "total_pages"]);
    if (shape === "data") expect(Object.keys(body).sort()).toEqual(["data", "total", "total_pages"]);
    if (shape === "array") expect(Array.isArray(body)).toBe(true);
    expect(items).toHaveLength(10);
    const ids = items.map((item: { id: number }) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(items[0]).toHaveProperty("created_at");
  });

  it("pages: totals, the last partial page, a page past the end", async () => {
    const first = (await get("/api/v2/events/?page=1&page_size=7")).json();
    expect(first).toMatchObject({ total: 32, total_pages: 5, page: 1, page_size: 7 });
    expect(first.items.map((e: { id: number }) => e.id)).toEqual([32, 31, 30, 29, 28, 27, 26]);
    const last = (await get("/api/v2/events/?page=5&page_size=7")).json();
    expect(last.items.map((e: { id: number }) => e.id)).toEqual([4, 3, 2, 1]);
    expect((await get("/api/v2/events/?page=6&page_size=7")).json()).toMatchObject({ items: [], total: 32 });
    expect((await get("/api/v2/admin/volunteers/?page_size=5")).json()).toMatchObject({
      total: 24,
      total_pages: 5,
    });
    expect((await get("/api/v2/courses/?page=2&page_size=15")).json()).toHaveLength(5);
  });

  it("validates page and page_size as FastAPI does", async () => {
    const bad = await get("/api/v2/events/?page=0&page_size=101");
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toEqual([
      {
        loc: ["query", "page"],
        msg: "Input should be greater than or equal to 1",
        type: "greater_than_equal",
      },
      {
        loc: ["query", "page_size"],
        msg: "Input should be less than or equal to 100",
        type: "less_than_equal",
      },
    ]);
    expect((await get("/api/v2/courses/?page=two")).json().detail[0]).toMatchObject({
      loc: ["query", "page"],
      type: "int_parsing",
    });
  });
});

describe("search and filters", () => {
  it("search is a case-insensitive substring of the titles, Cyrillic and Kazakh letters included", async () => {
    const upper = (
      await get(`/api/v2/events/?search=${encodeURIComponent("ТЕМИРТАУ")}&page_size=100`)
    ).json();
    expect(upper.total).toBeGreaterThan(10);
    for (const event of upper.items)
      expect(`${event.title_ru} ${event.title_kz}`.toLowerCase()).toMatch(/темиртау|теміртау/);
    const kazakh = (await get(`/api/v2/events/?search=${encodeURIComponent("ҚАРАҒАНДЫ")}`)).json();
    expect(kazakh.total).toBeGreaterThan(0);
    const special = (await get(`/api/v2/events/?search=${encodeURIComponent("<code&coffee>_")}`)).json();
    expect(special.total).toBe(2);
    expect((await get("/api/v2/events/?search=nothing-like-this")).json()).toMatchObject({
      items: [],
      total: 0,
      total_pages: 0,
    });
  });

  it("search looks in the type's own name fields", async () => {
    const experts = (await get(`/api/v2/experts/?search=${encodeURIComponent("<phd>")}`)).json();
    expect(experts.map((e: { full_name: string }) => e.full_name)).toEqual(["Д-р Сәкен Оспанов <PhD>"]);
    const users = (await get("/api/v2/admin/users/?search=USER12@")).json();
    expect(users.data.map((u: { email: string }) => u.email)).toEqual(["user12@tabys.example"]);
  });

  it.each(
    CONTENT_TYPES.filter((type) => type.filter).map(
      (type) => [type.collectionPath, type.filter!, type] as const,
    ),
  )("%s filters by %s", async (path, filter, type) => {
    const spec = type.fields[filter]!;
    if (spec.kind !== "enum") throw new Error("filters are enums");
    let seen = 0;
    for (const value of spec.values) {
      const body = (await get(`${path}?${filter}=${value}&page_size=100`)).json();
      const items = Array.isArray(body) ? body : (body.items ?? body.data);
      for (const item of items) expect(item[filter]).toBe(value);
      seen += items.length;
    }
    const all = (await get(`${path}?page_size=100`)).json();
    expect(seen).toBe((Array.isArray(all) ? all : (all.items ?? all.data)).length);
    const bad = await get(`${path}?${filter}=nonsense`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail[0]).toMatchObject({ loc: ["query", filter], type: "enum" });
  });

  it("search and filter combine, and the totals follow", async () => {
    const body = (
      await get(`/api/v2/vacancies/?employment_type=remote&search=${encodeURIComponent("smm")}`)
    ).json();
    expect(body.total).toBeGreaterThan(0);
    for (const v of body.items) {
      expect(v.employment_type).toBe("remote");
      expect(`${v.title_ru} ${v.title_kz}`).toContain("SMM");
    }
  });
});

describe("items", () => {
  it("events and news have item paths with a slash, the others without", async () => {
    expect((await get("/api/v2/events/5/")).json()).toMatchObject({ id: 5 });
    expect((await get("/api/v2/news/5/")).json()).toMatchObject({ id: 5 });
    expect((await get("/api/v2/courses/5")).json()).toMatchObject({ id: 5 });
    expect((await get("/api/v2/admin/volunteers/5")).json()).toMatchObject({ id: 5 });
    expect((await get("/api/v2/tech-tasks/5")).json()).toMatchObject({ id: 5 });
    expect((await get("/api/v2/events/5")).statusCode).toBe(404);
  });

  it("an unknown id is 404 Not found; a non-integer id is 422", async () => {
    const missing = await get("/api/v2/vacancies/9999");
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ detail: "Not found" });
    expect((await get("/api/v2/vacancies/abc")).json().detail).toEqual([
      { loc: ["path", "id"], msg: "Input should be a valid integer", type: "int_parsing" },
    ]);
  });

  it("answers every field, null when unset, booleans as booleans, hosted photos as absolute URLs", async () => {
    const event = (await get("/api/v2/events/1/")).json();
    expect(Object.keys(event)).toEqual([
      "id",
      "created_at",
      "title_ru",
      "title_kz",
      "description_ru",
      "description_kz",
      "location",
      "category",
      "start_date",
      "end_date",
      "photo_url",
    ]);
    expect(event.photo_url).toBe("http://localhost:80/media/seed-photo-01.png");
    const user = (await get("/api/v2/admin/users/1")).json();
    expect(typeof user.is_active).toBe("boolean");
  });
});

describe("create, update, delete", () => {
  it("POST creates (201, the item), PATCH changes only what it is given, DELETE removes (204)", async () => {
    const created = await call(backend, "POST", "/api/v2/events/", jwt, VALID_EVENT);
    expect(created.statusCode).toBe(201);
    const event = created.json();
    expect(event).toMatchObject({
      id: 33,
      created_at: "2025-03-10T04:00:00.000Z",
      title_ru: "Тестовое событие",
      title_kz: null,
      start_date: "2025-04-01T05:00:00.000Z",
      end_date: null,
      photo_url: null,
    });
    const patched = await call(backend, "PATCH", "/api/v2/events/33/", jwt, {
      title_kz: "Сынақ іс-шарасы",
      location: "Теміртау",
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toEqual({ ...event, title_kz: "Сынақ іс-шарасы", location: "Теміртау" });
    expect((await get("/api/v2/events/33/")).json()).toEqual(patched.json());
    expect((await get("/api/v2/events/")).json().items[0].id).toBe(33);
    const deleted = await call(backend, "DELETE", "/api/v2/events/33/", jwt);
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe("");
    expect((await get("/api/v2/events/33/")).statusCode).toBe(404);
    expect((await call(backend, "DELETE", "/api/v2/events/33/", jwt)).statusCode).toBe(404);
    expect((await call(backend, "PATCH", "/api/v2/events/33/", jwt, { location: "X" })).statusCode).toBe(404);
  });

  it("a course gets KZT when no currency is given", async () => {
    const course = await call(backend, "POST", "/api/v2/courses/", jwt, {
      title: "Основы SQL",
      description: "SELECT, JOIN и индексы",
      language: "ru",
      duration: 600,
      price: 0,
      level: "beginner",
    });
    expect(course.statusCode).toBe(201);
    expect(course.json()).toMatchObject({ currency: "KZT", duration: 600 });
  });

  it("a user's is_active goes in and out as a boolean", async () => {
    const created = await call(backend, "POST", "/api/v2/admin/users/", jwt, {
      full_name: "Жаңа Қолданушы",
      email: "new@tabys.example",
      role: "client",
      is_active: false,
    });
    expect(created.json()).toMatchObject({ is_active: false });
    const patched = await call(backend, "PATCH", `/api/v2/admin/users/${created.json().id}`, jwt, {
      is_active: true,
    });
    expect(patched.json()).toMatchObject({ is_active: true });
  });
});

describe("422: one entry per field, naming it", () => {
  const post = (path: string, body: unknown) => call(backend, "POST", path, jwt, body);

  it("a missing title pair, a bad enum, a bad date", async () => {
    const response = await post("/api/v2/events/", {
      description_ru: "Описание",
      location: "Караганда",
      category: "party",
      start_date: "01.04.2025",
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toEqual([
      {
        loc: ["body", "category"],
        msg: "Input should be 'education', 'culture', 'sport', 'volunteering' or 'business'",
        type: "enum",
      },
      { loc: ["body", "start_date"], msg: "Input should be a valid ISO 8601 date-time", type: "date_format" },
    ]);
    const noTitle = await post("/api/v2/events/", { ...VALID_EVENT, title_ru: undefined });
    expect(noTitle.json().detail).toEqual([
      { loc: ["body", "title_ru"], msg: "Either title_ru or title_kz must be filled", type: "missing" },
    ]);
  });

  it("an end before its start", async () => {
    const response = await post("/api/v2/events/", { ...VALID_EVENT, end_date: "2025-04-01T09:00:00+05:00" });
    expect(response.json().detail).toEqual([
      { loc: ["body", "end_date"], msg: "end_date must not be before start_date", type: "date_order" },
    ]);
    const patched = await call(backend, "PATCH", "/api/v2/events/1/", jwt, {
      end_date: "2000-01-01T00:00:00Z",
    });
    expect(patched.json().detail[0].type).toBe("date_order");
  });

  it("text limits, integers, URLs, unknown fields, required fields", async () => {
    const response = await post("/api/v2/vacancies/", {
      title_ru: "ab",
      description_kz: "x".repeat(5001),
      company: "",
      salary: -1,
      employment_type: "full_time",
      deadline: "2025-02-30",
      company_logo: "ftp://logo",
      bonus: true,
    });
    const detail = response.json().detail;
    expect(detail).toEqual([
      {
        loc: ["body", "title_ru"],
        msg: "String should have at least 3 characters",
        type: "string_too_short",
      },
      {
        loc: ["body", "description_kz"],
        msg: "String should have at most 5000 characters",
        type: "string_too_long",
      },
      { loc: ["body", "company"], msg: "String should have at least 1 characters", type: "string_too_short" },
      { loc: ["body", "location"], msg: "Field required", type: "missing" },
      {
        loc: ["body", "salary"],
        msg: "Input should be greater than or equal to 0",
        type: "greater_than_equal",
      },
      {
        loc: ["body", "deadline"],
        msg: "Input should be a valid ISO 8601 date (YYYY-MM-DD)",
        type: "date_format",
      },
      { loc: ["body", "company_logo"], msg: "Input should be a valid http(s) URL", type: "url" },
      { loc: ["body", "bonus"], msg: "Extra inputs are not permitted", type: "extra_forbidden" },
    ]);
    const course = await post("/api/v2/courses/", {
      title: "Курс",
      description: "",
      language: "ru",
      duration: 1.5,
      price: "free",
      level: "expert",
    });
    expect(course.json().detail.map((d: { loc: string[]; type: string }) => [d.loc[1], d.type])).toEqual([
      ["duration", "int_parsing"],
      ["price", "int_parsing"],
      ["level", "enum"],
    ]);
  });

  it("PATCH may not empty a required field nor both of a pair", async () => {
    expect((await call(backend, "PATCH", "/api/v2/courses/1", jwt, { title: null })).json().detail).toEqual([
      { loc: ["body", "title"], msg: "Field required", type: "missing" },
    ]);
    const event = (await get("/api/v2/events/2/")).json();
    const emptied = await call(backend, "PATCH", "/api/v2/events/2/", jwt, {
      title_ru: null,
      title_kz: null,
    });
    expect(emptied.json().detail).toEqual([
      { loc: ["body", "title_ru"], msg: "Either title_ru or title_kz must be filled", type: "missing" },
    ]);
    expect((await get("/api/v2/events/2/")).json()).toEqual(event);
  });

  it("a body that is not a JSON object", async () => {
    expect((await post("/api/v2/projects/", [1, 2])).json().detail[0]).toMatchObject({ loc: ["body"] });
    expect((await call(backend, "POST", "/api/v2/projects/", jwt)).json().detail).toEqual([
      { loc: ["body"], msg: "Field required", type: "missing" },
    ]);
  });
});
