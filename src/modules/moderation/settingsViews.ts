/**
 * The screens of the private settings menu: the list of the admin's groups, then for one group a
 * summary of every setting and a screen per section with its buttons. Pure: a screen is HTML and
 * rows of buttons that name a press (domain/settingsEdits.ts); the feature packs them into signed
 * callback data. The group's title and the welcome text are plain text, escaped by `t`.
 */
import type { BotContext } from "../../kernel/context.js";
import { cut } from "../../kernel/html.js";
import {
  type GroupSettings,
  LOCK_TYPES,
  type LockType,
  PENALTIES,
  type Penalty,
  WEEKDAYS,
  type Weekday,
} from "./apiV2Schemas.js";
import { type AskName, type EditName, type Press, SECTIONS, type Section } from "./domain/settingsEdits.js";
import { WELCOME_PLACEHOLDERS } from "./domain/welcomeText.js";
import { durationText } from "./views.js";

type Translate = BotContext["t"];

export interface MenuButton {
  label: string;
  go: Press;
  /** The group the press is about; the screen's group when absent. */
  chat?: number;
  page?: number;
}

export interface MenuScreen {
  text: string;
  rows: MenuButton[][];
}

export interface GroupRef {
  id: number;
  title: string;
}

/** Groups per page of the list. */
export const GROUPS_PER_PAGE = 8;
/** Longest title on a button, and of the welcome text shown. */
const TITLE_LIMIT = 48;
const WELCOME_SHOWN = 300;

const ON = "✅ ";
const OFF = "▫️ ";
const CHOSEN = "✓ ";
const mark = (on: boolean) => (on ? ON : OFF);

export const LOCK_LABELS: Readonly<Record<LockType, string>> = {
  audio: "mod-ps-lock-audio",
  bot: "mod-ps-lock-bot",
  button: "mod-ps-lock-button",
  command: "mod-ps-lock-command",
  contact: "mod-ps-lock-contact",
  document: "mod-ps-lock-document",
  email: "mod-ps-lock-email",
  forward: "mod-ps-lock-forward",
  game: "mod-ps-lock-game",
  gif: "mod-ps-lock-gif",
  inline: "mod-ps-lock-inline",
  invitelink: "mod-ps-lock-invitelink",
  location: "mod-ps-lock-location",
  phone: "mod-ps-lock-phone",
  photo: "mod-ps-lock-photo",
  poll: "mod-ps-lock-poll",
  sticker: "mod-ps-lock-sticker",
  text: "mod-ps-lock-text",
  url: "mod-ps-lock-url",
  video: "mod-ps-lock-video",
  videonote: "mod-ps-lock-videonote",
  voice: "mod-ps-lock-voice",
};

export const DAY_LABELS: Readonly<Record<Weekday, string>> = {
  mon: "mod-ps-day-mon",
  tue: "mod-ps-day-tue",
  wed: "mod-ps-day-wed",
  thu: "mod-ps-day-thu",
  fri: "mod-ps-day-fri",
  sat: "mod-ps-day-sat",
  sun: "mod-ps-day-sun",
};

const SECTION_LABELS: Readonly<Record<Exclude<Section, "main">, string>> = {
  warn: "mod-ps-sec-warn",
  flood: "mod-ps-sec-flood",
  locks: "mod-ps-sec-locks",
  night: "mod-ps-sec-night",
  welcome: "mod-ps-sec-welcome",
  captcha: "mod-ps-sec-captcha",
  log: "mod-ps-sec-log",
  autodel: "mod-ps-sec-autodel",
};

const PENALTY_LABELS: Readonly<Record<Penalty, string>> = {
  ban: "mod-ps-btn-ban",
  kick: "mod-ps-btn-kick",
  mute: "mod-ps-btn-mute",
};

const AUTO_DELETE = [
  ["commands", "ad-cmd", "mod-ps-ad-cmd"],
  ["service_messages", "ad-svc", "mod-ps-ad-svc"],
  ["welcome", "ad-welc", "mod-ps-ad-welc"],
] as const satisfies ReadonlyArray<readonly [keyof GroupSettings["auto_delete"], EditName, string]>;

