/**
 * The /settings panel's buttons (`md.pn`): each carries everything its press needs (the group,
 * the member, what to do, for how long), signed with the bot's key, so a panel keeps working after
 * a restart or on another instance and nothing is kept in memory. Pure data, no Telegram.
 */
import { defineCallback, int, oneOf } from "../../../kernel/callbackData.js";
import type { MemberCommand } from "./actionSpecs.js";

/** What a member's toggles do: the member commands' own actions. */
export const MEMBER_TOGGLES = [
  "mute",
  "unmute",
  "ban",
  "unban",
  "restrict",
  "unrestrict",
  "warn",
] as const satisfies readonly MemberCommand[];
export type MemberToggle = (typeof MEMBER_TOGGLES)[number];

/** The group's toggles: lockdown and night mode. */
export const GROUP_TOGGLES = ["lockdown", "unlock", "nighton", "nightoff"] as const;
export type GroupToggle = (typeof GROUP_TOGGLES)[number];

/**
 * What a press does: a member toggle, clearing warnings, a group toggle, or the panel itself
 * (`show`: drawn again from API V2 — Refresh and Back; `close`: removed).
 */
export const PANEL_ACTIONS = [...MEMBER_TOGGLES, "clear", ...GROUP_TOGGLES, "show", "close"] as const;
export type PanelAction = (typeof PANEL_ACTIONS)[number];

export const isMemberToggle = (action: PanelAction): action is MemberToggle =>
  (MEMBER_TOGGLES as readonly string[]).includes(action);
export const isGroupToggle = (action: PanelAction): action is GroupToggle =>
  (GROUP_TOGGLES as readonly string[]).includes(action);

/** The panel's actions that last a chosen time: their button opens a row of durations first. */
export const PANEL_TIMED = ["mute", "ban", "restrict"] as const satisfies readonly PanelAction[];
export type PanelTimedAction = (typeof PANEL_TIMED)[number];
export const isPanelTimed = (action: PanelAction): action is PanelTimedAction =>
  (PANEL_TIMED as readonly string[]).includes(action);

/** The durations offered, in seconds; `ever` is until lifted. */
export const PANEL_DURATIONS = { "10m": 600, "1h": 3600, "1d": 86_400, ever: undefined } as const;
export type PanelDuration = keyof typeof PANEL_DURATIONS;

/** `ask`: open the duration row; `none`: an action that takes no duration. */
const DURATION_CODES = ["none", "ask", ...(Object.keys(PANEL_DURATIONS) as PanelDuration[])] as const;
export type DurationCode = (typeof DURATION_CODES)[number];

/** Telegram's ids fit in 52 bits: a group's is negative, a user's positive. */
const ID_BITS = 2 ** 52;

/** `target` 0 is the group's own panel (no member). */
export const NO_TARGET = 0;

export const panelButton = defineCallback("md.pn", 1, {
  chat: int(-ID_BITS, -1),
  target: int(NO_TARGET, ID_BITS),
  act: oneOf(PANEL_ACTIONS),
  dur: oneOf(DURATION_CODES),
});
