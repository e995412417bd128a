/**
 * Every erp button's data (`er.*`). Buttons carry what they act on (the company, the filter, the
 * page, the invoice), so an old button still shows what it was drawn for after the user switched
 * company or the bot restarted. ERP ids of up to 16 `[A-Za-z0-9_-]` travel as they are; longer ones
 * as a reference the store resolves (`src/kernel/idRefs.ts`), remembered when the button is drawn.
 */
import { bool, defineCallback, int, oneOf } from "../../kernel/callbackData.js";
import { REF_LENGTH, refOf, resolveRef } from "../../kernel/idRefs.js";
import { DIGEST_HOURS } from "./domain/digestTimes.js";
import type { InvoiceFilter } from "./domain/invoices.js";

const SHORT_ID = /^[A-Za-z0-9_-]{1,16}$/;
const REF = new RegExp(`^[A-Za-z0-9_-]{${REF_LENGTH}}$`);
const UNRESOLVED = "\u0000ref:";

/** An ERP id (a company, an invoice): `r` + the id, or `k` + the reference of a longer one. */
const erpId = {
  maxLength: 17,
  encode(value: string): string {
    if (SHORT_ID.test(value)) return `r${value}`;
    if (value.length > 0) return `k${refOf(value)}`;
    throw new RangeError("callback field: an empty ERP id");
  },
  decode(text: string): string | undefined {
    const body = text.slice(1);
    if (text.startsWith("r") && SHORT_ID.test(body)) return body;
    if (text.startsWith("k") && REF.test(body)) return `${UNRESOLVED}${body}`;
    return undefined;
  },
  async resolve(decoded: string, storage: Parameters<typeof resolveRef>[0]): Promise<string | undefined> {
    return decoded.startsWith(UNRESOLVED) ? resolveRef(storage, decoded.slice(UNRESOLVED.length)) : decoded;
  },
};

/** True when a button can carry `id` without a stored reference. */
export const packsWithoutRef = (id: string): boolean => SHORT_ID.test(id);

/** A company search in a button: `-` for none, else the reference of the query (remembered when drawn). */
const searchRef = {
  maxLength: REF_LENGTH,
  encode: (value: string): string => (value === "" ? "-" : refOf(value)),
  decode: (text: string): string | undefined =>
    text === "-" ? "" : REF.test(text) ? `${UNRESOLVED}${text}` : undefined,
  resolve: erpId.resolve,
};

/** Invoice filters, one letter each. */
const FILTER_CODES = { all: "a", unpaid: "u", paid: "p", overdue: "o", partial: "t" } as const;
type FilterCode = (typeof FILTER_CODES)[InvoiceFilter];
const filterField = oneOf(Object.values(FILTER_CODES) as FilterCode[]);
export const filterCode = (filter: InvoiceFilter): FilterCode => FILTER_CODES[filter];
export const filterOf = (code: FilterCode): InvoiceFilter =>
  (Object.keys(FILTER_CODES) as InvoiceFilter[]).find((f) => FILTER_CODES[f] === code) ?? "all";

/**
 * What a company picker shown by a report goes on to once a company is chosen: nothing, the
 * dashboard, the treasury, the invoices with a filter (`i` + its letter), or the digest turned on
 * at an hour (`g` + the hour).
 */
export const NEXT_STEPS = [
  "n",
  "d",
  "t",
  "ia",
  "iu",
  "ip",
  "io",
  "it",
  ...DIGEST_HOURS.map((hour) => `g${hour}` as const),
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];
/** The step that turns the digest on at `hour` (one of `DIGEST_HOURS`). */
export const digestStep = (hour: (typeof DIGEST_HOURS)[number]): NextStep => `g${hour}`;
/** The digest hour a step turns on, or undefined. */
export const stepHour = (next: NextStep): number | undefined =>
  next.startsWith("g") ? Number(next.slice(1)) : undefined;
const nextField = oneOf(NEXT_STEPS);
export const invoicesStep = (filter: InvoiceFilter): NextStep => `i${filterCode(filter)}` as NextStep;
/** The invoice filter a step goes on to, or undefined for a step that is not the invoices. */
export const stepFilter = (next: NextStep): InvoiceFilter | undefined =>
  next.startsWith("i") ? filterOf(next.slice(1) as FilterCode) : undefined;

const page = int(0, 9999);

/** Relinking to another ERP account: yes, or keep the current one. */
export const relinkAnswer = defineCallback("er.rl", 1, { yes: bool });
/** /unlink: yes, or keep the link. */
export const unlinkAnswer = defineCallback("er.ul", 1, { yes: bool });

/** One page of the company picker (a search, or every company). */
export const companyPage = defineCallback("er.cp", 1, { q: searchRef, page, next: nextField });
/** Chooses the active company, then goes on to `next`. */
export const selectCompany = defineCallback("er.cs", 1, { c: erpId, next: nextField });

/** The dashboard of a company: `edit` replaces the message the button is on (Refresh). */
export const openDashboard = defineCallback("er.db", 1, { c: erpId, edit: bool });
/** Receivables by age, as a chart. */
export const openAgingChart = defineCallback("er.ch", 1, { c: erpId });
/** A page of a company's invoices under a filter: `edit` turns the page in place, else a new message. */
export const invoicePage = defineCallback("er.il", 1, { c: erpId, f: filterField, page, edit: bool });
/** One invoice of that page. */
export const invoiceDetail = defineCallback("er.iv", 1, { c: erpId, f: filterField, page, i: erpId });
/** The whole filtered list as a document. */
export const exportInvoices = defineCallback("er.ex", 1, {
  c: erpId,
  f: filterField,
  as: oneOf(["csv", "pdf"]),
});
/** The treasury of a company: `edit` replaces the message the button is on (Refresh). */
export const openTreasury = defineCallback("er.tr", 1, { c: erpId, edit: bool });

/** Digest: turn on at an hour (or move it), pick a time zone, turn off, or show the settings. */
export const digestHour = defineCallback("er.dh", 1, { h: oneOf(DIGEST_HOURS.map(String)) });
export const digestZones = defineCallback("er.dz", 1, {});
export const digestZone = defineCallback("er.dt", 1, { z: int(0, 99) });
export const digestOff = defineCallback("er.do", 1, {});
