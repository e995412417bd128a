/**
 * Reads of the ledger, as of a calendar date: a company, its invoices with what was paid on them
 * by that date, the month's money in and out, its treasury accounts with their balances, and the
 * exchange rates. No figure is stored: these queries add up the payments every time.
 */
import { type Kysely, sql } from "kysely";
import type { IsoDate } from "./calendar.js";
import type { ErpDatabase } from "./db/schema.js";
import { type Currency, type ExchangeRates, isCurrency } from "./money.js";
import type { ServerId } from "./servers.js";

export type Direction = "issued" | "received";

export interface CompanyRecord {
  id: number;
  serverId: ServerId;
  name: string;
  cui: string;
  city: string;
  currency: Currency;
}

export interface InvoiceRecord {
  id: number;
  direction: Direction;
  series: string;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  partnerName: string;
  partnerCui: string;
  currency: Currency;
  totalCents: number;
  /** Paid by the date the records were read for. */
  paidCents: number;
}

/** Payments in a period, summed by invoice direction and currency. */
export interface PaymentSum {
  direction: Direction;
  currency: Currency;
  cents: number;
}

export interface AccountRecord {
  id: number;
  kind: "cash" | "bank";
  name: string;
  iban: string | null;
  currency: Currency;
  balanceCents: number;
}

const currencyOf = (value: string): Currency => {
  if (!isCurrency(value)) throw new Error(`unknown currency ${value} in the ledger`);
  return value;
};

export class LedgerStore {
  constructor(private readonly db: Kysely<ErpDatabase>) {}

  async company(id: number): Promise<CompanyRecord | undefined> {
    const row = await this.db.selectFrom("companies").selectAll().where("id", "=", id).executeTakeFirst();
    return (
      row && {
        id: row.id,
        serverId: row.server_id as ServerId,
        name: row.name,
        cui: row.cui,
        city: row.city,
        currency: currencyOf(row.currency),
      }
    );
  }

  /** The company's invoices of one direction issued by `today`, newest first (then highest id). */
  async invoices(companyId: number, direction: Direction, today: IsoDate): Promise<InvoiceRecord[]> {
    const rows = await this.db
      .selectFrom("invoices as i")
      .selectAll("i")
      .select(
        sql<number>`coalesce((select sum(p.amount_cents) from payments p where p.invoice_id = i.id and p.paid_on <= ${today}), 0)`.as(
          "paid_cents",
        ),
      )
      .where("i.company_id", "=", companyId)
      .where("i.direction", "=", direction)
      .where("i.issue_date", "<=", today)
      .orderBy("i.issue_date", "desc")
      .orderBy("i.id", "desc")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      direction,
      series: r.series,
      number: r.number,
      issueDate: r.issue_date,
      dueDate: r.due_date,
      partnerName: r.partner_name,
      partnerCui: r.partner_cui,
      currency: currencyOf(r.currency),
      totalCents: r.total_cents,
      paidCents: Number(r.paid_cents),
    }));
  }

  /** Money the company collected (issued invoices) and paid (received ones) from `from` to `to`. */
  async paymentsBetween(companyId: number, from: IsoDate, to: IsoDate): Promise<PaymentSum[]> {
    const rows = await this.db
      .selectFrom("payments as p")
      .innerJoin("invoices as i", "i.id", "p.invoice_id")
      .select(["i.direction", "i.currency", sql<number>`sum(p.amount_cents)`.as("cents")])
      .where("i.company_id", "=", companyId)
      .where("p.paid_on", ">=", from)
      .where("p.paid_on", "<=", to)
      .groupBy(["i.direction", "i.currency"])
      .execute();
    return rows.map((r) => ({
      direction: r.direction as Direction,
      currency: currencyOf(r.currency),
      cents: Number(r.cents),
    }));
  }

  /** The company's cash registers and bank accounts with their balances at the end of `today`. */
  async accounts(companyId: number, today: IsoDate): Promise<AccountRecord[]> {
    const rows = await this.db
      .selectFrom("treasury_accounts as a")
      .selectAll("a")
      .select(
        sql<number>`a.opening_cents + coalesce((
          select sum(case when i.direction = 'issued' then p.amount_cents else -p.amount_cents end)
          from payments p join invoices i on i.id = p.invoice_id
          where p.account_id = a.id and p.paid_on <= ${today}), 0)`.as("balance_cents"),
      )
      .where("a.company_id", "=", companyId)
      .orderBy("a.id")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind === "cash" ? "cash" : "bank",
      name: r.name,
      iban: r.iban,
      currency: currencyOf(r.currency),
      balanceCents: Number(r.balance_cents),
    }));
  }

  async rates(): Promise<ExchangeRates> {
    const rows = await this.db.selectFrom("exchange_rates").selectAll().execute();
    const rates: Partial<Record<Currency, number>> = {};
    for (const row of rows) rates[currencyOf(row.currency)] = row.ron_per_unit_e4;
    if (rates.RON === undefined || rates.EUR === undefined)
      throw new Error("the ledger lacks an exchange rate");
    return rates as ExchangeRates;
  }
}
