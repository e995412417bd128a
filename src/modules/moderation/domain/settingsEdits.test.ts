import { describe, expect, it } from "vitest";
import { defaultSettings } from "../settingsCache.js";
import { ASK_NAMES, EDITS, PRESSES, toggledLocks, toggledWeekdays } from "./settingsEdits.js";

const settings = defaultSettings(-1001);

describe("settings edits", () => {
  it("a toggle flips the setting as it is now", () => {
    expect(EDITS["flood-tog"].apply(settings)).toEqual({ flood: { enabled: true } });
    const on = { ...settings, flood: { ...settings.flood, enabled: true } };
    expect(EDITS["flood-tog"].apply(on)).toEqual({ flood: { enabled: false } });
    expect(EDITS["ad-svc"].apply(settings)).toEqual({ auto_delete: { service_messages: true } });
  });

  it("choosing kick clears the duration (a removal has none); ban and mute keep it", () => {
    expect(EDITS["warn-kick"].apply(settings)).toEqual({
      warnings: { action: "kick", action_duration: null },
    });
    expect(EDITS["flood-ban"].apply(settings)).toEqual({ flood: { action: "ban" } });
  });

  it("locks are added and removed, kept in API V2's order", () => {
    expect(toggledLocks([], "url")).toEqual(["url"]);
    expect(toggledLocks(["url"], "photo")).toEqual(["photo", "url"]);
    expect(toggledLocks(["photo", "url"], "url")).toEqual(["photo"]);
    expect(EDITS["lock-sticker"].apply({ ...settings, locks: ["url"] })).toEqual({
      locks: ["sticker", "url"],
    });
  });

  it("weekdays are toggled Monday first, and the last one cannot be removed", () => {
    expect(toggledWeekdays(["mon", "tue"], "sun")).toEqual(["mon", "tue", "sun"]);
    expect(toggledWeekdays(["sun", "mon"], "sun")).toEqual(["mon"]);
    expect(toggledWeekdays(["mon"], "mon")).toBeUndefined();
    const monday = { ...settings, night_mode: { ...settings.night_mode, weekdays: ["mon" as const] } };
    expect(EDITS["day-mon"].apply(monday)).toEqual({ refused: "mod-ps-last-day" });
  });

  it("every press name is unique and can travel in callback data", () => {
    expect(new Set(PRESSES).size).toBe(PRESSES.length);
    for (const name of PRESSES) expect(name).toMatch(/^[a-z0-9-]+$/);
    expect(ASK_NAMES).toHaveLength(11);
  });
});
