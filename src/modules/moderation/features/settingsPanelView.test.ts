/**
 * The /settings panel's text and buttons, from a state already read: each toggle offers the
 * opposite of the state, the counts and times shown exactly, names escaped, every button's data
 * within Telegram's 64 bytes and carrying what its press needs; Telegram's view when API V2 is down.
 */
import type { ChatMember, InlineKeyboardMarkup } from "grammy/types";
import { describe, expect, it } from "vitest";
import { callbackKey } from "../../../kernel/callbackData.js";
import type { AnyModule } from "../../../kernel/defineModule.js";
import { createI18n, escapeVariables, type Language } from "../../../kernel/i18n.js";
import type { GroupSettings, UserStatus } from "../apiV2Schemas.js";
import { LOCALES_DIR } from "../runtime.js";
import { defaultSettings } from "../settingsCache.js";
import { panelButton } from "./settingsPanelButtons.js";
import {
  durationKeyboard,
  groupPanel,
  memberPanel,
  memberStateFromApi,
  memberStateFromTelegram,
  type Translate,
} from "./settingsPanelView.js";

const i18n = createI18n([{ name: "moderation", locales: LOCALES_DIR } as AnyModule]);
const translator =
  (language: Language): Translate =>
  (key, variables) =>
    i18n.t(language, key, escapeVariables(variables));
const t = translator("en");
const key = callbackKey("123:panel-view-test-token");
const CHAT = -1_001_234_567_890;
const ann = { id: 5_550_001, name: "Ann" };

function status(overrides: Partial<UserStatus> = {}): UserStatus {
  return {
    user_id: ann.id,
    group_id: CHAT,
    is_muted: false,
    is_banned: false,
    is_restricted: false,
    is_locked_down: false,
    night_mode_enabled: false,
    has_warnings: 0,
    warning_limit: 3,
    last_action: null,
    banned_until: null,
    muted_until: null,
    restricted_until: null,
    ...overrides,
  };
}

const labels = (markup: InlineKeyboardMarkup) => markup.inline_keyboard.map((row) => row.map((b) => b.text));

/** What each button's press would carry, after checking the tag. */
const presses = (markup: InlineKeyboardMarkup) =>
  markup.inline_keyboard.map((row) =>
    row.map((button) => {
      const data = (button as { callback_data: string }).callback_data;
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      const unpacked = panelButton.unpack(data, key);
      if (!unpacked.ok) throw new Error(`button ${button.text}: ${unpacked.reason}`);
      return `${unpacked.value.act}:${unpacked.value.dur}`;
    }),
  );

describe("a member's panel", () => {
  it("a member under no restriction: each toggle offers to impose, timed ones ask for how long", () => {
    const panel = memberPanel(t, key, CHAT, memberStateFromApi(ann, status()));
    expect(panel.text).toBe(
      '⚙️ Moderation: <a href="tg://user?id=5550001">Ann</a>\n✅ Not muted, banned or restricted\n⚠️ Warnings: 0/3\n🔓 Group open · night mode off',
    );
    expect(labels(panel.reply_markup)).toEqual([
      ["🔇 Mute", "🚫 Ban"],
      ["✋ Restrict", "⚠️ Warn (0/3)"],
      ["🔒 Lock down", "🌙 Night mode on"],
      ["🔄 Refresh", "✖ Close"],
    ]);
    expect(presses(panel.reply_markup)).toEqual([
      ["mute:ask", "ban:ask"],
      ["restrict:ask", "warn:none"],
      ["lockdown:none", "nighton:none"],
      ["show:none", "close:none"],
    ]);
    const first = panelButton.unpack(
      (panel.reply_markup.inline_keyboard[0]![0] as { callback_data: string }).callback_data,
      key,
    );
    expect(first).toEqual({ ok: true, value: { chat: CHAT, target: ann.id, act: "mute", dur: "ask" } });
  });

  it("muted until a time, banned for good, warned twice, the group locked at night: each toggle lifts", () => {
    const state = memberStateFromApi(
      ann,
      status({
        is_muted: true,
        muted_until: "2026-01-17T15:30:45.123Z",
        is_banned: true,
        has_warnings: 2,
        warning_limit: 5,
        is_locked_down: true,
        night_mode_enabled: true,
      }),
    );
    const panel = memberPanel(t, key, CHAT, state, "🔇 <b>done</b>");
    expect(panel.text).toBe(
      [
        '⚙️ Moderation: <a href="tg://user?id=5550001">Ann</a>',
        "🔇 Muted until 2026-01-17 15:30 UTC",
        "🚫 Banned until unbanned",
        "⚠️ Warnings: 2/5",
        "🔒 Group locked down · 🌙 night mode on",
        "",
        "🔇 <b>done</b>",
      ].join("\n"),
    );
    expect(labels(panel.reply_markup)).toEqual([
      ["🔊 Unmute", "✅ Unban"],
      ["✋ Restrict", "⚠️ Warn (2/5)"],
      ["🧹 Clear warnings"],
      ["🔓 Unlock", "☀️ Night mode off"],
      ["🔄 Refresh", "✖ Close"],
    ]);
    expect(presses(panel.reply_markup).slice(0, 4)).toEqual([
      ["unmute:none", "unban:none"],
      ["restrict:ask", "warn:none"],
      ["clear:none"],
      ["unlock:none", "nightoff:none"],
    ]);
  });

  it("escapes the member's name and shortens a very long one", () => {
    const eve = { id: 7, name: `<b>Eve</b> & "co"${"x".repeat(100)}` };
    const panel = memberPanel(t, key, CHAT, memberStateFromApi(eve, status({ user_id: 7 })));
    const title = panel.text.split("\n")[0]!;
    expect(title).toBe(
      `⚙️ Moderation: <a href="tg://user?id=7">&lt;b&gt;Eve&lt;/b&gt; &amp; "co"${"x".repeat(47)}</a>`,
    );
  });

  it("with API V2 down, Telegram's view: the restriction shown, warnings and the group unknown", () => {
    const restricted = {
      status: "restricted",
      user: { id: ann.id, is_bot: false, first_name: "Ann" },
      is_member: true,
      can_send_messages: false,
      until_date: Date.parse("2026-01-17T16:00:00Z") / 1000,
    } as ChatMember;
    const panel = memberPanel(t, key, CHAT, memberStateFromTelegram(ann, restricted));
    expect(panel.text).toBe(
      [
        '⚙️ Moderation: <a href="tg://user?id=5550001">Ann</a>',
        "🔇 Muted until 2026-01-17 16:00 UTC",
        "⚠️ API V2 does not answer: this is what Telegram shows; warnings and the group's state are unknown.",
      ].join("\n"),
    );
    expect(labels(panel.reply_markup)).toEqual([
      ["🔊 Unmute", "🚫 Ban"],
      ["✋ Restrict", "⚠️ Warn"],
      ["🔄 Refresh", "✖ Close"],
    ]);
    const kicked = { status: "kicked", user: restricted.user, until_date: 0 } as ChatMember;
    expect(memberStateFromTelegram(ann, kicked)).toEqual({ target: ann, banned: { until: null } });
    const textOnly = { ...restricted, can_send_messages: true } as ChatMember;
    expect(memberStateFromTelegram(ann, textOnly).restricted).toEqual({ until: "2026-01-17T16:00:00.000Z" });
  });

  it("speaks the reader's language", () => {
    const panel = memberPanel(
      translator("ru"),
      key,
      CHAT,
      memberStateFromApi(ann, status({ has_warnings: 1 })),
    );
    expect(panel.text).toBe(
      '⚙️ Модерация: <a href="tg://user?id=5550001">Ann</a>\n✅ Без мута, бана и ограничений\n⚠️ Предупреждения: 1/3\n🔓 Группа открыта · ночной режим выключен',
    );
    expect(labels(panel.reply_markup)[0]).toEqual(["🔇 Заглушить", "🚫 Забанить"]);
  });
});

