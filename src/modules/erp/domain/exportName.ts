/**
 * The file name of an export, pure: `facturi-acme-srl-unpaid-2025-03-05.csv` (the company's name
 * without diacritics or punctuation, the filter, the user's local date), safe on every system.
 */

import { fold } from "./fold.js";
import type { InvoiceFilter } from "./invoices.js";

const dates = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` in the zone. */
export function localDate(instant: number, timeZone: string): string {
  let format = dates.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dates.set(timeZone, format);
  }
  return format.format(instant);
}

export function exportFileName(
  company: string,
  filter: InvoiceFilter,
  instant: number,
  timeZone: string,
  extension: "csv" | "pdf",
): string {
  const slug =
    fold(company)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "company";
  return `facturi-${slug}-${filter}-${localDate(instant, timeZone)}.${extension}`;
}
