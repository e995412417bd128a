/**
 * The twelve content types as data: where each lives, how its list answers, which field filters
 * it, which fields search looks in, and every field with its validation. The routes, the request
 * schemas and the analytics are generated from this table (README "Content" is its prose twin).
 * Each type's table has the same name as its RBAC module (`db/migrations/002_content.ts`).
 */
import { type Module, ROLES } from "./rbac.js";

export type FieldSpec =
  | { kind: "text"; min?: number; max: number; optional?: true }
  | { kind: "enum"; values: readonly [string, ...string[]]; optional?: true; default?: string }
  | { kind: "int"; min: number; max?: number; optional?: true }
  | { kind: "datetime"; optional?: true }
  | { kind: "date"; optional?: true }
  /** `media`: an image this backend may host; stored origin-free, answered with the caller's origin. */
  | { kind: "url"; optional?: true; media?: true }
  | { kind: "email"; optional?: true }
  | { kind: "bool" };

/** `page`: `{items, total, total_pages, page, page_size}`; `data`: `{data, total, total_pages}`; `array`: bare. */
export type ListShape = "page" | "data" | "array";

export interface ContentType {
  module: Module;
  /** With its trailing slash, e.g. `/api/v2/events/`. */
  collectionPath: string;
  /** Whether the item path ends with a slash (`/api/v2/events/7/` vs `/api/v2/courses/7`). */
  itemSlash: boolean;
  listShape: ListShape;
  /** The enum field a list can be filtered by (`?category=sport`). */
  filter?: string;
  /** Fields a `?search=` looks in (case-insensitive substring). */
  search: readonly string[];
  fields: Readonly<Record<string, FieldSpec>>;
  /** `*_ru`/`*_kz` pairs: at least one of the two must be filled. */
  pairs: ReadonlyArray<readonly [ru: string, kz: string]>;
  /** `[start, end]`: when both are set, end must not be before start. */
  order?: readonly [start: string, end: string];
}

/** Titles and names: 3..200 characters. */
const TITLE = { kind: "text", min: 3, max: 200 } as const;
const PAIRED_TITLE = { ...TITLE, optional: true } as const;
/** Descriptions, content and bios: up to 5000. */
const PAIRED_LONG = { kind: "text", max: 5000, optional: true } as const;
/** Other short texts (location, company, city, …): 1..200. */
const SHORT = { kind: "text", min: 1, max: 200 } as const;
const OPTIONAL_SHORT = { ...SHORT, optional: true } as const;
const enumOf = (...values: [string, ...string[]]) => ({ kind: "enum", values }) as const;
const MEDIA = { kind: "url", optional: true, media: true } as const;

const titled = { title_ru: PAIRED_TITLE, title_kz: PAIRED_TITLE } as const;
const described = { description_ru: PAIRED_LONG, description_kz: PAIRED_LONG } as const;
const TITLE_PAIR = ["title_ru", "title_kz"] as const;
const DESCRIPTION_PAIR = ["description_ru", "description_kz"] as const;
const TITLE_SEARCH = ["title_ru", "title_kz"] as const;

