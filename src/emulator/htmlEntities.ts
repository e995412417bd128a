/**
 * Telegram's HTML parse mode: markup in, plain text plus entities out.
 *
 * A port of tdlib's `parse_html` (td/telegram/MessageEntity.cpp), the parser behind the Bot API,
 * so bots meet the same rules and the same error texts here as in production: only the documented
 * tags, strict nesting, `&lt; &gt; &amp; &quot;` and numeric references as the only entities (an
 * unknown `&name;` stays literal text), byte offsets in errors, UTF-16 offsets in entities.
 */
import type { MessageEntity } from "./apiTypes.js";

/** Markup Telegram would refuse; `message` is the text after "can't parse entities: ". */
export class HtmlParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HtmlParseError";
  }
}

export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}

const SUPPORTED = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "s",
  "strike",
  "del",
  "u",
  "ins",
  "tg-spoiler",
  "tg-emoji",
  "tg-time",
  "span",
  "pre",
  "code",
  "blockquote",
]);

const SIMPLE: Record<string, string> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  span: "spoiler",
};

/** tdlib's `is_space`; the end of input counts as a space, as the NUL terminator does there. */
const isSpace = (c: string): boolean =>
  c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\0" || c === "\v" || c === "\f";

const isAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);

interface OpenTag {
  name: string;
  /** href, code language, emoji id: the one attribute each tag cares about. */
  argument: string;
  /** Second attribute (tg-time's format). */
  extra: string;
  offset: number;
}

/** Decodes one character reference at `pos`; returns the text and the position after it, or null. */
function decodeEntity(text: string, pos: number): { char: string; end: number } | null {
  let end = pos + 1;
  let code = 0;
  if (text[end] === "#") {
    end++;
    const hex = text[end] === "x";
    if (hex) end++;
    const digit = hex ? /^[0-9a-fA-F]$/ : /^[0-9]$/;
    while (end < text.length && digit.test(text[end] ?? "")) {
      code = code * (hex ? 16 : 10) + Number.parseInt(text[end] ?? "0", 16);
      end++;
      if (code >= 0x10ffff) return null;
    }
    if (code === 0 || end - pos >= 10 || (code >= 0xd800 && code <= 0xdfff)) return null;
  } else {
    while (end < text.length && /^[A-Za-z]$/.test(text[end] ?? "")) end++;
    const name = text.slice(pos + 1, end);
    const named: Record<string, number> = { lt: 60, gt: 62, amp: 38, quot: 34 };
    const found = named[name];
    if (found === undefined) return null;
    code = found;
  }
  if (text[end] === ";") end++;
  return { char: String.fromCodePoint(code), end };
}

/**
 * Parses Telegram HTML.
 * @throws HtmlParseError with tdlib's message, e.g. `Unsupported start tag "foo" at byte offset 0`.
 */
