/**
 * The texts of moderation's answers, built from Fluent keys: a member as a mention, a duration in
 * the reader's language, and an answer made of a headline plus optional lines (reason, clamp,
 * record). Names are plain text and escaped here; keys' `…Html` variables carry markup.
 */
import type { BotContext } from "../../kernel/context.js";
import { link } from "../../kernel/html.js";
import { durationParts } from "./domain/duration.js";

export const HTML = { parse_mode: "HTML" } as const;
/** Longest name shown (Telegram allows 64 per part). */
const NAME_LIMIT = 64;

export interface Member {
  id: number;
  name: string;
}

/** A mention that opens the member's profile; the name escaped. */
export function mention(member: Member): string {
  const name = member.name.trim().slice(0, NAME_LIMIT) || String(member.id);
  return link(name, `tg://user?id=${member.id}`);
}

/** `10 min`, `1 d 2 h`… in the reader's language; "forever" for none. */
export function durationText(t: BotContext["t"], seconds: number | undefined): string {
  if (seconds === undefined) return t("mod-forever");
  return durationParts(seconds)
    .map(({ amount, unit }) => t(`mod-unit-${unit}`, { n: amount }))
    .join(" ");
}

/** A user's display name (first and last), as Telegram shows it. */
export const nameOf = (user: { first_name: string; last_name?: string | undefined }): string =>
  [user.first_name, user.last_name].filter(Boolean).join(" ");

/** A Telegram user as a member to name (`{ id, name }`). */
export const memberOf = (user: {
  id: number;
  first_name: string;
  last_name?: string | undefined;
}): Member => ({
  id: user.id,
  name: nameOf(user),
});

/** The member who sent this update, as `userId` (their name when Telegram gave it). */
export const senderMember = (ctx: BotContext, userId: number): Member =>
  ctx.from ? memberOf(ctx.from) : { id: userId, name: String(userId) };

/** Lines joined into one message; empty ones dropped. */
export const lines = (...parts: Array<string | undefined>): string =>
  parts.filter((p): p is string => Boolean(p)).join("\n");

/** An API V2 instant as `2026-01-17 15:30 UTC` (groups span time zones; API V2 answers UTC). */
export const utc = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
