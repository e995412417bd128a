/** Money per language, exactly: `1.234,56 lei` in Romanian, `RON 1,234.56` in English, `1 234,56 RON` in ru/kk. */
import { describe, expect, it } from "vitest";
import { formatCount, formatMoney, roundCents } from "./money.js";

describe("money, as each language writes it", () => {
  it("Romanian: 1.234,56 lei; other currencies by their code", () => {
    expect(formatMoney(1234.56, "RON", "ro")).toBe("1.234,56 lei");
    expect(formatMoney(1234567.891, "RON", "ro")).toBe("1.234.567,89 lei");
    expect(formatMoney(12.5, "RON", "ro")).toBe("12,50 lei");
    expect(formatMoney(-1234.56, "RON", "ro")).toBe("-1.234,56 lei");
    expect(formatMoney(980, "EUR", "ro")).toBe("980,00 EUR");
  });

  it("English: RON 1,234.56", () => {
    expect(formatMoney(1234.56, "RON", "en")).toBe("RON 1,234.56");
    expect(formatMoney(1234567.891, "EUR", "en")).toBe("EUR 1,234,567.89");
    expect(formatMoney(-0.5, "RON", "en")).toBe("-RON 0.50");
  });

  it("Russian and Kazakh: 1 234,56 RON, with plain spaces", () => {
    expect(formatMoney(1234.56, "RON", "ru")).toBe("1 234,56 RON");
    expect(formatMoney(1234567.89, "EUR", "kk")).toBe("1 234 567,89 EUR");
  });

  it("rounds to the cent and never writes -0,00", () => {
    expect(formatMoney(0.1 + 0.2, "RON", "ro")).toBe("0,30 lei");
    expect(formatMoney(-0.001, "RON", "ro")).toBe("0,00 lei");
    expect(roundCents(2.675)).toBe(2.68);
  });

  it("counts with the language's grouping", () => {
    expect([formatCount(12345, "ro"), formatCount(12345, "en"), formatCount(12345, "ru")]).toEqual([
      "12.345",
      "12,345",
      "12 345",
    ]);
  });
});
