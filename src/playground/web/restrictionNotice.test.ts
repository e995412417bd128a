import { describe, expect, it } from "vitest";
import { RESTRICTION_LANGUAGES, restrictionNotice, untilText } from "./restrictionNotice.js";

/** 2026-03-02 13:55 UTC; the mute ends ten minutes later. */
const NOW = Date.UTC(2026, 2, 2, 13, 55) / 1000;
const IN_TEN_MINUTES = NOW + 600;
const muted = { block: "muted", until: IN_TEN_MINUTES, limited: false };

describe("the restriction notice above a closed message box", () => {
  it("exists in every language a playground identity can have", () => {
    expect(RESTRICTION_LANGUAGES.sort()).toEqual(["en", "kk", "ro", "ru"]);
  });

  it.each([
    ["en", "You are muted until 14:05."],
    ["ru", "Вы не можете писать в этой группе до 14:05."],
    ["ro", "Nu puteți scrie în acest grup până la 14:05."],
    ["kk", "Сіз бұл топқа 14:05 дейін жаза алмайсыз."],
  ])("%s: a timed mute says until when, in the reader's clock time", (language, text) => {
    expect(restrictionNotice(language, muted, NOW, "UTC")).toEqual({
      lang: language,
      text,
      closes: true,
      block: "muted",
    });
  });

  it("gives the time in the reader's own zone", () => {
    expect(restrictionNotice("en", muted, NOW, "Asia/Almaty")?.text).toBe("You are muted until 19:05.");
  });

  it("adds the day when the restriction ends on another day", () => {
    expect(untilText(NOW + 86_400, NOW, "en", "UTC")).toBe("Mar 3, 13:55");
    expect(untilText(NOW + 86_400, NOW, "ro", "UTC")).toMatch(/^3 mar\.?,? 13:55$/);
  });

  it.each([
    ["en", "You are banned from this group."],
    ["ru", "Вы заблокированы в этой группе."],
    ["ro", "Accesul dumneavoastră în acest grup este blocat."],
    ["kk", "Сіз бұл топта бұғатталдыңыз."],
  ])("%s: a ban for good, without a time", (language, text) => {
    expect(restrictionNotice(language, { block: "banned", until: 0, limited: false }, NOW, "UTC")?.text).toBe(
      text,
    );
  });

  it("says the group is closed to members, or that only admins post in a channel", () => {
    const closed = restrictionNotice("en", { block: "closed", until: 0, limited: false }, NOW, "UTC");
    expect(closed).toMatchObject({ text: "Only admins can write in this group right now.", closes: true });
    const channel = restrictionNotice("ru", { block: "channel", until: 0, limited: false }, NOW, "UTC");
    expect(channel?.text).toBe("Публиковать в канале могут только его администраторы.");
    const left = restrictionNotice("ro", { block: "left", until: 0, limited: false }, NOW, "UTC");
    expect(left?.text).toBe("Nu faceți parte din acest grup.");
  });

  it("a text-only restriction is said without closing the box", () => {
    const limited = restrictionNotice("en", { until: IN_TEN_MINUTES, limited: true }, NOW, "UTC");
    expect(limited).toEqual({
      lang: "en",
      text: "You can send text only, until 14:05.",
      closes: false,
      block: "limited",
    });
  });

  it("nothing in the way, no notice; an unknown language reads English", () => {
    expect(restrictionNotice("en", { until: 0, limited: false }, NOW, "UTC")).toBeUndefined();
    expect(restrictionNotice("de", muted, NOW, "UTC")).toMatchObject({ lang: "en" });
  });
});
