import { describe, expect, it } from "vitest";
import { pageOf } from "./paging.js";

const items = Array.from({ length: 12 }, (_, i) => i + 1);

describe("paging", () => {
  it("five a page: pages 0, 1 and 2 of 12 items", () => {
    expect(pageOf(items, 0, 5)).toEqual({ items: [1, 2, 3, 4, 5], page: 0, pages: 3, offset: 0 });
    expect(pageOf(items, 2, 5)).toEqual({ items: [11, 12], page: 2, pages: 3, offset: 10 });
  });

  it("a page past the end (the list shrank) is the last page; an empty list has one empty page", () => {
    expect(pageOf(items, 9, 5).page).toBe(2);
    expect(pageOf([], 3, 5)).toEqual({ items: [], page: 0, pages: 1, offset: 0 });
  });
});
