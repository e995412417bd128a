/** Dates per language, exactly: invoice dates and report instants in the user's time zone. */
import { describe, expect, it } from "vitest";
import { calendarDay, formatDate, formatInstant } from "./dates.js";

describe("dates, as each language writes them", () => {
  it("an invoice's date: 05.03.2025 in ro, ru, kk; 5 Mar 2025 in English", () => {
    expect(formatDate("2025-03-05", "ro")).toBe("05.03.2025");
    expect(formatDate("2025-03-05", "ru")).toBe("05.03.2025");
    expect(formatDate("2025-03-05", "kk")).toBe("05.03.2025");
    expect(formatDate("2025-03-05", "en")).toBe("5 Mar 2025");
    // A date-time keeps its calendar date, whatever the zone.
    expect(formatDate("2025-12-31T23:30:00Z", "ro")).toBe("31.12.2025");
  });

  it("a report's instant, in the user's zone", () => {
    expect(formatInstant("2025-03-05T12:00:00Z", "ro", "Europe/Bucharest")).toBe("05.03.2025, 14:00");
    expect(formatInstant("2025-07-05T12:00:00Z", "ro", "Europe/Bucharest")).toBe("05.07.2025, 15:00");
    expect(formatInstant("2025-03-05T12:00:00Z", "en", "Europe/London")).toBe("5 Mar 2025, 12:00");
    expect(formatInstant(Date.UTC(2025, 2, 5, 12), "kk", "Asia/Almaty")).toMatch(/^05\.03\.2025, 1[78]:00$/);
  });

  it("what is not a date is shown as it came", () => {
    expect(Number.isNaN(calendarDay("2025-02-30"))).toBe(true);
    expect(formatDate("—", "ro")).toBe("—");
    expect(formatInstant("soon", "en", "UTC")).toBe("soon");
  });
});
