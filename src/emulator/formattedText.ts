/**
 * From what a bot sends (text + parse_mode or entities) to what Telegram stores: parsed, trimmed,
 * with the entities Telegram finds by itself (commands, mentions, hashtags, links), and within the
 * length limits. Also used for user messages, which carry only the auto-detected entities.
 */
import type { MessageEntity } from "./apiTypes.js";
import { badRequest } from "./errors.js";
import { HtmlParseError, parseHtml, sortEntities } from "./htmlEntities.js";

export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

/** Message text limit and caption limit, in UTF-16 code units after entity parsing. */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/** Commands, mentions, hashtags, cashtags, e-mails and links, as Telegram's clients highlight them. */
const AUTO_PATTERNS: readonly [string, RegExp][] = [
  ["bot_command", /(?<![\w/@])\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/@])/g],
  ["email", /(?<![\w.@-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w@])/g],
  ["mention", /(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{3,31}(?![\w@])/g],
  ["hashtag", /(?<![\w#])#[\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*/gu],
  ["cashtag", /(?<![\w$])\$[A-Z]{3,8}(?![\w])/g],
  ["url", /(?<![\w@])(?:https?:\/\/)[^\s<>"]+[^\s<>".,;:!?)\]'}]/gi],
];

/** Entities inside which Telegram finds nothing (code is literal, a link is already a link). */
const OPAQUE = new Set(["code", "pre", "text_link", "url", "email", "text_mention", "custom_emoji"]);

/** Finds the entities Telegram would add by itself, skipping ranges covered by `existing` opaque entities. */
export function autoEntities(text: string, existing: readonly MessageEntity[] = []): MessageEntity[] {
  const taken: [number, number][] = existing
    .filter((e) => OPAQUE.has(e.type))
    .map((e) => [e.offset, e.offset + e.length]);
  const found: MessageEntity[] = [];
  for (const [type, pattern] of AUTO_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      found.push({ type, offset: start, length: end - start });
    }
  }
  return found;
}

/** Telegram trims leading and trailing whitespace from messages and shifts entities to match. */
function trim(parsed: FormattedText): FormattedText {
  const lead = parsed.text.length - parsed.text.trimStart().length;
  const text = parsed.text.trim();
  const entities = parsed.entities
    .map((e) => {
      const start = Math.max(0, e.offset - lead);
      const end = Math.min(text.length, e.offset - lead + e.length);
      return { ...e, offset: start, length: end - start };
    })
    .filter((e) => e.length > 0);
  return { text, entities };
}

/**
 * Parses a bot's text or caption.
 * @param parseMode "HTML" (any case) or empty; Markdown modes are refused (the project sends HTML only)
 * @param entities explicit entities, which take precedence over parse_mode as on Telegram
 * @throws BotApiError 400 "can't parse entities: …" on bad markup
 */
export function formatText(raw: string, parseMode?: string, entities?: MessageEntity[]): FormattedText {
  let parsed: FormattedText;
  if (entities && entities.length > 0) {
    parsed = {
      text: raw,
      entities: entities.map((e) => ({ ...e })).filter((e) => validRange(e, raw.length)),
    };
  } else if (parseMode && parseMode.toLowerCase() === "html") {
    try {
      parsed = parseHtml(raw);
    } catch (error) {
      if (error instanceof HtmlParseError) throw badRequest(`can't parse entities: ${error.message}`);
      throw error;
    }
  } else if (parseMode && /^markdown(v2)?$/i.test(parseMode)) {
    throw badRequest(
      `can't parse entities: parse_mode ${parseMode} is not supported by the emulator; use HTML`,
    );
  } else if (parseMode) {
    throw badRequest(`unsupported parse_mode`);
  } else {
    parsed = { text: raw, entities: [] };
  }
  const trimmed = trim(parsed);
  return {
    text: trimmed.text,
    entities: sortEntities([...trimmed.entities, ...autoEntities(trimmed.text, trimmed.entities)]),
  };
}

const validRange = (e: MessageEntity, length: number): boolean =>
  Number.isInteger(e.offset) &&
  Number.isInteger(e.length) &&
  e.offset >= 0 &&
  e.length > 0 &&
  e.offset + e.length <= length;

/**
 * A message text: parsed, then 1–4096 characters.
 * @throws BotApiError 400 "message text is empty" / "message is too long"
 */
export function messageText(raw: string, parseMode?: string, entities?: MessageEntity[]): FormattedText {
  const formatted = formatText(raw, parseMode, entities);
  if (formatted.text.length === 0) throw badRequest("message text is empty");
  if (formatted.text.length > TEXT_LIMIT) throw badRequest("message is too long");
  return formatted;
}

/**
 * A caption: parsed, then at most 1024 characters (may be empty).
 * @throws BotApiError 400 "message caption is too long"
 */
export function captionText(
  raw: string | undefined,
  parseMode?: string,
  entities?: MessageEntity[],
): FormattedText {
  if (raw === undefined) return { text: "", entities: [] };
  const formatted = formatText(raw, parseMode, entities);
  if (formatted.text.length > CAPTION_LIMIT) throw badRequest("message caption is too long");
  return formatted;
}

/** A user's typed text as Telegram stores it: trimmed, with auto-detected entities only. */
export function userText(raw: string): FormattedText {
  return formatText(raw);
}
