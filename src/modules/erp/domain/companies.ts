/**
 * Finding and paging companies, pure: `/selectcompany ACME` matches names and CUIs without regard
 * to case or diacritics ("Brașov" is found by "brasov", "RO12345678" by "12345678"), best first:
 * names that start with the query, then the rest, each alphabetically.
 */
import type { Company } from "../erpSchemas.js";
import { fold } from "./fold.js";

/** Companies per page of the picker. */
export const COMPANY_PAGE_SIZE = 8;

/** A CUI's digits: `RO 12345678` and `12345678` are the same company. */
const cuiDigits = (cui: string): string => cui.replace(/\D/g, "");

export function searchCompanies(companies: readonly Company[], query: string): Company[] {
  const q = fold(query);
  const byName = (a: Company, b: Company) => fold(a.name).localeCompare(fold(b.name));
  if (q === "") return [...companies].sort(byName);
  // Digits (with or without `RO`) also search CUIs.
  const cui = /^(?:ro)?\s*(\d{2,})$/.exec(q)?.[1];
  const hits = companies.filter(
    (c) => fold(c.name).includes(q) || (cui !== undefined && cuiDigits(c.cui).includes(cui)),
  );
  const starts = hits.filter((c) => fold(c.name).startsWith(q)).sort(byName);
  return [...starts, ...hits.filter((c) => !starts.includes(c)).sort(byName)];
}

export interface Page<T> {
  items: T[];
  /** 0-based, within [0, pages - 1]. */
  page: number;
  /** At least 1, so an empty list still has a page to show. */
  pages: number;
}

/** One page of a list; a page past the end (the list shrank since the button was drawn) is the last. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  return { items: items.slice(current * size, current * size + size), page: current, pages };
}
