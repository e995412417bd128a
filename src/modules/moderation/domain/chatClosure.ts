/**
 * Closing a whole group chat and opening it again, as pure rules. A chat is closed for one or more
 * reasons at once (an admin's lockdown, the night-mode window); it opens only when the last reason
 * is gone, and then with exactly the permissions it had before the first closure. Also the night
 * scheduler's plan (which chats to close and open now) and the `/nightmode` argument.
 */
import type { ChatPermissions } from "grammy/types";
import { NO_SENDING } from "./sendRights.js";

export const CLOSURE_REASONS = ["lockdown", "night"] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** A closed chat, as kept in storage until it opens again. */
export interface Closure {
  /** Why it is closed; never empty (a chat with no reason left is open and has no record). */
  reasons: ClosureReason[];
  /** The chat's permissions before the first closure: what reopening sets again. */
  previous: ChatPermissions;
  /** The group's title when it was closed (for the log channel of the scheduler's posts). */
  title?: string | undefined;
  /** When the night closed it (ISO), which keys the night's records. */
  nightSince?: string | undefined;
  /** When the night's window ends (ISO), by API V2; reopened then even if API V2 is down. */
  nightUntil?: string | undefined;
}

/**
 * The closed chat's permissions: `previous` with every send right off (what a closure takes away;
 * the rest stays as it was). Set with
 * `use_independent_chat_permissions`, so nothing implied changes (reactions, invites, pins stay).
 */
export function closedPermissions(previous: ChatPermissions): ChatPermissions {
  return { ...previous, ...NO_SENDING };
}

export type Closing =
  /** The chat was open: close it on Telegram with this record. */
  | { kind: "close"; closure: Closure }
  /** Already closed for another reason: only the record changes. */
  | { kind: "join"; closure: Closure }
  /** Already closed for this reason: nothing to do. */
  | { kind: "already" };

/**
 * What closing for `reason` does to `current` (undefined: open). `previous` is read only when
 * the chat is open, so a chat closed twice still reopens with what it had before the first.
 */
export function closing(
  current: Closure | undefined,
  reason: ClosureReason,
  open: () => Pick<Closure, "previous" | "title">,
  night: Pick<Closure, "nightSince" | "nightUntil"> = {},
): Closing {
  const nightFields = reason === "night" ? night : {};
  if (!current) return { kind: "close", closure: { reasons: [reason], ...open(), ...nightFields } };
  if (current.reasons.includes(reason)) return { kind: "already" };
  return {
    kind: "join",
    closure: { ...current, reasons: [...current.reasons, reason], ...nightFields },
  };
}

export type Opening =
  /** The last reason is gone: set `previous` on Telegram and forget the record. */
  | { kind: "open"; previous: ChatPermissions }
  /** Another reason still holds: keep the chat closed with this record. */
  | { kind: "keep"; closure: Closure }
  /** Not closed for this reason: nothing to do. */
  | { kind: "not-closed" };

export function opening(current: Closure | undefined, reason: ClosureReason): Opening {
  if (!current?.reasons.includes(reason)) return { kind: "not-closed" };
  const reasons = current.reasons.filter((r) => r !== reason);
  if (reasons.length === 0) return { kind: "open", previous: current.previous };
  const closure: Closure = { ...current, reasons };
  if (reason === "night") {
    delete closure.nightSince;
    delete closure.nightUntil;
  }
  return { kind: "keep", closure };
}

/** One group of API V2's night-mode list (`GET /api/v2/night-mode`), as the plan reads it. */
export interface NightWindow {
  group_id: number;
  enabled: boolean;
  active_now: boolean;
  next_change_at: string | null;
}

export interface NightPlan<W extends NightWindow> {
  /** Windows that started: close these chats. */
  close: W[];
  /** Chats the night closed whose window ended (or whose night mode is off or gone): open them. */
  open: number[];
}

/**
 * What the scheduler does now. `windows` is API V2's list, or undefined when API V2 did not
 * answer: then nothing new is closed, and a chat the night closed opens once the end API V2 gave
 * when it closed has passed (so a night never outlasts its window because API V2 is down).
 */
export function nightPlan<W extends NightWindow>(
  windows: readonly W[] | undefined,
  closures: ReadonlyMap<number, Closure>,
  nowMs: number,
): NightPlan<W> {
  const byNight = [...closures].filter(([, closure]) => closure.reasons.includes("night"));
  if (!windows) {
    const ended = byNight.filter(([, c]) => c.nightUntil !== undefined && Date.parse(c.nightUntil) <= nowMs);
    return { close: [], open: ended.map(([chatId]) => chatId) };
  }
  const active = windows.filter((w) => w.enabled && w.active_now);
  const inForce = new Set(active.map((w) => w.group_id));
  return {
    close: active.filter((w) => !closures.get(w.group_id)?.reasons.includes("night")),
    open: byNight.filter(([chatId]) => !inForce.has(chatId)).map(([chatId]) => chatId),
  };
}

/** `/nightmode` alone shows the schedule; `on` and `off` switch it; anything else is a mistake. */
export function nightModeArgument(text: string): "show" | "on" | "off" | "invalid" {
  const word = text.trim().toLowerCase();
  if (word === "") return "show";
  if (word === "on" || word === "off") return word;
  return "invalid";
}
