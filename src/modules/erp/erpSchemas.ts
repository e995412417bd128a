/**
 * The ROA2WEB answers the bot reads, as zod schemas (../shared/research/erp-roa2web.md is the
 * contract). A 2xx answer that does not match is a `bad_response` BackendError, which the kernel
 * explains. Ids may come as numbers or strings (they travel as strings here); text a backend
 * leaves out or sends as null reads as "".
 */
import { z } from "zod";

const entityId = z.union([z.string().min(1), z.number().int()]).transform(String);
const text = z
  .string()
  .nullish()
  .transform((value) => value ?? "");
const amount = z.number().finite();
const count = z.number().int().nonnegative();

/** verify-user and refresh-token: a token pair and who it is for. */
export const tokenPairSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  /** Seconds. */
  expires_in: z.number().positive(),
  user: z.object({ id: z.number().int(), email: z.string(), name: text }),
});
export type TokenPair = z.output<typeof tokenPairSchema>;

export const companySchema = z.object({ id: entityId, name: z.string(), cui: text, city: text });
export type Company = z.output<typeof companySchema>;

export const dashboardSchema = z.object({
  company_id: entityId,
  currency: z.string(),
  balance: amount,
  receivables: amount,
  payables: amount,
  invoices_issued: count,
  invoices_paid: count,
  invoices_unpaid: count,
  overdue_count: count,
  overdue_amount: amount,
  collections_month: amount,
  payments_month: amount,
  as_of: z.string(),
});
export type Dashboard = z.output<typeof dashboardSchema>;

export const invoiceStatusSchema = z.enum(["paid", "unpaid", "partial"]);
export type InvoiceStatus = z.output<typeof invoiceStatusSchema>;

export const invoiceSchema = z.object({
  id: entityId,
  number: z.union([z.string(), z.number()]).transform(String),
  series: text,
  issue_date: z.string(),
  due_date: text,
  partner_name: z.string(),
  partner_cui: text,
  total: amount,
  paid: amount,
  currency: z.string(),
  status: invoiceStatusSchema,
  days_overdue: z
    .number()
    .int()
    .nullish()
    .transform((value) => value ?? 0),
});
export type Invoice = z.output<typeof invoiceSchema>;

const currencyTotals = z.object({ total: amount, paid: amount, outstanding: amount });
export type CurrencyTotals = z.output<typeof currencyTotals>;

export const invoicePageSchema = z.object({
  items: z.array(invoiceSchema),
  total: count,
  page: z.number().int().positive(),
  pages: z.number().int().nonnegative(),
  totals: z.object({ count, by_currency: z.record(z.string(), currencyTotals) }),
});
export type InvoicePage = z.output<typeof invoicePageSchema>;

export const treasurySchema = z.object({
  company_id: entityId,
  cash: z.array(z.object({ register: z.string(), balance: amount, currency: z.string() })),
  banks: z.array(z.object({ bank: z.string(), iban: text, balance: amount, currency: z.string() })),
  total_by_currency: z.record(z.string(), amount),
  as_of: z.string(),
});
export type Treasury = z.output<typeof treasurySchema>;
