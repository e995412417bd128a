/**
 * Cutting Telegram HTML to a length as Telegram measures it: the text left after the entities are
 * parsed (tags count nothing, `&amp;` counts one), in UTF-16 code units (an emoji outside the BMP
 * counts two). A caption's markup may be far longer than 1024 characters and still fit; measuring
 * the markup would cut it for nothing. Pure: no Telegram, no HTTP.
 */

/** Telegram's caption limit, in UTF-16 code units of the parsed text. */
export const CAPTION_VISIBLE_LIMIT = 1024;

const ELLIPSIS = "…";
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };
/** Tags, entities, then single code points. */
const TOKEN = /<\/?([a-zA-Z-]+)[^>]*>|&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|[\s\S]/gu;
/** Left at the end of a cut before the ellipsis would read badly: spaces and joining punctuation. */
const TRAILING = /^[\s,;:–—-]$/u;

interface Token {
  text: string;
  /** UTF-16 units it shows as: 0 for a tag. */
  visible: number;
  /** A tag's name and whether it closes one; undefined for text. */
  tag?: { name: string; closing: boolean };
  space: boolean;
}

function tokens(markup: string): Token[] {
  const out: Token[] = [];
  for (const match of markup.matchAll(TOKEN)) {
    const [text, tagName, entity] = match;
    if (tagName !== undefined) {
      out.push({
        text,
        visible: 0,
        tag: { name: tagName.toLowerCase(), closing: text.startsWith("</") },
        space: false,
      });
    } else if (entity !== undefined) {
      out.push({ text, visible: decodeEntity(entity).length, space: false });
    } else {
      out.push({ text, visible: text.length, space: /\s/u.test(text) });
    }
  }
  return out;
}

function decodeEntity(entity: string): string {
  if (entity.startsWith("#")) {
    const code = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return code > 0xffff ? "xx" : "x";
  }
  return NAMED_ENTITIES[entity.toLowerCase()] ?? `&${entity};`;
}

/** The length Telegram counts for `markup`: UTF-16 units of its text once tags and entities are parsed. */
export function visibleLength(markup: string): number {
  return tokens(markup).reduce((sum, t) => sum + t.visible, 0);
}

/**
 * `markup` unchanged when its visible text fits `limit`; otherwise cut so that it fits with a
 * closing "…": on the last word boundary that fits (trailing spaces and commas dropped), or, when
 * that would throw away more than half of the room (a word longer than the limit), between two
 * characters. Never inside a tag, an entity or a surrogate pair; tags open at the cut are closed.
 */
export function cutVisible(markup: string, limit = CAPTION_VISIBLE_LIMIT): string {
  const all = tokens(markup);
  if (all.reduce((sum, t) => sum + t.visible, 0) <= limit) return markup;
  const room = limit - ELLIPSIS.length;
  // How many tokens fit, and the last word boundary among them (a space token's index).
  let used = 0;
  let fit = 0;
  let boundary = -1;
  let boundaryUsed = 0;
  for (const [index, token] of all.entries()) {
    if (used + token.visible > room) break;
    if (token.space) {
      boundary = index;
      boundaryUsed = used;
    }
    used += token.visible;
    fit = index + 1;
  }
  let end = boundary >= 0 && boundaryUsed >= room / 2 ? boundary : fit;
  // Text only: an entity (`&amp;` ends in ";") or a tag at the end stays.
  while (end > 0 && !all[end - 1]!.tag && all[end - 1]!.visible === 1 && TRAILING.test(all[end - 1]!.text))
    end--;
  const kept = all.slice(0, end);
  const open: string[] = [];
  for (const token of kept) {
    if (!token.tag) continue;
    if (!token.tag.closing) open.push(token.tag.name);
    else {
      const at = open.lastIndexOf(token.tag.name);
      if (at >= 0) open.splice(at, 1);
    }
  }
  const body = kept.map((t) => t.text).join("");
  const closing = open
    .reverse()
    .map((name) => `</${name}>`)
    .join("");
  return `${body}${ELLIPSIS}${closing}`;
}
