import { describe, expect, it } from "vitest";
import type { FieldSpec } from "../types/typeSpec.js";
import {
  endBeforeStart,
  formatIsoDate,
  formatLocalDateTime,
  parseDate,
  parseFieldInput,
  parseLocalDateTime,
} from "./fieldInput.js";

const title: FieldSpec = { name: "title", kind: "text", pair: true, min: 3, max: 200 };
const description: FieldSpec = { name: "description", kind: "longtext", max: 5000 };
const salary: FieldSpec = { name: "salary", kind: "int", min: 0, unit: "kzt" };
const duration: FieldSpec = { name: "duration", kind: "int", min: 1, max: 10_000 };
const deadline: FieldSpec = { name: "deadline", kind: "date" };
const start: FieldSpec = { name: "start_date", kind: "datetime" };
const url: FieldSpec = { name: "url", kind: "url" };
const email: FieldSpec = { name: "email", kind: "email" };

describe("field input: texts", () => {
  it("is trimmed, one line for a text, kept on its lines for a long text", () => {
    expect(parseFieldInput(title, "  Жастар\n  форумы ")).toEqual({ ok: true, value: "Жастар форумы" });
    expect(parseFieldInput(description, " Line one\nLine two \n")).toEqual({
      ok: true,
      value: "Line one\nLine two",
    });
  });

  it("refuses what is empty, too short or too long, naming the limit", () => {
    expect(parseFieldInput(title, "   ")).toEqual({ ok: false, key: "crm-content-invalid-empty" });
    expect(parseFieldInput(title, "ab")).toEqual({
      ok: false,
      key: "crm-content-invalid-short",
      args: { min: 3 },
    });
    expect(parseFieldInput(title, "abc")).toEqual({ ok: true, value: "abc" });
    expect(parseFieldInput(title, "x".repeat(200))).toMatchObject({ ok: true });
    expect(parseFieldInput(title, "x".repeat(201))).toEqual({
      ok: false,
      key: "crm-content-invalid-long",
      args: { max: 200 },
    });
    expect(parseFieldInput(description, "y".repeat(5001))).toMatchObject({ args: { max: 5000 } });
  });
});

describe("field input: integers", () => {
  it("takes digits with the spaces people put in them", () => {
    expect(parseFieldInput(salary, "150 000")).toEqual({ ok: true, value: 150_000 });
    expect(parseFieldInput(salary, "1\u00a0200\u202f000")).toEqual({ ok: true, value: 1_200_000 });
    expect(parseFieldInput(salary, "0")).toEqual({ ok: true, value: 0 });
  });

  it("refuses words, fractions and values outside the range", () => {
    expect(parseFieldInput(salary, "много")).toEqual({ ok: false, key: "crm-content-invalid-int" });
    expect(parseFieldInput(duration, "1.5")).toEqual({ ok: false, key: "crm-content-invalid-int" });
    expect(parseFieldInput(salary, "-5")).toEqual({
      ok: false,
      key: "crm-content-invalid-min",
      args: { min: 0 },
    });
    expect(parseFieldInput(duration, "0")).toEqual({
      ok: false,
      key: "crm-content-invalid-min",
      args: { min: 1 },
    });
    expect(parseFieldInput(duration, "10000")).toEqual({ ok: true, value: 10_000 });
    expect(parseFieldInput(duration, "10001")).toEqual({
      ok: false,
      key: "crm-content-invalid-max",
      args: { max: 10_000 },
    });
  });
});

describe("field input: dates and times", () => {
  it("a date is YYYY-MM-DD or DD.MM.YYYY, a real day", () => {
    expect(parseFieldInput(deadline, "2026-12-31")).toEqual({ ok: true, value: "2026-12-31" });
    expect(parseFieldInput(deadline, "31.12.2026")).toEqual({ ok: true, value: "2026-12-31" });
    expect(parseFieldInput(deadline, "1.2.2026")).toEqual({ ok: true, value: "2026-02-01" });
    expect(parseFieldInput(deadline, "29.02.2028")).toEqual({ ok: true, value: "2028-02-29" });
    for (const bad of ["29.02.2027", "31.04.2026", "2026-13-01", "12/31/2026", "завтра", "31.12.26"]) {
      expect(parseFieldInput(deadline, bad)).toEqual({ ok: false, key: "crm-content-invalid-date" });
    }
    expect(parseDate("2026-02-30")).toBeUndefined();
  });

  it("a date and time is read in Kazakhstan's time (UTC+5) and sent as a UTC instant", () => {
    expect(parseFieldInput(start, "25.12.2026 18:00")).toEqual({
      ok: true,
      value: "2026-12-25T13:00:00.000Z",
    });
    expect(parseFieldInput(start, "2026-12-25T09:30")).toEqual({
      ok: true,
      value: "2026-12-25T04:30:00.000Z",
    });
    expect(parseFieldInput(start, "01.01.2027")).toEqual({ ok: true, value: "2026-12-31T19:00:00.000Z" });
    expect(parseLocalDateTime("25.12.2026 18:00", "Europe/Bucharest")).toBe(
      Date.parse("2026-12-25T16:00:00Z"),
    );
    for (const bad of ["25.12.2026 24:00", "25.12.2026 18:60", "25.12.2026 6pm", "25.12.2026 18:00 extra"]) {
      expect(parseFieldInput(start, bad)).toEqual({ ok: false, key: "crm-content-invalid-datetime" });
    }
  });

  it("instants and dates are shown as the wall clock of Kazakhstan, day first", () => {
    expect(formatLocalDateTime(Date.parse("2026-12-25T13:00:00Z"))).toBe("25.12.2026 18:00");
    expect(formatLocalDateTime(Date.parse("2026-12-31T19:05:00Z"))).toBe("01.01.2027 00:05");
    expect(formatIsoDate("2026-03-08")).toBe("08.03.2026");
    expect(formatIsoDate("soon")).toBe("soon");
  });

  it("an end before its start is found; equal or missing ones are fine", () => {
    const order = ["start_date", "end_date"] as const;
    const at = (s: string, e?: string) => ({ start_date: s, end_date: e });
    expect(endBeforeStart(order, at("2026-12-25T13:00:00.000Z", "2026-12-25T12:59:00.000Z"))).toBe(
      "end_date",
    );
    expect(endBeforeStart(order, at("2026-12-25T13:00:00.000Z", "2026-12-25T13:00:00.000Z"))).toBeUndefined();
    expect(endBeforeStart(order, at("2026-12-25T13:00:00.000Z"))).toBeUndefined();
    expect(endBeforeStart(undefined, at("b", "a"))).toBeUndefined();
  });
});

describe("field input: links and addresses", () => {
  it("a URL is http or https", () => {
    expect(parseFieldInput(url, "https://tabys.kz/news/1")).toEqual({
      ok: true,
      value: "https://tabys.kz/news/1",
    });
    for (const bad of [
      "tabys.kz",
      "ftp://tabys.kz/x",
      "javascript:alert(1)",
      `https://x.kz/${"a".repeat(2000)}`,
    ]) {
      expect(parseFieldInput(url, bad)).toEqual({ ok: false, key: "crm-content-invalid-url" });
    }
  });

  it("an e-mail address has a name, an @ and a domain with a dot", () => {
    expect(parseFieldInput(email, " aigerim@tabys.kz ")).toEqual({ ok: true, value: "aigerim@tabys.kz" });
    for (const bad of ["aigerim", "aigerim@", "@tabys.kz", "a b@tabys.kz", "aigerim@tabys"]) {
      expect(parseFieldInput(email, bad)).toEqual({ ok: false, key: "crm-content-invalid-email" });
    }
  });
});
