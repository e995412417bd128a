/**
 * One page of a list the backend hands over whole (active sessions, OTPs, audit entries). Pure:
 * a page asked for past the end (the list shrank since the button was drawn) is the last page.
 */

export interface Page<T> {
  items: T[];
  /** 0-based, within [0, pages - 1]. */
  page: number;
  /** At least 1, so an empty list still has a page to show. */
  pages: number;
  /** Index of the page's first item in the whole list. */
  offset: number;
}

export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const offset = current * size;
  return { items: items.slice(offset, offset + size), page: current, pages, offset };
}