describe("the duration step", () => {
  it("offers 10 min, 1 h, 1 d and forever for the action pressed, and Back", () => {
    const markup = durationKeyboard(t, key, CHAT, ann.id, "ban");
    expect(labels(markup)).toEqual([["🚫 10 min", "🚫 1 h", "🚫 1 d", "🚫 forever"], ["‹ Back"]]);
    expect(presses(markup)).toEqual([["ban:10m", "ban:1h", "ban:1d", "ban:ever"], ["show:none"]]);
  });
});

describe("the group's panel", () => {
  it("sums up the settings; locks shown as typed, escaped", () => {
    const settings: GroupSettings = {
      ...defaultSettings(CHAT),
      features_enabled: { lockdown_enabled: true },
      night_mode: { ...defaultSettings(CHAT).night_mode, enabled: true, time_zone: "Europe/Chisinau" },
      flood: { ...defaultSettings(CHAT).flood, enabled: true, messages: 6, seconds: 8 },
      warnings: { limit: 4, action: "kick", action_duration: null, expiry: null },
      locks: ["url", "sticker", "<x>"],
      welcome: { enabled: true, text: "hi" },
    };
    const panel = groupPanel(t, key, CHAT, "Cats & <Dogs>", settings, "🔒 done");
    expect(panel.text).toBe(
      [
        "⚙️ Moderation: Cats &amp; &lt;Dogs&gt;",
        "🔒 Locked down: only admins can write",
        "🌙 Night mode: 23:00–07:00 (Europe/Chisinau)",
        "⚠️ After 4 warnings: removal from the group",
        "🌊 Flood control: 6 messages in 8 s",
        "🔐 Locked content: <code>url</code>, <code>sticker</code>, <code>&lt;x&gt;</code>",
        "👋 Welcome: on · 🧩 Captcha: off",
        "For a member's panel, reply to their message with /settings, or give their id: /settings 123456789",
        "",
        "🔒 done",
      ].join("\n"),
    );
    expect(labels(panel.reply_markup)).toEqual([
      ["🔓 Unlock", "☀️ Night mode off"],
      ["🔄 Refresh", "✖ Close"],
    ]);
    const press = panelButton.unpack(
      (panel.reply_markup.inline_keyboard[0]![0] as { callback_data: string }).callback_data,
      key,
    );
    expect(press).toEqual({ ok: true, value: { chat: CHAT, target: 0, act: "unlock", dur: "none" } });
  });

  it("with API V2 down: says so, and offers only Refresh and Close", () => {
    const panel = groupPanel(t, key, CHAT, "Cats", undefined);
    expect(panel.text).toBe(
      [
        "⚙️ Moderation: Cats",
        "⚠️ API V2 does not answer: the group's settings cannot be shown now.",
        "For a member's panel, reply to their message with /settings, or give their id: /settings 123456789",
      ].join("\n"),
    );
    expect(labels(panel.reply_markup)).toEqual([["🔄 Refresh", "✖ Close"]]);
  });
});

describe("the buttons' data", () => {
  it("fits 64 bytes for the largest ids Telegram gives", () => {
    expect(panelButton.maxBytes).toBeLessThanOrEqual(64);
    const data = panelButton.pack({ chat: -(2 ** 52), target: 2 ** 52, act: "unrestrict", dur: "none" }, key);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
  });
});
