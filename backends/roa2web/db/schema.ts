/**
 * The database's tables as Kysely sees them. Money is kept in minor units (bani, euro cents) as
 * integers, calendar dates as ISO `YYYY-MM-DD` text, instants as epoch milliseconds of the
 * backend's clock. Nothing derived is stored: balances, statuses and dashboards are computed
 * from these rows at request time.
 */
import type { Generated } from "kysely";

export interface UserTable {
  id: number;
  email: string;
  full_name: string;
  /** `accountant` or `manager`. */
  role: string;
  /** `scrypt$N$r$p$salt$hash` (base64). */
  password_hash: string;
  is_active: number;
  created_at: number;
}

export interface CompanyTable {
  id: number;
  /** The ERP database server the company's books live on (`main`, `archive`). */
  server_id: string;
  name: string;
  cui: string;
  city: string;
  /** The currency its books are kept in. */
  currency: string;
}

export interface UserCompanyTable {
  user_id: number;
  company_id: number;
}

export interface InvoiceTable {
  id: Generated<number>;
  company_id: number;
  /** `issued` (to a customer: a receivable) or `received` (from a supplier: a payable). */
  direction: string;
  series: string;
  number: string;
  issue_date: string;
  due_date: string;
  partner_name: string;
  partner_cui: string;
  currency: string;
  total_cents: number;
}

export interface TreasuryAccountTable {
  id: Generated<number>;
  company_id: number;
  /** `cash` (a cash register) or `bank` (a bank account). */
  kind: string;
  /** The register's name, or the bank's. */
  name: string;
  iban: string | null;
  currency: string;
  /** The balance before the first seeded movement. */
  opening_cents: number;
}

/** Money in (an issued invoice collected) or out (a received invoice paid), through one account. */
export interface PaymentTable {
  id: Generated<number>;
  invoice_id: number;
  account_id: number;
  paid_on: string;
  amount_cents: number;
}

export interface ExchangeRateTable {
  currency: string;
  /** RON for one unit of the currency, times 10,000 (BNR publishes four decimals). */
  ron_per_unit_e4: number;
}

/** A Telegram account linked to an ERP user on one server (one link per Telegram account). */
export interface TelegramLinkTable {
  id: Generated<number>;
  telegram_user_id: string;
  telegram_username: string | null;
  user_id: number;
  server_id: string;
  linked_at: number;
  /** The token family its JWTs and refresh tokens belong to; null once revoked. */
  session_id: string | null;
}

export interface RefreshTokenTable {
  /** sha256 of the token, hex: the token itself is never stored. */
  token_hash: string;
  link_id: number;
  session_id: string;
  issued_at: number;
  expires_at: number;
  /** Set when it was exchanged: presenting it again is a reuse. */
  rotated_at: number | null;
}

export interface WebSessionTable {
  /** sha256 of the session cookie, hex. */
  token_hash: string;
  user_id: number;
  /** The forms' anti-CSRF token. */
  csrf_token: string;
  created_at: number;
  expires_at: number;
}

export interface SettingTable {
  name: string;
  value: string;
}

export interface ErpDatabase {
  users: UserTable;
  companies: CompanyTable;
  user_companies: UserCompanyTable;
  invoices: InvoiceTable;
  treasury_accounts: TreasuryAccountTable;
  payments: PaymentTable;
  exchange_rates: ExchangeRateTable;
  telegram_links: TelegramLinkTable;
  refresh_tokens: RefreshTokenTable;
  web_sessions: WebSessionTable;
  settings: SettingTable;
}