const onOff = (on: boolean) => (on ? "yes" : "no");

/** What happens at the limit (or to a flooder): `ban for 1 d`, `mute forever`, `removal`. */
export function penaltyText(
  t: Translate,
  block: { action: Penalty; action_duration: number | null },
): string {
  const durationHtml = durationText(t, block.action_duration ?? undefined);
  const timed = block.action_duration === null ? "no" : "yes";
  switch (block.action) {
    case "ban":
      return t("mod-ps-then-ban", { durationHtml, timed });
    case "mute":
      return t("mod-ps-then-mute", { durationHtml, timed });
    case "kick":
      return t("mod-ps-then-kick");
  }
}

/** The weekdays, Monday first, as short names; "every day" when all seven. */
export function daysText(t: Translate, weekdays: readonly Weekday[]): string {
  if (weekdays.length === WEEKDAYS.length) return t("mod-ps-every-day");
  return WEEKDAYS.filter((d) => weekdays.includes(d))
    .map((d) => t(DAY_LABELS[d]))
    .join(", ");
}

const back = (t: Translate): MenuButton[] => [{ label: t("mod-ps-back"), go: "main" }];
const ask = (t: Translate, key: string, go: AskName): MenuButton => ({ label: t(key), go });
const turn = (t: Translate, on: boolean, go: EditName): MenuButton => ({
  label: t("mod-ps-btn-turn", { on: onOff(on) }),
  go,
});

function penaltyRow(t: Translate, current: Penalty, prefix: "warn" | "flood"): MenuButton[] {
  return PENALTIES.map((p) => ({
    label: `${p === current ? CHOSEN : ""}${t(PENALTY_LABELS[p])}`,
    go: `${prefix}-${p}` as EditName,
  }));
}

/** The admin's groups, a page of them, each a button to its settings. */
export function groupListScreen(t: Translate, groups: readonly GroupRef[], page: number): MenuScreen {
  if (groups.length === 0) return { text: t("mod-ps-groups-none"), rows: [] };
  const pages = Math.ceil(groups.length / GROUPS_PER_PAGE);
  const at = Math.min(Math.max(page, 0), pages - 1);
  const shown = groups.slice(at * GROUPS_PER_PAGE, (at + 1) * GROUPS_PER_PAGE);
  const paging: MenuButton[] = [];
  if (at > 0) paging.push({ label: "◀", go: "groups", chat: 0, page: at - 1 });
  if (at < pages - 1) paging.push({ label: "▶", go: "groups", chat: 0, page: at + 1 });
  const text = [
    t("mod-ps-groups-title"),
    pages > 1 ? t("mod-ps-groups-page", { page: at + 1, pages }) : undefined,
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    rows: [
      ...shown.map((g) => [
        { label: cut(g.title, TITLE_LIMIT) || String(g.id), go: "main" as const, chat: g.id },
      ]),
      ...(paging.length > 0 ? [paging] : []),
    ],
  };
}

