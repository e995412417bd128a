/**
 * What follows a moderation command: the target (unless the command replies to a message), an
 * optional duration for the timed actions, and the reason. Pure: the handler resolves the target
 * with Telegram afterwards.
 */
import { parseDuration } from "./duration.js";

export type TargetRef =
  /** The author of the message the command replies to. */
  | { kind: "reply" }
  | { kind: "id"; id: number }
  /** `@name`: not resolved in this slice (the bot would need to have seen the member). */
  | { kind: "username"; username: string }
  | { kind: "none" };

export interface CommandArgs {
  target: TargetRef;
  /** Seconds as typed (before Telegram's clamp); undefined when none was given. */
  duration: number | undefined;
  reason: string | undefined;
}

/** Telegram's user ids are positive and below 2^52; group ids are negative. */
const USER_ID = /^\d{1,16}$/;
const USERNAME = /^@([A-Za-z][A-Za-z0-9_]{3,31})$/;
/** Longest reason kept (API V2 takes 1000; a reason is one line in a log). */
export const REASON_LIMIT = 500;

/**
 * Splits `text` (the command's argument string). With `replying`, the target is the replied-to
 * author and every word is duration or reason; otherwise the first word names the target.
 * `timed`: the command takes a duration (mute, ban), read from the first word after the target.
 */
export function parseCommandArgs(text: string, options: { replying: boolean; timed: boolean }): CommandArgs {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let target: TargetRef = { kind: options.replying ? "reply" : "none" };
  if (!options.replying && words.length > 0) {
    const first = words[0] as string;
    const username = USERNAME.exec(first);
    if (USER_ID.test(first) && Number(first) > 0) {
      target = { kind: "id", id: Number(first) };
      words.shift();
    } else if (username) {
      target = { kind: "username", username: username[1] as string };
      words.shift();
    }
  }
  let duration: number | undefined;
  if (options.timed && words.length > 0) {
    duration = parseDuration(words[0] as string);
    if (duration !== undefined) words.shift();
  }
  const reason = words.join(" ").slice(0, REASON_LIMIT);
  return { target, duration, reason: reason === "" ? undefined : reason };
}
