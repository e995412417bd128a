import { describe, expect, it } from "vitest";
import { visibleLength } from "../domain/captionCut.js";
import type { ContentItem } from "../domain/listShape.js";
import { typeOf } from "../types/catalog.js";
import { itemPath, publicUrl } from "../types/typeSpec.js";
import { fieldText, groupDigits, itemTitle, type Reader } from "./fieldValues.js";
import { captionOf, detailOf } from "./itemViews.js";
import { listText } from "./listView.js";

/** Keys in, keys out: what a view asks for is visible in what it returns. */
const reader = (language: Reader["language"] = "en"): Reader => ({
  language,
  t: ((key: string, vars?: Record<string, unknown>) =>
    vars ? `${key}${JSON.stringify(vars)}` : key) as Reader["t"],
});

const vacancy: ContentItem = {
  id: 7,
  title_ru: "Бариста <junior> & co",
  title_kz: "Бариста",
  description_ru: "Кофе.",
  company: "Дала",
  salary: 1_250_000,
  employment_type: "part_time",
  deadline: "2027-01-31",
  created_at: "2026-12-01T10:00:00Z",
};

describe("field values", () => {
  it("thousands are set apart by narrow no-break spaces", () => {
    expect(groupDigits(0)).toBe("0");
    expect(groupDigits(999)).toBe("999");
    expect(groupDigits(1000)).toBe("1\u202f000");
    expect(groupDigits(-1_250_000)).toBe("-1\u202f250\u202f000");
  });

  it("each kind reads as a person expects: tenge, enum labels, dates day first, the reader's language", () => {
    const vacancies = typeOf("vacancies");
    expect(fieldText(reader(), vacancies, "salary", vacancy)).toBe("1\u202f250\u202f000 ₸");
    expect(fieldText(reader(), vacancies, "employment_type", vacancy)).toBe(
      "crm-field-employment-type-part-time",
    );
    expect(fieldText(reader(), vacancies, "deadline", vacancy)).toBe("31.01.2027");
    expect(fieldText(reader(), vacancies, "experience", vacancy)).toBeUndefined();
    expect(itemTitle(reader("kk"), vacancies, vacancy)).toBe("Бариста");
    expect(itemTitle(reader("ru"), vacancies, vacancy)).toBe("Бариста <junior> & co");
    expect(itemTitle(reader(), vacancies, { id: 9 })).toBe("#9");
    const events = typeOf("events");
    expect(fieldText(reader(), events, "start_date", { id: 1, start_date: "2026-12-25T13:00:00Z" })).toBe(
      "25.12.2026 18:00",
    );
    const courses = typeOf("courses");
    expect(fieldText(reader(), courses, "duration", { id: 1, duration: 90 })).toBe(
      'crm-content-minutes{"count":90}',
    );
    expect(fieldText(reader(), courses, "level", { id: 1, level: "expert" })).toBe("expert");
    const users = typeOf("users");
    expect(fieldText(reader(), users, "is_active", { id: 1, is_active: false })).toBe("crm-content-no");
  });
});

describe("item views", () => {
  it("a caption escapes what the backend holds and labels each fact", () => {
    const { html, cut } = captionOf(reader("ru"), typeOf("vacancies"), vacancy);
    expect(cut).toBe(false);
    expect(html).toBe(
      [
        "<b>Бариста &lt;junior&gt; &amp; co</b>",
        "<b>crm-field-company:</b> Дала",
        "<b>crm-field-salary:</b> 1\u202f250\u202f000 ₸",
        "<b>crm-field-employment-type:</b> crm-field-employment-type-part-time",
        "<b>crm-field-deadline:</b> 31.01.2027",
        "",
        "Кофе.",
      ].join("\n"),
    );
  });

  it("a notice goes above, and the whole stays within the limit", () => {
    const long = { ...vacancy, description_ru: "слово ".repeat(2000) };
    const caption = captionOf(reader("ru"), typeOf("vacancies"), long, "✅ Saved.");
    expect(caption.cut).toBe(true);
    expect(caption.html.startsWith("✅ Saved.\n\n<b>Бариста")).toBe(true);
    expect(visibleLength(caption.html)).toBeLessThanOrEqual(1024);
    expect(visibleLength(caption.html)).toBeGreaterThan(1000);
    const detail = detailOf(reader("ru"), typeOf("vacancies"), long);
    expect(detail.cut).toBe(true);
    expect(detail.html.endsWith("слово…")).toBe(true);
  });
});

describe("list view", () => {
  it("numbers lines across pages, with the line's facts, the count and the page", () => {
    const page = {
      items: [vacancy, { ...vacancy, id: 6, company: undefined }],
      page: 2,
      pageSize: 10,
      total: 12,
      hasMore: false,
    };
    expect(listText(reader("ru"), typeOf("vacancies"), page, {})).toBe(
      [
        'crm-content-list-head{"typeHtml":"💼 crm-type-vacancies","total":12}',
        'crm-content-page-of{"page":2,"pages":2}',
        "",
        "11. <b>Бариста &lt;junior&gt; &amp; co</b> · Дала",
        "12. <b>Бариста &lt;junior&gt; &amp; co</b>",
      ].join("\n"),
    );
  });
});

describe("type helpers", () => {
  it("item paths keep the type's trailing slash; public pages only for events, news, vacancies", () => {
    expect(itemPath(typeOf("events"), 42)).toBe("/api/v2/events/42/");
    expect(itemPath(typeOf("courses"), 42)).toBe("/api/v2/courses/42");
    expect(publicUrl(typeOf("news"), 5)).toBe("https://www.saryarqa-jastary.kz/ru/news/5");
    expect(publicUrl(typeOf("courses"), 5)).toBeUndefined();
  });
});
