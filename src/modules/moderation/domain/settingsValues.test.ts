import { describe, expect, it } from "vitest";
import {
  BOUNDS,
  canonicalZone,
  channelRefOf,
  clockTime,
  secondsOf,
  timeSpan,
  timeZone,
  welcomeText,
  wholeNumber,
} from "./settingsValues.js";

describe("typed settings values", () => {
  it("a length of time is plain seconds or a duration", () => {
    expect(secondsOf("90")).toBe(90);
    expect(secondsOf(" 10m ")).toBe(600);
    expect(secondsOf("1h30m")).toBe(5400);
    expect(secondsOf("soon")).toBeUndefined();
    expect(secondsOf("-5")).toBeUndefined();
  });

  it("a penalty's duration is Telegram's range, 30 s to 366 days", () => {
    const penalty = timeSpan(BOUNDS.penalty);
    expect(penalty.parse("2h")).toBe(7200);
    expect(penalty.safeParse("10s").success).toBe(false);
    expect(penalty.safeParse("367d").success).toBe(false);
    expect(penalty.safeParse("forever").success).toBe(false);
  });

  it("the warning limit is a whole number from 1 to 20", () => {
    const limit = wholeNumber(BOUNDS.warnLimit);
    expect(limit.parse(" 5 ")).toBe(5);
    for (const bad of ["0", "21", "2.5", "five", ""]) expect(limit.safeParse(bad).success).toBe(false);
  });

  it("a time is HH:MM on a 24-hour clock, written short or with a dot", () => {
    expect(clockTime.parse("23:00")).toBe("23:00");
    expect(clockTime.parse("7:05")).toBe("07:05");
    expect(clockTime.parse("06.30")).toBe("06:30");
    for (const bad of ["24:00", "12:60", "7", "7pm", "12:3"])
      expect(clockTime.safeParse(bad).success).toBe(false);
  });

  it("a time zone is an IANA name, in its canonical spelling; offsets and unknown names are refused", () => {
    expect(canonicalZone("asia/almaty")).toBe("Asia/Almaty");
    expect(canonicalZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(canonicalZone("UTC")).toBe("UTC");
    // Three-part names are taken; an alias comes back as the zone it stands for.
    expect(canonicalZone("America/Argentina/Buenos_Aires")).toMatch(/^America\/(Argentina\/)?Buenos_Aires$/);
    for (const bad of ["Mars/Olympus_Mons", "+05:00", "Berlin", "", "Europe/Berlin; drop"]) {
      expect(canonicalZone(bad)).toBeUndefined();
    }
    expect(timeZone.parse("europe/bucharest")).toBe("Europe/Bucharest");
    expect(timeZone.safeParse("Nowhere/Land").success).toBe(false);
  });

  it("a welcome text is 1 to 4096 characters", () => {
    expect(welcomeText.parse("  Hi {first}!  ")).toBe("Hi {first}!");
    expect(welcomeText.safeParse("   ").success).toBe(false);
    expect(welcomeText.safeParse("x".repeat(4097)).success).toBe(false);
  });

  it("a log channel is named by @username, a t.me link, or its id", () => {
    expect(channelRefOf("@rust_log")).toEqual({ kind: "username", username: "rust_log" });
    expect(channelRefOf("https://t.me/rust_log")).toEqual({ kind: "username", username: "rust_log" });
    expect(channelRefOf("t.me/rust_log")).toEqual({ kind: "username", username: "rust_log" });
    expect(channelRefOf("-1001234567890")).toEqual({ kind: "id", id: -1001234567890 });
    for (const bad of ["rust_log", "@abc", "12345", "the channel", "@rust log"]) {
      expect(channelRefOf(bad)).toBeUndefined();
    }
  });
});
