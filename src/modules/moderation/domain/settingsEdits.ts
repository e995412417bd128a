/**
 * The private settings menu as data: its sections, the presses that change a setting at once
 * (toggles and choices: each gives the PATCH body from the settings as they are now, or a refusal),
 * and the values asked for by typing (each a form). Names travel in the menu's callback data, so
 * they are short, `[a-z0-9-]`, and never reused for something else. Pure.
 */
import {
  type GroupSettings,
  LOCK_TYPES,
  type LockType,
  type Penalty,
  type SettingsPatch,
  WEEKDAYS,
  type Weekday,
} from "../apiV2Schemas.js";

export const SECTIONS = [
  "main",
  "warn",
  "flood",
  "locks",
  "night",
  "welcome",
  "captcha",
  "log",
  "autodel",
] as const;
export type Section = (typeof SECTIONS)[number];

/** A press that changes settings now: the PATCH body, or a Fluent key saying why not. */
export interface Edit {
  section: Section;
  apply(settings: GroupSettings): SettingsPatch | { refused: string };
}

const penalty = (block: "warnings" | "flood", action: Penalty): Edit => ({
  section: block === "warnings" ? "warn" : "flood",
  // A kick has no duration (API V2 refuses one); ban and mute keep the one set.
  apply: () => ({ [block]: action === "kick" ? { action, action_duration: null } : { action } }),
});

/** `locks` with `lock` added or removed, in API V2's order. */
export function toggledLocks(locks: readonly string[], lock: LockType): string[] {
  const next = locks.includes(lock) ? locks.filter((l) => l !== lock) : [...locks, lock];
  return LOCK_TYPES.filter((l) => next.includes(l));
}

/** `weekdays` with `day` added or removed, Monday first; undefined when it would leave none. */
export function toggledWeekdays(weekdays: readonly Weekday[], day: Weekday): Weekday[] | undefined {
  const next = weekdays.includes(day) ? weekdays.filter((d) => d !== day) : [...weekdays, day];
  return next.length === 0 ? undefined : WEEKDAYS.filter((d) => next.includes(d));
}

export const EDITS = {
  "warn-ban": penalty("warnings", "ban"),
  "warn-kick": penalty("warnings", "kick"),
  "warn-mute": penalty("warnings", "mute"),
  "warn-forever": { section: "warn", apply: () => ({ warnings: { action_duration: null } }) },
  "warn-noexp": { section: "warn", apply: () => ({ warnings: { expiry: null } }) },
  "flood-tog": { section: "flood", apply: (s) => ({ flood: { enabled: !s.flood.enabled } }) },
  "flood-ban": penalty("flood", "ban"),
  "flood-kick": penalty("flood", "kick"),
  "flood-mute": penalty("flood", "mute"),
  "flood-forever": { section: "flood", apply: () => ({ flood: { action_duration: null } }) },
  ...(Object.fromEntries(
    LOCK_TYPES.map((lock) => [
      `lock-${lock}`,
      { section: "locks", apply: (s: GroupSettings) => ({ locks: toggledLocks(s.locks, lock) }) },
    ]),
  ) as Record<`lock-${LockType}`, Edit>),
  // The menu makes this change through `setNightMode`, as /nightmode does (recorded in API V2,
  // the chat closed or opened at once when the window holds): the patch says what it amounts to.
  "night-tog": { section: "night", apply: (s) => ({ night_mode: { enabled: !s.night_mode.enabled } }) },
  ...(Object.fromEntries(
    WEEKDAYS.map((day) => [
      `day-${day}`,
      {
        section: "night",
        apply: (s: GroupSettings) => {
          const weekdays = toggledWeekdays(s.night_mode.weekdays, day);
          return weekdays ? { night_mode: { weekdays } } : { refused: "mod-ps-last-day" };
        },
      },
    ]),
  ) as Record<`day-${Weekday}`, Edit>),
  "welc-tog": { section: "welcome", apply: (s) => ({ welcome: { enabled: !s.welcome.enabled } }) },
  "welc-default": { section: "welcome", apply: () => ({ welcome: { text: null } }) },
  "capt-tog": { section: "captcha", apply: (s) => ({ captcha: { enabled: !s.captcha.enabled } }) },
  "log-clear": { section: "log", apply: () => ({ log_channel_id: null }) },
  "ad-cmd": { section: "autodel", apply: (s) => ({ auto_delete: { commands: !s.auto_delete.commands } }) },
  "ad-svc": {
    section: "autodel",
    apply: (s) => ({ auto_delete: { service_messages: !s.auto_delete.service_messages } }),
  },
  "ad-welc": { section: "autodel", apply: (s) => ({ auto_delete: { welcome: !s.auto_delete.welcome } }) },
} satisfies Record<string, Edit>;
export type EditName = keyof typeof EDITS;
export const EDIT_NAMES = Object.keys(EDITS) as EditName[];

/** The values typed in (one form each), with the section their menu returns to. */
export const ASKS = {
  "ask-limit": "warn",
  "ask-wdur": "warn",
  "ask-wexp": "warn",
  "ask-flood": "flood",
  "ask-fdur": "flood",
  "ask-start": "night",
  "ask-end": "night",
  "ask-zone": "night",
  "ask-welc": "welcome",
  "ask-capt": "captcha",
  "ask-log": "log",
} as const satisfies Record<string, Section>;
export type AskName = keyof typeof ASKS;
export const ASK_NAMES = Object.keys(ASKS) as AskName[];

/** Everything a menu button can say: the group list, a section, an edit, a value to type. */
export const PRESSES = ["groups", ...SECTIONS, ...EDIT_NAMES, ...ASK_NAMES] as const;
export type Press = (typeof PRESSES)[number];

export const isSection = (press: string): press is Section => (SECTIONS as readonly string[]).includes(press);
export const isEdit = (press: string): press is EditName => press in EDITS;
export const isAsk = (press: string): press is AskName => press in ASKS;
