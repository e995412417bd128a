/**
 * A group's welcome text with Rose's placeholders filled in for a newcomer: `{first}` `{last}`
 * `{fullname}` `{username}` `{mention}` `{id}` `{chatname}` `{count}`. The admin's text is plain
 * (escaped, so a stray `<` can never make Telegram refuse the message); names and the chat's title
 * are escaped and cut short; a placeholder the bot does not know (`{rules}`, `{First}`) stays as
 * typed; the result never shows more than Telegram's 4096 characters. Pure: no Telegram, no clock.
 */
import { cut, escapeHtml, link, MESSAGE_LIMIT } from "../../../kernel/html.js";

export const WELCOME_PLACEHOLDERS = [
  "first",
  "last",
  "fullname",
  "username",
  "mention",
  "id",
  "chatname",
  "count",
] as const;
export type WelcomePlaceholder = (typeof WELCOME_PLACEHOLDERS)[number];

/** Longest name part shown (Telegram allows 64 per part; a name is never a whole message). */
export const NAME_LIMIT = 64;
/** Longest chat title shown (Telegram allows 128). */
export const TITLE_LIMIT = 128;

export interface Newcomer {
  id: number;
  firstName: string;
  lastName?: string | undefined;
  username?: string | undefined;
}

export interface WelcomeValues {
  member: Newcomer;
  chatName: string;
  /** Members in the group now (the newcomer's number); undefined leaves `{count}` as typed. */
  count?: number | undefined;
}

/** A piece of the message: shown text, optionally a link (a mention). */
interface Piece {
  text: string;
  url?: string;
}

const PLACEHOLDER = /\{([a-z]+)\}/g;
const known = new Set<string>(WELCOME_PLACEHOLDERS);

/** Whether `template` asks for `name` (so `{count}` costs a Telegram call only when used). */
export const usesPlaceholder = (template: string, name: WelcomePlaceholder): boolean =>
  template.includes(`{${name}}`);

function placeholderValue(name: WelcomePlaceholder, values: WelcomeValues): Piece | undefined {
  const { member } = values;
  const first = cut(member.firstName, NAME_LIMIT) || String(member.id);
  const last = member.lastName ? cut(member.lastName, NAME_LIMIT) : "";
  const mention: Piece = { text: first, url: `tg://user?id=${member.id}` };
  switch (name) {
    case "first":
      return { text: first };
    case "last":
      return { text: last };
    case "fullname":
      return { text: last ? `${first} ${last}` : first };
    case "username":
      // As Rose: the @username, or a mention for someone without one.
      return member.username ? { text: `@${cut(member.username, NAME_LIMIT)}` } : mention;
    case "mention":
      return mention;
    case "id":
      return { text: String(member.id) };
    case "chatname":
      return { text: cut(values.chatName, TITLE_LIMIT) };
    case "count":
      return values.count === undefined ? undefined : { text: String(values.count) };
  }
}

/** The template cut into text and placeholder values, unknown placeholders kept as text. */
function pieces(template: string, values: WelcomeValues): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, name] = match;
    const value = known.has(name as string)
      ? placeholderValue(name as WelcomePlaceholder, values)
      : undefined;
    if (!value) continue;
    out.push({ text: template.slice(at, match.index) }, value);
    at = match.index + whole.length;
  }
  out.push({ text: template.slice(at) });
  return out;
}

/** `text` cut to at most `room` characters (UTF-16, as Telegram counts), never inside a surrogate pair. */
function within(text: string, room: number): string {
  let end = Math.max(0, room);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * The welcome message (Telegram HTML) for `values.member`. What Telegram shows is at most `limit`
 * characters: a text that would be longer ends with "…".
 */
export function welcomeHtml(template: string, values: WelcomeValues, limit = MESSAGE_LIMIT): string {
  const all = pieces(template, values);
  const cutShort = all.reduce((sum, piece) => sum + piece.text.length, 0) > limit;
  // Room for the closing "…" when it does not all fit.
  let room = cutShort ? limit - 1 : limit;
  let html = "";
  for (const piece of all) {
    const text = within(piece.text, room);
    if (text === "") continue;
    html += piece.url ? link(text, piece.url) : escapeHtml(text);
    room -= text.length;
  }
  return cutShort ? `${html}…` : html;
}
