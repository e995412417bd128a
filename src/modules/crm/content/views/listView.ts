/**
 * A page of a list as HTML: the type's name and count, the search and filter in force, then one
 * numbered line per item (its title and the type's line facts, cut short). An empty page says
 * why: nothing yet, nothing found for the search, nothing with that filter, no more pages.
 */
import { cut, escapeHtml } from "../../../../kernel/html.js";
import type { ContentItem, ContentPage } from "../domain/listShape.js";
import type { TypeSpec } from "../types/typeSpec.js";
import { fieldText, itemTitle, type Reader, typeKey } from "./fieldValues.js";

/** The search and filter a list is shown with (the filter as its field's label and value's). */
export interface ListLens {
  query?: string;
  filter?: { label: string; value: string };
}

/** Search text and titles in lists are cut to these many characters. */
const QUERY_SHOWN = 40;
const TITLE_SHOWN = 80;
const FACT_SHOWN = 40;

/** The type's title with its icon: "📅 Events". */
export const typeName = (reader: Reader, type: TypeSpec): string =>
  `${type.icon} ${reader.t(typeKey(type.module))}`;

/** The lines above a list or a carousel: its name, search, filter. */
export function lensLines(reader: Reader, type: TypeSpec, lens: ListLens, total?: number): string[] {
  const lines = [
    total === undefined
      ? `<b>${typeName(reader, type)}</b>`
      : reader.t("crm-content-list-head", { typeHtml: typeName(reader, type), total }),
  ];
  if (lens.query !== undefined)
    lines.push(reader.t("crm-content-searching", { query: cut(lens.query, QUERY_SHOWN) }));
  if (lens.filter) lines.push(reader.t("crm-content-filtered", lens.filter));
  return lines;
}

/** Why a page has nothing on it. */
export function emptyText(reader: Reader, lens: ListLens, page: number): string {
  if (page > 1) return reader.t("crm-content-no-more");
  if (lens.query !== undefined)
    return reader.t("crm-content-nothing-found", { query: cut(lens.query, QUERY_SHOWN) });
  if (lens.filter) return reader.t("crm-content-nothing-filtered");
  return reader.t("crm-content-empty");
}

function itemLine(reader: Reader, type: TypeSpec, item: ContentItem, number: number): string {
  const facts = type.line
    .map((name) => fieldText(reader, type, name, item))
    .filter((value): value is string => value !== undefined)
    // Short ones as they are: `cut` would also turn a number's narrow spaces into plain ones.
    .map((value) =>
      escapeHtml(value.length > FACT_SHOWN || value.includes("\n") ? cut(value, FACT_SHOWN) : value),
    );
  const title = `<b>${escapeHtml(cut(itemTitle(reader, type, item), TITLE_SHOWN))}</b>`;
  return `${number}. ${[title, ...facts].join(" · ")}`;
}

/** A list page: head, the page's place when there are several, and its numbered lines. */
export function listText(reader: Reader, type: TypeSpec, page: ContentPage, lens: ListLens): string {
  const head = lensLines(reader, type, lens, page.total);
  if (page.items.length === 0) return [...head, "", emptyText(reader, lens, page.page)].join("\n");
  const pages = page.total === undefined ? undefined : Math.max(1, Math.ceil(page.total / page.pageSize));
  if (page.page > 1 || page.hasMore) {
    head.push(
      pages === undefined
        ? reader.t("crm-content-page", { page: page.page })
        : reader.t("crm-content-page-of", { page: page.page, pages }),
    );
  }
  const first = (page.page - 1) * page.pageSize;
  const lines = page.items.map((item, i) => itemLine(reader, type, item, first + i + 1));
  return [...head, "", ...lines].join("\n");
}