function mainScreen(t: Translate, group: GroupRef, s: GroupSettings): MenuScreen {
  const locks = LOCK_TYPES.filter((l) => s.locks.includes(l)).map((l) => t(LOCK_LABELS[l]));
  const autoDeleted = AUTO_DELETE.filter(([field]) => s.auto_delete[field]).map(([, , key]) => t(key));
  const text = [
    t("mod-ps-title", { group: group.title }),
    "",
    t("mod-ps-main-warn", { limit: s.warnings.limit, actionHtml: penaltyText(t, s.warnings) }),
    s.flood.enabled
      ? t("mod-ps-main-flood", {
          messages: s.flood.messages,
          secondsHtml: durationText(t, s.flood.seconds),
          actionHtml: penaltyText(t, s.flood),
        })
      : t("mod-ps-main-flood-off"),
    locks.length > 0 ? t("mod-ps-main-locks", { listHtml: locks.join(", ") }) : t("mod-ps-main-locks-none"),
    s.night_mode.enabled
      ? t("mod-ps-main-night", {
          start: s.night_mode.start,
          end: s.night_mode.end,
          zone: s.night_mode.time_zone,
          daysHtml: daysText(t, s.night_mode.weekdays),
        })
      : t("mod-ps-main-night-off"),
    t("mod-ps-main-welcome", { on: onOff(s.welcome.enabled) }),
    t("mod-ps-main-captcha", {
      on: onOff(s.captcha.enabled),
      durationHtml: durationText(t, s.captcha.seconds),
    }),
    s.log_channel_id === null
      ? t("mod-ps-main-log-none")
      : t("mod-ps-main-log", { id: String(s.log_channel_id) }),
    autoDeleted.length > 0
      ? t("mod-ps-main-autodel", { listHtml: autoDeleted.join(", ") })
      : t("mod-ps-main-autodel-none"),
  ].join("\n");
  const sections = SECTIONS.filter((x): x is Exclude<Section, "main"> => x !== "main").map((x) => ({
    label: t(SECTION_LABELS[x]),
    go: x,
  }));
  const rows: MenuButton[][] = [];
  for (let i = 0; i < sections.length; i += 2) rows.push(sections.slice(i, i + 2));
  rows.push([{ label: t("mod-ps-to-groups"), go: "groups", chat: 0 }]);
  return { text, rows };
}

function warnScreen(t: Translate, group: GroupRef, s: GroupSettings): MenuScreen {
  const w = s.warnings;
  const text = [
    t("mod-ps-warn-title", { group: group.title }),
    t("mod-ps-warn-limit", { limit: w.limit, actionHtml: penaltyText(t, w) }),
    w.expiry === null
      ? t("mod-ps-warn-expiry-never")
      : t("mod-ps-warn-expiry", { durationHtml: durationText(t, w.expiry) }),
  ].join("\n");
  const rows: MenuButton[][] = [[ask(t, "mod-ps-btn-limit", "ask-limit")], penaltyRow(t, w.action, "warn")];
  if (w.action !== "kick") {
    rows.push([
      ask(t, "mod-ps-btn-duration", "ask-wdur"),
      { label: t("mod-ps-btn-forever"), go: "warn-forever" },
    ]);
  }
  rows.push([ask(t, "mod-ps-btn-expiry", "ask-wexp"), { label: t("mod-ps-btn-noexp"), go: "warn-noexp" }]);
  rows.push(back(t));
  return { text, rows };
}

function floodScreen(t: Translate, group: GroupRef, s: GroupSettings): MenuScreen {
  const f = s.flood;
  const text = [
    t("mod-ps-flood-title", { group: group.title, on: onOff(f.enabled) }),
    t("mod-ps-flood-rule", { messages: f.messages, secondsHtml: durationText(t, f.seconds) }),
    t("mod-ps-flood-then", { actionHtml: penaltyText(t, f) }),
  ].join("\n");
  const rows: MenuButton[][] = [
    [turn(t, f.enabled, "flood-tog")],
    [ask(t, "mod-ps-btn-flood-rule", "ask-flood")],
    penaltyRow(t, f.action, "flood"),
  ];
  if (f.action !== "kick") {
    rows.push([
      ask(t, "mod-ps-btn-duration", "ask-fdur"),
      { label: t("mod-ps-btn-forever"), go: "flood-forever" },
    ]);
  }
  rows.push(back(t));
  return { text, rows };
}

