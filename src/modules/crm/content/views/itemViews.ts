/**
 * One item as HTML: a carousel's caption (≤ 1024 characters as Telegram counts them, cut on a
 * word), a detail view (one message), and the whole text "More" sends (split into messages).
 * Every value is escaped here; labels come from the locales.
 */
import { escapeHtml, MESSAGE_LIMIT } from "../../../../kernel/html.js";
import { CAPTION_VISIBLE_LIMIT, cutVisible, visibleLength } from "../domain/captionCut.js";
import type { ContentItem } from "../domain/listShape.js";
import type { TypeSpec } from "../types/typeSpec.js";
import { fieldLabel, fieldText, itemTitle, type Reader } from "./fieldValues.js";

/** The title line, then one `Label: value` line per filled field of `names`. */
function head(reader: Reader, type: TypeSpec, item: ContentItem, names: readonly string[]): string {
  const lines = [`<b>${escapeHtml(itemTitle(reader, type, item))}</b>`];
  for (const name of names) {
    const value = fieldText(reader, type, name, item);
    if (value !== undefined) lines.push(`<b>${fieldLabel(reader, name)}:</b> ${escapeHtml(value)}`);
  }
  return lines.join("\n");
}

function withBody(reader: Reader, type: TypeSpec, item: ContentItem, top: string): string {
  const body = type.body ? fieldText(reader, type, type.body, item) : undefined;
  return body ? `${top}\n\n${escapeHtml(body)}` : top;
}

/** Everything about the item: what "More" sends (the caller splits it into messages). */
export function fullText(reader: Reader, type: TypeSpec, item: ContentItem): string {
  return withBody(reader, type, item, head(reader, type, item, type.detail));
}

export interface Cut {
  html: string;
  /** Whether something was left out (then a "More" button shows the rest). */
  cut: boolean;
}

/** `notice` (a line such as "Saved.") above `whole`, the two within `limit` as Telegram counts. */
function withNotice(whole: string, limit: number, notice?: string): Cut {
  const room = limit - (notice ? visibleLength(notice) + 2 : 0);
  const html = cutVisible(whole, room);
  return { html: notice ? `${notice}\n\n${html}` : html, cut: html !== whole };
}

/** A carousel's caption: title, the caption's facts and the body, within Telegram's 1024. */
export function captionOf(reader: Reader, type: TypeSpec, item: ContentItem, notice?: string): Cut {
  return withNotice(
    withBody(reader, type, item, head(reader, type, item, type.caption ?? type.detail)),
    CAPTION_VISIBLE_LIMIT,
    notice,
  );
}

/** A list type's detail view: the whole text, cut to one message when it is longer. */
export function detailOf(reader: Reader, type: TypeSpec, item: ContentItem, notice?: string): Cut {
  return withNotice(fullText(reader, type, item), MESSAGE_LIMIT, notice);
}
