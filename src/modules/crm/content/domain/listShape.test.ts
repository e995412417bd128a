import { describe, expect, it } from "vitest";
import { decodeList, listSchema } from "./listShape.js";

const item = (id: number) => ({ id, title_ru: `Событие ${id}` });

describe("list shapes", () => {
  it("{items, total, total_pages, page, page_size}: items and total; more while pages remain", () => {
    const body = listSchema("items").parse({
      items: [item(12), item(11)],
      total: 12,
      total_pages: 6,
      page: 5,
      page_size: 2,
    });
    expect(decodeList(body, 5, 2)).toEqual({
      items: [item(12), item(11)],
      page: 5,
      pageSize: 2,
      total: 12,
      hasMore: true,
    });
    expect(decodeList(body, 6, 2).hasMore).toBe(false);
  });

  it("{data, total, total_pages}: the same from `data`", () => {
    const body = listSchema("data").parse({ data: [item(3)], total: 1, total_pages: 1 });
    expect(decodeList(body, 1, 10)).toEqual({
      items: [item(3)],
      page: 1,
      pageSize: 10,
      total: 1,
      hasMore: false,
    });
  });

  it("a bare array has no total: a full page may have a next one, a shorter one is the last", () => {
    const full = listSchema("array").parse(Array.from({ length: 10 }, (_, i) => item(20 - i)));
    expect(decodeList(full, 2, 10)).toMatchObject({ page: 2, hasMore: true });
    expect(decodeList(full, 2, 10).total).toBeUndefined();
    expect(decodeList(listSchema("array").parse([item(1)]), 3, 10).hasMore).toBe(false);
    expect(decodeList(listSchema("array").parse([]), 1, 10)).toEqual({
      items: [],
      page: 1,
      pageSize: 10,
      hasMore: false,
    });
  });

  it("a body in another shape than the type's, or an item without an integer id, is refused", () => {
    expect(listSchema("items").safeParse([item(1)]).success).toBe(false);
    expect(listSchema("data").safeParse({ items: [item(1)], total: 1, total_pages: 1 }).success).toBe(false);
    expect(listSchema("array").safeParse({ data: [] }).success).toBe(false);
    expect(listSchema("array").safeParse([{ id: "7" }]).success).toBe(false);
    expect(listSchema("items").safeParse({ items: [{ title: "x" }], total: 1, total_pages: 1 }).success).toBe(
      false,
    );
  });
});