export function parseHtml(input: string): ParsedText {
  const at = (i: number): string => (i < input.length ? (input[i] as string) : "\0");
  const byteOffset = (i: number): number => Buffer.byteLength(input.slice(0, i), "utf8");
  let result = "";
  const entities: MessageEntity[] = [];
  const open: OpenTag[] = [];

  let i = 0;
  while (i < input.length) {
    const c = at(i);
    if (c === "&") {
      const decoded = decodeEntity(input, i);
      if (decoded) {
        result += decoded.char;
        i = decoded.end;
        continue;
      }
    }
    if (c !== "<") {
      result += c;
      i++;
      continue;
    }
    const begin = i;
    i++;
    if (at(i) !== "/") {
      while (!isSpace(at(i)) && at(i) !== ">") i++;
      if (i >= input.length)
        throw new HtmlParseError(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
      const name = input.slice(begin + 1, i).toLowerCase();
      if (!SUPPORTED.has(name)) {
        throw new HtmlParseError(`Unsupported start tag "${name}" at byte offset ${byteOffset(begin)}`);
      }
      const tag: OpenTag = { name, argument: "", extra: "", offset: result.length };
      i = parseAttributes(input, i, tag, byteOffset(begin));
      if (name === "span" && tag.argument !== "spoiler") {
        throw new HtmlParseError(
          `Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(begin)}`,
        );
      }
      open.push(tag);
      i++; // past '>'
      continue;
    }
    if (open.length === 0) throw new HtmlParseError(`Unexpected end tag at byte offset ${byteOffset(begin)}`);
    while (!isSpace(at(i)) && at(i) !== ">") i++;
    // tdlib compares the end tag's name as written: `<B>x</B>` is an unmatched end tag there too.
    const endName = input.slice(begin + 2, i);
    while (i < input.length && isSpace(at(i))) i++;
    if (at(i) !== ">") throw new HtmlParseError(`Unclosed end tag at byte offset ${byteOffset(begin)}`);
    i++;
    const tag = open.pop() as OpenTag;
    if (endName !== "" && endName !== tag.name) {
      throw new HtmlParseError(
        `Unmatched end tag at byte offset ${byteOffset(begin)}, expected "</${tag.name}>", found "</${endName}>"`,
      );
    }
    closeTag(tag, result, entities);
  }
  const unclosed = open.at(-1);
  if (unclosed) {
    throw new HtmlParseError(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  }
  return { text: result, entities: sortEntities(entities) };
}

/** Reads attributes up to the closing '>' (returns its index) and stores the one the tag needs. */
function parseAttributes(input: string, start: number, tag: OpenTag, beginByte: number): number {
  const at = (i: number): string => (i < input.length ? (input[i] as string) : "\0");
  let i = start;
  while (at(i) !== ">") {
    while (i < input.length && isSpace(at(i))) i++;
    if (at(i) === ">") break;
    const nameStart = i;
    while (!isSpace(at(i)) && at(i) !== "=" && at(i) !== ">") i++;
    const attribute = input.slice(nameStart, i);
    if (attribute === "") {
      throw new HtmlParseError(`Empty attribute name in the tag "${tag.name}" at byte offset ${beginByte}`);
    }
    while (i < input.length && isSpace(at(i))) i++;
    if (at(i) !== "=") {
      if (tag.name === "blockquote" && attribute === "expandable") {
        tag.argument = "1";
        continue;
      }
      throw new HtmlParseError(
        `Expected equal sign in declaration of an attribute of the tag "${tag.name}" at byte offset ${beginByte}`,
      );
    }
    i++;
    while (i < input.length && isSpace(at(i))) i++;
    if (i >= input.length) {
      throw new HtmlParseError(`Unclosed start tag "${tag.name}" at byte offset ${beginByte}`);
    }
    let value = "";
    const quote = at(i);
    if (quote !== "'" && quote !== '"') {
      const tokenStart = i;
      while (isAlnum(at(i)) || at(i) === "." || at(i) === "-" || at(i) === "_" || at(i) === ":") i++;
      value = input.slice(tokenStart, i).toLowerCase();
      if (!isSpace(at(i)) && at(i) !== ">") {
        const tokenByte = Buffer.byteLength(input.slice(0, tokenStart), "utf8");
        throw new HtmlParseError(`Unexpected end of name token at byte offset ${tokenByte}`);
      }
    } else {
      i++;
      while (i < input.length && at(i) !== quote) {
        if (at(i) === "&") {
          const decoded = decodeEntity(input, i);
          if (decoded) {
            value += decoded.char;
            i = decoded.end;
            continue;
          }
        }
        value += at(i);
        i++;
      }
      if (at(i) === quote) i++;
    }
    if (i >= input.length) throw new HtmlParseError(`Unclosed start tag at byte offset ${beginByte}`);
    storeAttribute(tag, attribute, value);
  }
  return i;
}

function storeAttribute(tag: OpenTag, attribute: string, value: string): void {
  if (tag.name === "a" && attribute === "href") tag.argument = value;
  else if (tag.name === "code" && attribute === "class" && value.startsWith("language-")) {
    tag.argument = value.slice("language-".length);
  } else if (tag.name === "span" && attribute === "class" && value.startsWith("tg-")) {
    tag.argument = value.slice("tg-".length);
  } else if (tag.name === "tg-emoji" && attribute === "emoji-id") tag.argument = value;
  else if (tag.name === "tg-time" && attribute === "unix") tag.argument = value;
  else if (tag.name === "tg-time" && attribute === "format") tag.extra = value;
  else if (tag.name === "blockquote" && attribute === "expandable") tag.argument = "1";
}

/** Turns a closed tag into its entity; empty ranges make none, as in tdlib. */
function closeTag(tag: OpenTag, result: string, entities: MessageEntity[]): void {
  const offset = tag.offset;
  const length = result.length - offset;
  if (length <= 0) return;
  const simple = SIMPLE[tag.name];
  if (simple) {
    entities.push({ type: simple, offset, length });
    return;
  }
  const last = entities.at(-1);
  switch (tag.name) {
    case "a": {
      const url = tag.argument || result.slice(offset);
      const userId = /^tg:\/\/user\?id=(\d+)$/i.exec(url)?.[1];
      if (userId) {
        entities.push({
          type: "text_mention",
          offset,
          length,
          user: { id: Number(userId), is_bot: false, first_name: "" },
        });
      } else if (isValidLink(url)) {
        entities.push({ type: "text_link", offset, length, url: normalizeLink(url) });
      }
      return;
    }
    case "pre":
      // <pre><code class="language-x">…</code></pre>: the inner code entity becomes pre with a language.
      if (last?.type === "code" && last.offset === offset && last.length === length && last.language) {
        last.type = "pre";
      } else {
        entities.push({ type: "pre", offset, length });
      }
      return;
    case "code":
      if (last?.type === "pre" && last.offset === offset && last.length === length && tag.argument) {
        last.language = tag.argument;
      } else if (tag.argument) {
        entities.push({ type: "code", offset, length, language: tag.argument });
      } else {
        entities.push({ type: "code", offset, length });
      }
      return;
    case "blockquote":
      entities.push({ type: tag.argument ? "expandable_blockquote" : "blockquote", offset, length });
      return;
    case "tg-emoji":
      if (/^\d+$/.test(tag.argument)) {
        entities.push({ type: "custom_emoji", offset, length, custom_emoji_id: tag.argument });
      }
      return;
    case "tg-time":
      if (/^\d+$/.test(tag.argument)) {
        const entity = {
          type: "date_time",
          offset,
          length,
          unix_time: Number(tag.argument),
        } as MessageEntity;
        if (tag.extra) Object.assign(entity, { date_time_format: tag.extra });
        entities.push(entity);
      }
      return;
  }
}

/** A plain code entity is only a transient state of <pre><code>; keep `language` only on pre. */
function cleanCode(entity: MessageEntity): MessageEntity {
  if (entity.type === "code" && entity.language !== undefined) {
    const { language: _language, ...rest } = entity;
    return rest;
  }
  return entity;
}

/** tdlib accepts http(s), tg: and ton: links and bare hosts; anything else is silently dropped. */
function isValidLink(url: string): boolean {
  if (/^(https?|tg|ton|tonsite):/i.test(url)) return true;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i.test(url);
}

/** Like tdlib's check_link: bare hosts get `http://`, and an empty path becomes "/". */
function normalizeLink(url: string): string {
  const full = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`;
  const parts = /^(https?:\/\/[^/?#]+)([?#].*)?$/i.exec(full);
  return parts ? `${parts[1]}/${parts[2] ?? ""}` : full;
}

/** Telegram's order: by offset, longer first, then by type (outer types first). */
const PRIORITY: Record<string, number> = {
  blockquote: 0,
  expandable_blockquote: 0,
  pre: 11,
  code: 20,
  text_link: 49,
  text_mention: 49,
  bold: 90,
  italic: 91,
  underline: 92,
  strikethrough: 93,
  spoiler: 94,
  custom_emoji: 99,
};

/** Sorts entities as the Bot API returns them. */
export function sortEntities(entities: MessageEntity[]): MessageEntity[] {
  return entities
    .map(cleanCode)
    .sort(
      (a, b) =>
        a.offset - b.offset || b.length - a.length || (PRIORITY[a.type] ?? 50) - (PRIORITY[b.type] ?? 50),
    );
}
