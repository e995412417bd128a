/**
 * The one way Switchboard writes Telegram HTML. Every message is sent with parse_mode HTML.
 * Convention: builders take PLAIN text and escape it; they return markup. Fluent messages are
 * markup whose variables the kernel's `ctx.t` escapes. So a pod named `Living_Room <2>` or
 * `Kid's & Guest` shows exactly as written, and nothing a user types can inject a tag.
 */

/** Telegram's limits (core.telegram.org/bots/api#sendmessage, #sendphoto). */
export const MESSAGE_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/** Telegram's HTML mode needs only `<`, `>` and `&` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

export const bold = (text: string | number): string => `<b>${escapeHtml(String(text))}</b>`;
export const italic = (text: string | number): string => `<i>${escapeHtml(String(text))}</i>`;
export const code = (text: string | number): string => `<code>${escapeHtml(String(text))}</code>`;

export function pre(text: string, language?: string): string {
  const body = escapeHtml(text);
  return language
    ? `<pre><code class="language-${escapeAttribute(language)}">${body}</code></pre>`
    : `<pre>${body}</pre>`;
}

export function link(text: string, url: string): string {
  return `<a href="${escapeAttribute(url)}">${escapeHtml(text)}</a>`;
}

export type Align = "left" | "right";

/**
 * An aligned table in a `<pre>` block (monospace in every Telegram client).
 * Widths count code points, so Cyrillic and Romanian diacritics line up.
 */
export function table(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  align: readonly Align[] = [],
): string {
  const cells = rows.map((row) => row.map(String));
  const widths: number[] = [];
  for (const row of cells) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  const lines = cells.map((row) =>
    row
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - [...cell].length);
        return align[i] === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
  return pre(lines.join("\n"));
}

const TAG = /<\/?([a-z-]+)(?:\s[^>]*)?>/gi;

/** Tags open at the end of `markup`, outermost first, as their full opening text. */
function openTags(markup: string, stack: string[]): string[] {
  for (const match of markup.matchAll(TAG)) {
    const [whole, name] = match;
    if (whole.startsWith("</")) {
      const at = stack.map((t) => t.match(/^<([a-z-]+)/i)?.[1]).lastIndexOf(name);
      if (at >= 0) stack.splice(at, 1);
    } else stack.push(whole);
  }
  return stack;
}

const closing = (stack: readonly string[]): string =>
  [...stack]
    .reverse()
    .map((t) => `</${t.match(/^<([a-z-]+)/i)?.[1]}>`)
    .join("");

/**
 * Splits markup into messages of at most `limit` characters, on line boundaries. Tags open at a
 * cut (a long `<pre>` table) are closed at the end of one part and reopened at the start of the
 * next, so every part parses on its own. Measuring markup (not the rendered text) keeps each
 * part under Telegram's limit, which counts the rendered text. A single line longer than the
 * limit is cut hard, between characters and never inside a tag or an entity.
 */
export function splitHtml(markup: string, limit = MESSAGE_LIMIT): string[] {
  if (markup.length <= limit) return [markup];
  const parts: string[] = [];
  let current = "";
  let stack: string[] = [];
  const budget = (s: string[]) => limit - closing(s).length;

  const flush = () => {
    if (current.trim() === "") return;
    parts.push(current + closing(stack));
    current = stack.join("");
  };

  for (const [index, line] of markup.split("\n").entries()) {
    const piece = index === 0 ? line : `\n${line}`;
    const after = openTags(piece, [...stack]);
    if ((current + piece).length <= budget(after)) {
      current += piece;
      stack = after;
      continue;
    }
    flush();
    let rest = current === stack.join("") ? line : piece;
    while (rest.length > 0) {
      const whole = openTags(rest, [...stack]);
      if (current.length + rest.length + closing(whole).length <= limit) {
        current += rest;
        stack = whole;
        break;
      }
      // Cut, then shrink the cut until the head plus the tags it leaves open still fit.
      let room = limit - current.length - closing(stack).length;
      let head = "";
      for (;;) {
        head = rest.slice(0, safeCut(rest, Math.max(room, 1)));
        const over = current.length + head.length + closing(openTags(head, [...stack])).length - limit;
        if (over <= 0 || room <= 1) break;
        room -= over;
      }
      current += head;
      stack = openTags(head, stack);
      rest = rest.slice(head.length);
      flush();
    }
  }
  if (current.length > stack.join("").length) parts.push(current + closing(stack));
  return parts;
}

/** The largest cut ≤ `at` that is not inside a tag, an entity or a surrogate pair. */
function safeCut(text: string, at: number): number {
  let cut = Math.min(at, text.length);
  const lt = text.lastIndexOf("<", cut - 1);
  if (lt >= 0 && text.indexOf(">", lt) >= cut) cut = lt;
  const amp = text.lastIndexOf("&", cut - 1);
  if (amp >= 0 && text.indexOf(";", amp) >= cut && text.indexOf(";", amp) - amp <= 8) cut = amp;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return Math.max(cut, 1);
}

/** A caption for a photo or document: Telegram allows 1024 characters; longer text is cut with "…". */
export function caption(markup: string): string {
  if (markup.length <= CAPTION_LIMIT) return markup;
  const [first] = splitHtml(markup, CAPTION_LIMIT - 1);
  return `${first ?? ""}…`;
}

/** User text echoed back is cut to this many characters: nothing a user types returns unbounded. */
export const ECHO_LIMIT = 64;

/** Plain text on one line, cut to `limit` characters (code points, so no emoji is split). */
export function cut(text: string, limit = ECHO_LIMIT): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length > limit ? `${chars.slice(0, limit - 1).join("")}…` : chars.join("");
}
