import { describe, expect, it } from "vitest";
import { parseSettingsPayload, settingsLink, settingsPayload } from "./settingsDeepLink.js";

describe("the settings deep link", () => {
  it("opens the group list, or one group's settings", () => {
    expect(settingsLink("mod_bot")).toBe("https://t.me/mod_bot?start=settings");
    expect(settingsLink("mod_bot", -1001234567890)).toBe(
      "https://t.me/mod_bot?start=settings_-1001234567890",
    );
  });

  it("reads back what it writes, and nothing else", () => {
    expect(parseSettingsPayload(settingsPayload())).toEqual({});
    expect(parseSettingsPayload(settingsPayload(-42))).toEqual({ chatId: -42 });
    for (const other of ["settings_", "settings_42", "settingsx", "link_123", "SETTINGS"]) {
      expect(parseSettingsPayload(other)).toBeUndefined();
    }
  });
});
