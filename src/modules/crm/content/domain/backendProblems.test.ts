import { describe, expect, it } from "vitest";
import { fieldProblems } from "./backendProblems.js";

describe("backend problems: a 422's detail", () => {
  it("names each refused body field once, with its reason", () => {
    const detail = [
      { loc: ["body", "start_date"], msg: "Input should be a valid ISO 8601 date-time", type: "date_format" },
      { loc: ["body", "end_date"], msg: "end_date must not be before start_date", type: "date_order" },
      {
        loc: ["body", "title_ru"],
        msg: "String should have at least 3 characters",
        type: "string_too_short",
      },
      { loc: ["body", "title_ru"], msg: "again", type: "missing" },
      {
        loc: ["body", "salary"],
        msg: "Input should be greater than or equal to 0",
        type: "greater_than_equal",
      },
    ];
    expect(fieldProblems(detail)).toEqual([
      { field: "start_date", reason: "date" },
      { field: "end_date", reason: "order" },
      { field: "title_ru", reason: "short" },
      { field: "salary", reason: "small" },
    ]);
  });

  it("an unknown code is `other`; query and path entries, and details of other shapes, give nothing", () => {
    expect(
      fieldProblems([
        { loc: ["body", "email"], msg: "value is not a valid email address", type: "value_error" },
      ]),
    ).toEqual([{ field: "email", reason: "other" }]);
    expect(
      fieldProblems([{ loc: ["query", "page"], type: "int_parsing" }, { loc: ["path", "id"] }, null, 3]),
    ).toEqual([]);
    expect(fieldProblems("Not enough permissions")).toEqual([]);
    expect(fieldProblems(undefined)).toEqual([]);
  });
});
