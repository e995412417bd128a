import { describe, expect, it } from "vitest";
import { translator } from "../../../test/moderation/translate.js";
import type { GroupSettings } from "./apiV2Schemas.js";
import { defaultSettings } from "./settingsCache.js";
import {
  GROUPS_PER_PAGE,
  groupListScreen,
  type MenuScreen,
  penaltyText,
  settingsScreen,
} from "./settingsViews.js";

const t = translator("en");
const group = { id: -1001, title: "Rust <Learners>" };
const labels = (screen: MenuScreen) => screen.rows.flat().map((b) => b.label);
const presses = (screen: MenuScreen) => screen.rows.flat().map((b) => b.go);

const changed = (patch: (s: GroupSettings) => void): GroupSettings => {
  const s = structuredClone(defaultSettings(-1001));
  patch(s);
  return s;
};

describe("the settings summary", () => {
  it("says every setting in a line, the title escaped", () => {
    const s = changed((s) => {
      s.warnings = { limit: 5, action: "mute", action_duration: 3600, expiry: 86_400 };
      s.flood = { enabled: true, messages: 8, seconds: 60, action: "kick", action_duration: null };
      s.locks = ["url", "photo"];
      s.night_mode = {
        enabled: true,
        start: "23:00",
        end: "07:00",
        weekdays: ["mon", "fri"],
        time_zone: "Asia/Almaty",
      };
      s.welcome.enabled = true;
      s.captcha = { enabled: true, seconds: 90 };
      s.log_channel_id = -1009;
      s.auto_delete.commands = true;
      s.auto_delete.welcome = true;
    });
    expect(settingsScreen(t, "main", group, s).text).toBe(
      [
        "⚙️ Settings of <b>Rust &lt;Learners&gt;</b>",
        "",
        "⚠️ Warnings: after 5, mute for 1 h",
        "🌊 Flood control: 8 messages within 1 min, then removal from the group",
        "🔒 Locks: Photos, Links",
        "🌙 Night mode: 23:00–07:00 (Asia/Almaty), Mon, Fri",
        "👋 Welcome: on",
        "🤖 Captcha: on, 1 min 30 s to answer",
        "📣 Log channel: -1009",
        "🧹 Auto-delete: Commands, The previous welcome",
      ].join("\n"),
    );
  });

  it("offers each section, two a row, and the way back to the groups", () => {
    const screen = settingsScreen(t, "main", group, defaultSettings(-1001));
    expect(screen.rows.map((row) => row.length)).toEqual([2, 2, 2, 2, 1]);
    expect(presses(screen)).toEqual([
      "warn",
      "flood",
      "locks",
      "night",
      "welcome",
      "captcha",
      "log",
      "autodel",
      "groups",
    ]);
  });
});

describe("section screens", () => {
  it("warnings: the chosen action is marked, and a kick offers no duration", () => {
    const ban = settingsScreen(t, "warn", group, defaultSettings(-1001));
    expect(labels(ban)).toContain("✓ Ban");
    expect(presses(ban)).toContain("ask-wdur");
    const kick = settingsScreen(
      t,
      "warn",
      group,
      changed((s) => {
        s.warnings.action = "kick";
      }),
    );
    expect(labels(kick)).toContain("✓ Kick");
    expect(presses(kick)).not.toContain("ask-wdur");
    expect(kick.text).toBe(
      "⚠️ <b>Warnings</b> in Rust &lt;Learners&gt;\nAfter 3 warnings: removal from the group\nWarnings count until they are removed.",
    );
  });

  it("locks: every type is a toggle showing whether it is locked", () => {
    const screen = settingsScreen(
      t,
      "locks",
      group,
      changed((s) => {
        s.locks = ["url"];
      }),
    );
    expect(labels(screen)).toContain("✅ Links");
    expect(labels(screen)).toContain("▫️ Photos");
    expect(presses(screen).filter((p) => p.startsWith("lock-"))).toHaveLength(22);
  });

  it("night mode: the window, the zone and the days chosen", () => {
    const screen = settingsScreen(
      t,
      "night",
      group,
      changed((s) => {
        s.night_mode.weekdays = ["sat", "sun"];
      }),
    );
    expect(screen.text).toBe(
      "🌙 <b>Night mode</b> in Rust &lt;Learners&gt;: off\nThe chat is closed from 23:00 to 07:00 (UTC).\nStarting on: Sat, Sun",
    );
    expect(labels(screen)).toEqual(expect.arrayContaining(["Turn on", "Mon", "✓ Sat", "✓ Sun"]));
  });

  it("welcome: the admin's text is shown escaped and cut, with the placeholders", () => {
    const screen = settingsScreen(
      t,
      "welcome",
      group,
      changed((s) => {
        s.welcome.text = `Hi <b>{first}</b>${"!".repeat(400)}`;
      }),
    );
    const [, text, placeholders] = screen.text.split("\n");
    expect(text?.startsWith("Text: <i>Hi &lt;b&gt;{first}&lt;/b&gt;!!!")).toBe(true);
    expect(text?.endsWith("…</i>")).toBe(true);
    expect(placeholders).toBe(
      "Placeholders: {first} {last} {fullname} {username} {mention} {id} {chatname} {count}",
    );
    expect(presses(screen)).toContain("welc-default");
  });

  it("penalties read as people say them", () => {
    expect(penaltyText(t, { action: "ban", action_duration: null })).toBe("ban forever");
    expect(penaltyText(t, { action: "mute", action_duration: 600 })).toBe("mute for 10 min");
    expect(penaltyText(translator("ru"), { action: "ban", action_duration: 86_400 })).toMatch(/^бан на /);
  });
});

describe("the group list", () => {
  it("a button per group, by page, with arrows between pages", () => {
    const groups = Array.from({ length: GROUPS_PER_PAGE + 2 }, (_, i) => ({
      id: -(i + 1),
      title: `Group ${i + 1}`,
    }));
    const first = groupListScreen(t, groups, 0);
    expect(first.text).toBe("⚙️ Which group's settings do you want to manage?\nPage 1 of 2");
    expect(first.rows).toHaveLength(GROUPS_PER_PAGE + 1);
    expect(first.rows[0]).toEqual([{ label: "Group 1", go: "main", chat: -1 }]);
    expect(first.rows.at(-1)).toEqual([{ label: "▶", go: "groups", chat: 0, page: 1 }]);
    const second = groupListScreen(t, groups, 1);
    expect(second.rows.map((r) => r.map((b) => b.label))).toEqual([["Group 9"], ["Group 10"], ["◀"]]);
  });

  it("says what to do when there is no group", () => {
    expect(groupListScreen(t, [], 0)).toEqual({
      text: "I found no group where you are an admin and I am a member. Add me to your group as an admin, then send /settings here again.",
      rows: [],
    });
  });
});
