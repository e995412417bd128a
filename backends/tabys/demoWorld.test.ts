/**
 * The seeded demo world: enough items of each type, long descriptions, one-language items,
 * names a bot must escape, photos that load, every item valid by its own type's rules, and the
 * same world for the same first-start instant.
 */
import { describe, expect, it } from "vitest";
import { createSchema, crossFieldErrors } from "./contentSchemas.js";
import { apiItem } from "./contentStore.js";
import { CONTENT_TYPES } from "./contentTypes.js";
import type { Module } from "./rbac.js";
import { demoContent, demoImages } from "./seed/seedDatabase.js";
import { DAY } from "./seed/seedKit.js";
import { TEST_NOW } from "./testKit.js";

const ctx = { day: Math.floor(TEST_NOW / DAY) * DAY };
const content = demoContent(ctx);
const ORIGIN = "http://127.0.0.1:9";
const texts = (module: Module) =>
  content[module].flatMap((row) => Object.values(row).filter((v) => typeof v === "string"));

describe("the demo content", () => {
  it("has 24-40 events, news and vacancies, and 15+ of every other type", () => {
    for (const module of ["events", "news", "vacancies"] as const) {
      expect(content[module].length).toBeGreaterThanOrEqual(24);
      expect(content[module].length).toBeLessThanOrEqual(40);
    }
    for (const type of CONTENT_TYPES)
      expect([type.module, content[type.module].length >= 15]).toEqual([type.module, true]);
  });

  it("has descriptions longer than a photo caption (> 1500 characters) where the bot shows photos", () => {
    const long = (module: Module, field: string) =>
      content[module].filter((row) => String(row[field] ?? "").length > 1500).length;
    expect(long("events", "description_ru")).toBeGreaterThanOrEqual(3);
    expect(long("events", "description_kz")).toBeGreaterThanOrEqual(3);
    expect(long("news", "content_ru")).toBeGreaterThanOrEqual(3);
    expect(long("vacancies", "description_ru")).toBeGreaterThanOrEqual(2);
    expect(long("courses", "description")).toBeGreaterThanOrEqual(2);
  });

  it("has items with only a Russian or only a Kazakh title", () => {
    for (const module of ["events", "news", "vacancies", "projects"] as const) {
      expect(content[module].some((row) => row.title_ru && !row.title_kz)).toBe(true);
      expect(content[module].some((row) => !row.title_ru && row.title_kz)).toBe(true);
    }
  });

  it("has names with <, & and _ in them", () => {
    const all = CONTENT_TYPES.flatMap((type) => texts(type.module)).join("\n");
    expect(all).toContain("<Code&Coffee>_");
    expect(texts("vacancies")).toContain("ИП «Кофейня <Bean&Leaf>»");
    expect(texts("volunteers").some((t) => t.includes("_"))).toBe(true);
  });

  it("has photos on events and news, logos on vacancies, all of them seeded images", () => {
    const images = demoImages();
    const photos = [
      ...content.events.map((row) => row.photo_url),
      ...content.news.map((row) => row.photo_url),
      ...content.vacancies.map((row) => row.company_logo),
    ].filter((url): url is string => typeof url === "string");
    expect(photos.length).toBeGreaterThan(30);
    for (const url of photos) expect(images.has(url.replace("/media/", ""))).toBe(true);
    expect(content.events.some((row) => row.photo_url === null)).toBe(true);
  });

  it.each(CONTENT_TYPES)("every seeded $module item passes its own type's validation", (type) => {
    const schema = createSchema(type);
    for (const row of content[type.module]) {
      const { id: _id, created_at: _created, ...values } = apiItem(type, { id: 1, ...row }, ORIGIN);
      const parsed = schema.safeParse(
        Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)),
      );
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(crossFieldErrors(type, values)).toEqual([]);
    }
  });

  it("is a pure function of the first start's day, and dated around it", () => {
    expect(demoContent(ctx)).toEqual(content);
    expect(demoContent({ day: ctx.day + DAY }).events[0]!.start_date).not.toBe(content.events[0]!.start_date);
    const starts = content.events.map((row) => Date.parse(String(row.start_date)));
    expect(starts.some((t) => t < TEST_NOW)).toBe(true);
    expect(starts.some((t) => t > TEST_NOW)).toBe(true);
    const created = content.events.map((row) => Date.parse(String(row.created_at)));
    expect(created).toEqual([...created].sort((a, b) => a - b));
  });
});

describe("the demo images", () => {
  it("are small PNGs, different from one another", () => {
    const images = [...demoImages().values()];
    expect(images).toHaveLength(18);
    for (const png of images) {
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.length).toBeLessThan(20_000);
    }
    expect(new Set(images.map((png) => png.toString("base64"))).size).toBe(18);
  });
});
