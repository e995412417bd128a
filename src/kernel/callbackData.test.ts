import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { bool, CALLBACK_DATA_LIMIT, callbackKey, defineCallback, id, int, oneOf } from "./callbackData.js";

const key = callbackKey("1:token-one");
const otherKey = callbackKey("2:token-two");
const page = defineCallback("nm.loc", 1, {
  customer: id(24),
  page: int(0, 999),
  all: bool,
  range: oneOf(["3h", "24h", "7d"]),
});

describe("callback data codec", () => {
  it("packs compactly and unpacks to the same value", () => {
    const data = page.pack({ customer: "c-42", page: 3, all: false, range: "24h" }, key);
    expect(data).toMatch(/^nm\.loc\.1\.c-42\.3\.0\.24h~[A-Za-z0-9_-]{8}$/);
    expect(page.unpack(data, key)).toEqual({
      ok: true,
      value: { customer: "c-42", page: 3, all: false, range: "24h" },
    });
  });

  it("knows its longest encoding and it fits Telegram's 64 bytes", () => {
    expect(page.maxBytes).toBe(8 + 25 + 3 + 2 + 4 + 9);
    expect(page.maxBytes).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
  });

  it("refuses at definition a button whose data could exceed 64 bytes", () => {
    expect(() => defineCallback("nm.big", 1, { a: id(30), b: id(30) })).toThrow(
      /could need 79 bytes; Telegram allows 64/,
    );
  });

  it("refuses to pack a value outside its field", () => {
    expect(() => page.pack({ customer: "has space", page: 1, all: true, range: "7d" }, key)).toThrow(
      RangeError,
    );
    expect(() => page.pack({ customer: "c", page: 1000, all: true, range: "7d" }, key)).toThrow(RangeError);
  });

  it("an older version of the button is reported stale", () => {
    const v1 = defineCallback("ab.x", 1, { n: int(0, 9) });
    const v2 = defineCallback("ab.x", 2, { n: int(0, 9) });
    expect(v2.unpack(v1.pack({ n: 1 }, key), key)).toEqual({ ok: false, reason: "stale" });
  });

  it("data tagged by another bot, or edited, is reported forged", () => {
    const data = page.pack({ customer: "c-1", page: 0, all: true, range: "3h" }, key);
    expect(page.unpack(data, otherKey)).toEqual({ ok: false, reason: "forged" });
    expect(page.unpack(data.replace("c-1", "c-2"), key)).toEqual({ ok: false, reason: "forged" });
  });

  test.prop([
    fc.string({ unit: fc.constantFrom(..."abcxyz0123-_"), minLength: 1, maxLength: 24 }),
    fc.integer({ min: 0, max: 999 }),
    fc.boolean(),
    fc.constantFrom("3h", "24h", "7d" as const),
  ])("every valid value round-trips within 64 bytes", (customer, n, all, range) => {
    const data = page.pack({ customer, page: n, all, range }, key);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(page.maxBytes);
    expect(page.unpack(data, key)).toEqual({ ok: true, value: { customer, page: n, all, range } });
  });

  test.prop([fc.string({ maxLength: 64 })])("arbitrary data is never accepted", (data) => {
    expect(page.unpack(data, key).ok).toBe(false);
  });

  test.prop([fc.integer({ min: 0, max: 999 }), fc.nat({ max: 40 }), fc.integer({ min: 33, max: 126 })])(
    "changing any one character of valid data is rejected",
    (n, position, charCode) => {
      const data = page.pack({ customer: "abc", page: n, all: true, range: "7d" }, key);
      const at = position % data.length;
      const replacement = String.fromCharCode(charCode);
      fc.pre(data[at] !== replacement);
      const mutated = data.slice(0, at) + replacement + data.slice(at + 1);
      expect(page.unpack(mutated, key).ok).toBe(false);
    },
  );
});
