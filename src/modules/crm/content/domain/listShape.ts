/**
 * A Tabys list answer in each of its three shapes (`{items, total, total_pages, …}`,
 * `{data, total, total_pages}`, or a bare array) as one page: the items, and the total when the
 * shape has one. A bare array says nothing of what follows: a full page may have a next one.
 * Pure; a body that is not the shape the type declares is refused, never guessed at.
 */
import { z } from "zod";
import type { ListShape } from "../types/typeSpec.js";

/** One item as the lists and item routes answer it: an integer id, and its fields. */
export const itemSchema = z.looseObject({ id: z.number().int().positive() });
export type ContentItem = z.infer<typeof itemSchema>;

const counted = { total: z.number().int().nonnegative(), total_pages: z.number().int().nonnegative() };
const SCHEMAS = {
  items: z.object({ items: z.array(itemSchema), ...counted }),
  data: z.object({ data: z.array(itemSchema), ...counted }),
  array: z.array(itemSchema),
} as const;

export interface ContentPage {
  items: ContentItem[];
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Items in all pages; unknown for a bare array. */
  total?: number;
  /** Whether a later page may hold items. */
  hasMore: boolean;
}

export type ListBody = z.infer<(typeof SCHEMAS)[ListShape]>;

/** The schema a list of `shape` must match (the HTTP client validates with it). */
export const listSchema = (shape: ListShape): z.ZodType<ListBody> => SCHEMAS[shape];

/** The page a list body (validated by `listSchema`) is, asked as `page` of `pageSize`. */
export function decodeList(body: ListBody, page: number, pageSize: number): ContentPage {
  if (Array.isArray(body)) return { items: body, page, pageSize, hasMore: body.length >= pageSize };
  const items = "items" in body ? body.items : body.data;
  return { items, page, pageSize, total: body.total, hasMore: page * pageSize < body.total };
}