export const CONTENT_TYPES: readonly ContentType[] = [
  {
    module: "events",
    collectionPath: "/api/v2/events/",
    itemSlash: true,
    listShape: "page",
    filter: "category",
    search: TITLE_SEARCH,
    fields: {
      ...titled,
      ...described,
      location: SHORT,
      category: enumOf("education", "culture", "sport", "volunteering", "business"),
      start_date: { kind: "datetime" },
      end_date: { kind: "datetime", optional: true },
      photo_url: MEDIA,
    },
    pairs: [TITLE_PAIR, DESCRIPTION_PAIR],
    order: ["start_date", "end_date"],
  },
  {
    module: "news",
    collectionPath: "/api/v2/news/",
    itemSlash: true,
    listShape: "page",
    filter: "category",
    search: TITLE_SEARCH,
    fields: {
      ...titled,
      content_ru: PAIRED_LONG,
      content_kz: PAIRED_LONG,
      category: enumOf("announcement", "report", "interview", "grant"),
      source: OPTIONAL_SHORT,
      published_at: { kind: "datetime" },
      photo_url: MEDIA,
      url: { kind: "url", optional: true },
    },
    pairs: [TITLE_PAIR, ["content_ru", "content_kz"]],
  },
  {
    module: "vacancies",
    collectionPath: "/api/v2/vacancies/",
    itemSlash: false,
    listShape: "page",
    filter: "employment_type",
    search: TITLE_SEARCH,
    fields: {
      ...titled,
      ...described,
      company: SHORT,
      location: SHORT,
      salary: { kind: "int", min: 0, optional: true },
      employment_type: enumOf("full_time", "part_time", "internship", "remote"),
      experience: OPTIONAL_SHORT,
      deadline: { kind: "date", optional: true },
      company_logo: MEDIA,
    },
    pairs: [TITLE_PAIR, DESCRIPTION_PAIR],
  },
  {
    module: "courses",
    collectionPath: "/api/v2/courses/",
    itemSlash: false,
    listShape: "array",
    filter: "level",
    search: ["title"],
    fields: {
      title: TITLE,
      description: { kind: "text", max: 5000 },
      language: enumOf("ru", "kz", "en"),
      duration: { kind: "int", min: 1, max: 10_000 },
      price: { kind: "int", min: 0 },
      currency: { ...enumOf("KZT"), default: "KZT" },
      level: enumOf("beginner", "intermediate", "advanced"),
    },
    pairs: [],
  },
  {
    module: "projects",
    collectionPath: "/api/v2/projects/",
    itemSlash: false,
    listShape: "array",
    filter: "status",
    search: TITLE_SEARCH,
    fields: { ...titled, ...described, status: enumOf("draft", "active", "completed", "archived") },
    pairs: [TITLE_PAIR, DESCRIPTION_PAIR],
  },
  {
    module: "leisure",
    collectionPath: "/api/v2/leisure/",
    itemSlash: false,
    listShape: "array",
    filter: "category",
    search: TITLE_SEARCH,
    fields: {
      ...titled,
      ...described,
      location: SHORT,
      category: enumOf("sport", "culture", "nature", "games"),
      price: { kind: "int", min: 0, optional: true },
    },
    pairs: [TITLE_PAIR, DESCRIPTION_PAIR],
  },
  {
    module: "experts",
    collectionPath: "/api/v2/experts/",
    itemSlash: false,
    listShape: "array",
    search: ["full_name"],
    fields: {
      full_name: TITLE,
      specialization: SHORT,
      bio_ru: PAIRED_LONG,
      bio_kz: PAIRED_LONG,
      email: { kind: "email", optional: true },
    },
    pairs: [["bio_ru", "bio_kz"]],
  },
  {
    module: "volunteers",
    collectionPath: "/api/v2/admin/volunteers/",
    itemSlash: false,
    listShape: "data",
    filter: "status",
    search: ["full_name"],
    fields: {
      full_name: TITLE,
      phone: { kind: "text", min: 5, max: 32, optional: true },
      city: SHORT,
      status: enumOf("pending", "active", "blocked"),
    },
    pairs: [],
  },
  {
    module: "users",
    collectionPath: "/api/v2/admin/users/",
    itemSlash: false,
    listShape: "data",
    filter: "role",
    search: ["full_name", "email"],
    fields: {
      full_name: TITLE,
      email: { kind: "email" },
      role: enumOf(...ROLES),
      is_active: { kind: "bool" },
    },
    pairs: [],
  },
  {
    module: "certificates",
    collectionPath: "/api/v2/certificates/",
    itemSlash: false,
    listShape: "page",
    filter: "status",
    search: [...TITLE_SEARCH, "holder_name"],
    fields: {
      ...titled,
      holder_name: TITLE,
      issued_at: { kind: "date" },
      status: enumOf("issued", "revoked"),
    },
    pairs: [TITLE_PAIR],
  },
  {
    module: "resumes",
    collectionPath: "/api/v2/resumes/",
    itemSlash: false,
    listShape: "page",
    filter: "status",
    search: ["full_name"],
    fields: {
      full_name: TITLE,
      position: SHORT,
      experience_years: { kind: "int", min: 0, max: 60 },
      skills: { kind: "text", min: 1, max: 1000 },
      status: enumOf("new", "reviewed", "invited", "rejected"),
    },
    pairs: [],
  },
  {
    module: "tech_tasks",
    collectionPath: "/api/v2/tech-tasks/",
    itemSlash: false,
    listShape: "page",
    filter: "status",
    search: TITLE_SEARCH,
    fields: {
      ...titled,
      ...described,
      budget: { kind: "int", min: 0, optional: true },
      deadline: { kind: "date", optional: true },
      status: enumOf("open", "in_progress", "done"),
    },
    pairs: [TITLE_PAIR, DESCRIPTION_PAIR],
  },
];