function locksScreen(t: Translate, group: GroupRef, s: GroupSettings): MenuScreen {
  const buttons = LOCK_TYPES.map((l) => ({
    label: `${mark(s.locks.includes(l))}${t(LOCK_LABELS[l])}`,
    go: `lock-${l}` as EditName,
  }));
  const rows: MenuButton[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  rows.push(back(t));
  return { text: t("mod-ps-locks-title", { group: group.title }), rows };
}

function nightScreen(t: Translate, group: GroupRef, s: GroupSettings): MenuScreen {
  const n = s.night_mode;
  const text = [
    t("mod-ps-night-title", { group: group.title, on: onOff(n.enabled) }),
    t("mod-ps-night-window", { start: n.start, end: n.end, zone: n.time_zone }),
    t("mod-ps-night-days", { daysHtml: daysText(t, n.weekdays) }),
  ].join("\n");
  const days = WEEKDAYS.map((d) => ({
    label: `${n.weekdays.includes(d) ? CHOSEN : ""}${t(DAY_LABELS[d])}`,
    go: `day-${d}` as EditName,
  }));
  return {
    text,
    rows: [
      [turn(t, n.enabled, "night-tog")],
      [ask(t, "mod-ps-btn-start", "ask-start"), ask(t, "mod-ps-btn-end", "ask-end")],
      [ask(t, "mod-ps-btn-zone", "ask-zone")],
      days.slice(0, 4),
      days.slice(4),
      back(t),
    ],
  };
}

function welcomeScreen(t: Translate, group: GroupRef, s: GroupSettings): MenuScreen {
  const w = s.welcome;
  const text = [
    t("mod-ps-welcome-title", { group: group.title, on: onOff(w.enabled) }),
    w.text === null
      ? t("mod-ps-welcome-default")
      : t("mod-ps-welcome-text", { text: cut(w.text, WELCOME_SHOWN) }),
    t("mod-ps-welcome-placeholders", { list: placeholderList() }),
  ].join("\n");
  const rows: MenuButton[][] = [
    [turn(t, w.enabled, "welc-tog")],
    [ask(t, "mod-ps-btn-welcome-text", "ask-welc")],
  ];
  if (w.text !== null) rows[1]!.push({ label: t("mod-ps-btn-welcome-default"), go: "welc-default" });
  rows.push(back(t));
  return { text, rows };
}

/** `{first} {last} …`: the placeholders a welcome text may use. */
export const placeholderList = () => WELCOME_PLACEHOLDERS.map((p) => `{${p}}`).join(" ");

function captchaScreen(t: Translate, group: GroupRef, s: GroupSettings): MenuScreen {
  const c = s.captcha;
  const text = [
    t("mod-ps-captcha-title", { group: group.title, on: onOff(c.enabled) }),
    t("mod-ps-captcha-time", { durationHtml: durationText(t, c.seconds) }),
  ].join("\n");
  return {
    text,
    rows: [[turn(t, c.enabled, "capt-tog")], [ask(t, "mod-ps-btn-captcha-time", "ask-capt")], back(t)],
  };
}

function logScreen(t: Translate, group: GroupRef, s: GroupSettings): MenuScreen {
  const id = s.log_channel_id;
  const text = [
    t("mod-ps-log-title", { group: group.title }),
    id === null ? t("mod-ps-log-none") : t("mod-ps-log-set", { id: String(id) }),
  ].join("\n");
  const row: MenuButton[] = [ask(t, "mod-ps-btn-log-set", "ask-log")];
  if (id !== null) row.push({ label: t("mod-ps-btn-log-clear"), go: "log-clear" });
  return { text, rows: [row, back(t)] };
}

function autoDeleteScreen(t: Translate, group: GroupRef, s: GroupSettings): MenuScreen {
  return {
    text: t("mod-ps-autodel-title", { group: group.title }),
    rows: [
      ...AUTO_DELETE.map(([field, go, key]) => [{ label: `${mark(s.auto_delete[field])}${t(key)}`, go }]),
      back(t),
    ],
  };
}

const SCREENS: Readonly<Record<Section, (t: Translate, group: GroupRef, s: GroupSettings) => MenuScreen>> = {
  main: mainScreen,
  warn: warnScreen,
  flood: floodScreen,
  locks: locksScreen,
  night: nightScreen,
  welcome: welcomeScreen,
  captcha: captchaScreen,
  log: logScreen,
  autodel: autoDeleteScreen,
};

/** A section of `group`'s settings. */
export function settingsScreen(
  t: Translate,
  section: Section,
  group: GroupRef,
  settings: GroupSettings,
): MenuScreen {
  return SCREENS[section](t, group, settings);
}
