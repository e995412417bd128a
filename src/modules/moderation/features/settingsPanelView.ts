/**
 * The /settings panel as text and buttons, from a state already read: a member's (muted, banned,
 * restricted until when, warnings against the limit, and the group's lockdown and night mode)
 * with one toggle per pair, each labelled with what it will do now, or the group's own (its
 * settings summed up, lockdown and night mode toggles). Pure: no Telegram, no API V2.
 */
import type { ChatMember, InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { CallbackKey } from "../../../kernel/callbackData.js";
import { code } from "../../../kernel/html.js";
import type { GroupSettings, UserStatus } from "../apiV2Schemas.js";
import { durationText, lines, type Member, mention, utc } from "../views.js";
import {
  type DurationCode,
  NO_TARGET,
  PANEL_DURATIONS,
  type PanelAction,
  type PanelDuration,
  type PanelTimedAction,
  panelButton,
} from "./settingsPanelButtons.js";

export type Translate = (key: string, variables?: Record<string, string | number | Date>) => string;

/** A restriction in force: until an ISO instant, or (null) until lifted. */
export interface Restriction {
  until: string | null;
}

export interface GroupState {
  lockedDown: boolean;
  nightMode: boolean;
}

export interface MemberState {
  target: Member;
  muted?: Restriction;
  banned?: Restriction;
  restricted?: Restriction;
  /** Undefined when API V2 did not answer (the rest is then Telegram's view). */
  warnings?: { count: number; limit: number };
  group?: GroupState;
}

export interface Panel {
  text: string;
  reply_markup: InlineKeyboardMarkup;
}

/** The member's state as API V2 records it. */
export function memberStateFromApi(target: Member, status: UserStatus): MemberState {
  return {
    target,
    ...(status.is_muted ? { muted: { until: status.muted_until } } : {}),
    ...(status.is_banned ? { banned: { until: status.banned_until } } : {}),
    ...(status.is_restricted ? { restricted: { until: status.restricted_until } } : {}),
    warnings: { count: status.has_warnings, limit: status.warning_limit },
    group: { lockedDown: status.is_locked_down, nightMode: status.night_mode_enabled },
  };
}

/** The member's state as Telegram shows it (when API V2 does not answer): no warnings, no group state. */
export function memberStateFromTelegram(target: Member, member: ChatMember): MemberState {
  const until = (date: number): Restriction => ({
    until: date > 0 ? new Date(date * 1000).toISOString() : null,
  });
  if (member.status === "kicked") return { target, banned: until(member.until_date) };
  if (member.status === "restricted") {
    return member.can_send_messages
      ? { target, restricted: until(member.until_date) }
      : { target, muted: until(member.until_date) };
  }
  return { target };
}

function restrictionLine(
  t: Translate,
  restriction: Restriction | undefined,
  keys: { until: string; forever: string },
): string | undefined {
  if (!restriction) return undefined;
  return restriction.until === null ? t(keys.forever) : t(keys.until, { until: utc(restriction.until) });
}

const onOff = (on: boolean) => (on ? "yes" : "no");

/** One button of the panel of `chatId` (and `target`, or the group's own). */
type ButtonMaker = (text: string, act: PanelAction, dur?: DurationCode) => InlineKeyboardButton;

function buttons(key: CallbackKey, chatId: number, target: number): ButtonMaker {
  return (text, act, dur = "none") => ({
    text,
    callback_data: panelButton.pack({ chat: chatId, target, act, dur }, key),
  });
}

/** Lockdown and night mode, each offering the opposite of the group's state. */
function groupRow(t: Translate, button: ButtonMaker, group: GroupState): InlineKeyboardButton[] {
  return [
    group.lockedDown
      ? button(t("mod-panel-btn-unlock"), "unlock")
      : button(t("mod-panel-btn-lockdown"), "lockdown"),
    group.nightMode
      ? button(t("mod-panel-btn-night-off"), "nightoff")
      : button(t("mod-panel-btn-night-on"), "nighton"),
  ];
}

/** Text and buttons of a member's panel; `result` (HTML) is the last action's answer. */
export function memberPanel(
  t: Translate,
  key: CallbackKey,
  chatId: number,
  state: MemberState,
  result?: string,
): Panel {
  const { muted, banned, restricted, warnings, group } = state;
  const free = !muted && !banned && !restricted;
  const text = lines(
    t("mod-panel-title", { targetHtml: mention(state.target) }),
    restrictionLine(t, muted, { until: "mod-panel-muted", forever: "mod-panel-muted-forever" }),
    restrictionLine(t, banned, { until: "mod-panel-banned", forever: "mod-panel-banned-forever" }),
    restrictionLine(t, restricted, {
      until: "mod-panel-restricted",
      forever: "mod-panel-restricted-forever",
    }),
    free ? t("mod-panel-free") : undefined,
    warnings ? t("mod-panel-warnings", warnings) : undefined,
    group
      ? t("mod-panel-group", { locked: onOff(group.lockedDown), night: onOff(group.nightMode) })
      : undefined,
    warnings ? undefined : t("mod-panel-from-telegram"),
    result ? `\n${result}` : undefined,
  );
  const button = buttons(key, chatId, state.target.id);
  const rows: InlineKeyboardButton[][] = [
    [
      muted ? button(t("mod-panel-btn-unmute"), "unmute") : button(t("mod-panel-btn-mute"), "mute", "ask"),
      banned ? button(t("mod-panel-btn-unban"), "unban") : button(t("mod-panel-btn-ban"), "ban", "ask"),
    ],
    [
      restricted
        ? button(t("mod-panel-btn-unrestrict"), "unrestrict")
        : button(t("mod-panel-btn-restrict"), "restrict", "ask"),
      warnings
        ? button(t("mod-panel-btn-warn", warnings), "warn")
        : button(t("mod-panel-btn-warn-unknown"), "warn"),
    ],
  ];
  if (warnings && warnings.count > 0) rows.push([button(t("mod-panel-btn-clear"), "clear")]);
  if (group) rows.push(groupRow(t, button, group));
  rows.push([button(t("mod-panel-btn-refresh"), "show"), button(t("mod-panel-btn-close"), "close")]);
  return { text, reply_markup: { inline_keyboard: rows } };
}

const DURATION_LABELS: Record<PanelTimedAction, string> = {
  mute: "mod-panel-btn-mute-for",
  ban: "mod-panel-btn-ban-for",
  restrict: "mod-panel-btn-restrict-for",
};

/** The second step of mute, ban and restrict: for how long (the panel's text stays). */
export function durationKeyboard(
  t: Translate,
  key: CallbackKey,
  chatId: number,
  targetId: number,
  action: PanelTimedAction,
): InlineKeyboardMarkup {
  const button = buttons(key, chatId, targetId);
  const choices = Object.entries(PANEL_DURATIONS) as Array<[PanelDuration, number | undefined]>;
  return {
    inline_keyboard: [
      choices.map(([dur, seconds]) =>
        button(t(DURATION_LABELS[action], { duration: durationText(t, seconds) }), action, dur),
      ),
      [button(t("mod-panel-btn-back"), "show")],
    ],
  };
}

/** The group's summary line by line. */
function settingsLines(t: Translate, settings: GroupSettings): string[] {
  const { night_mode: night, flood } = settings;
  return [
    t("mod-panel-group-lockdown", { on: onOff(settings.features_enabled.lockdown_enabled) }),
    night.enabled
      ? t("mod-panel-group-night-on", { start: night.start, end: night.end, zone: night.time_zone })
      : t("mod-panel-group-night-off"),
    t("mod-status-policy", { limit: settings.warnings.limit, action: settings.warnings.action }),
    flood.enabled
      ? t("mod-panel-group-flood-on", { messages: flood.messages, seconds: flood.seconds })
      : t("mod-panel-group-flood-off"),
    settings.locks.length > 0
      ? t("mod-panel-group-locks", { locksHtml: settings.locks.map((lock) => code(lock)).join(", ") })
      : t("mod-panel-group-no-locks"),
    t("mod-panel-group-welcome", {
      welcome: onOff(settings.welcome.enabled),
      captcha: onOff(settings.captcha.enabled),
    }),
  ];
}

/**
 * The group's own panel (`/settings` without a member): its settings summed up, lockdown and
 * night mode toggles; `settings` undefined when API V2 did not answer (only Refresh and Close).
 */
export function groupPanel(
  t: Translate,
  key: CallbackKey,
  chatId: number,
  title: string,
  settings: GroupSettings | undefined,
  result?: string,
): Panel {
  const text = lines(
    t("mod-panel-group-title", { title }),
    ...(settings ? settingsLines(t, settings) : [t("mod-panel-group-unknown")]),
    t("mod-panel-group-hint"),
    result ? `\n${result}` : undefined,
  );
  const button = buttons(key, chatId, NO_TARGET);
  const rows: InlineKeyboardButton[][] = [];
  if (settings) {
    const group = {
      lockedDown: settings.features_enabled.lockdown_enabled,
      nightMode: settings.night_mode.enabled,
    };
    rows.push(groupRow(t, button, group));
  }
  rows.push([button(t("mod-panel-btn-refresh"), "show"), button(t("mod-panel-btn-close"), "close")]);
  return { text, reply_markup: { inline_keyboard: rows } };
}
