/**
 * Fills a fresh database with the demo world: the demo users (scrypt hashes), the companies and
 * who may see them, the exchange rate, and the ledger of `demoLedger` for the seeding day (the
 * Bucharest date of the backend's clock at the first start). Runs on the first start only (no
 * users yet); `wipeDatabase` empties everything for a reset, and the next seed makes the same world.
 */
import { sql } from "kysely";
import { hashPassword } from "../../kit/passwords.js";
import { dateAt } from "../calendar.js";
import type { ErpDb } from "../db/openDatabase.js";
import { COMPANY_CURRENCY, DEMO_COMPANIES } from "../demoCompanies.js";
import { DEMO_USERS } from "../demoUsers.js";
import { demoLedger, EUR_RATE_E4 } from "./demoLedger.js";

/** Hashed once per process (scrypt is slow on purpose; a test suite builds many backends), each with its own salt. */
let passwordHashes: Promise<string[]> | undefined;
function demoPasswordHashes(): Promise<string[]> {
  passwordHashes ??= Promise.all(DEMO_USERS.map((user) => hashPassword(user.password)));
  return passwordHashes;
}

/** SQLite caps the variables of one statement: rows go in by slices. */
const SLICE = 400;
const slices = <T>(rows: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(rows.length / SLICE) }, (_, i) => rows.slice(i * SLICE, (i + 1) * SLICE));

/** Seeds an empty database; false (and nothing done) when it already has its users. */
export async function seedIfEmpty(erp: ErpDb, now: number): Promise<boolean> {
  const existing = await erp.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (existing) return false;
  const hashes = await demoPasswordHashes();
  const ledger = demoLedger(dateAt(now));

  await erp.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("users")
      .values(
        DEMO_USERS.map((user, i) => ({
          id: user.id,
          email: user.email,
          full_name: user.name,
          role: user.role,
          password_hash: hashes[i]!,
          is_active: user.active ? 1 : 0,
          created_at: now,
        })),
      )
      .execute();
    await trx
      .insertInto("companies")
      .values(
        DEMO_COMPANIES.map((c) => ({
          id: c.id,
          server_id: c.serverId,
          name: c.name,
          cui: c.cui,
          city: c.city,
          currency: COMPANY_CURRENCY,
        })),
      )
      .execute();
    await trx
      .insertInto("user_companies")
      .values(
        DEMO_USERS.flatMap((user) =>
          user.companyIds.map((companyId) => ({ user_id: user.id, company_id: companyId })),
        ),
      )
      .execute();
    await trx
      .insertInto("exchange_rates")
      .values([
        { currency: "RON", ron_per_unit_e4: 10_000 },
        { currency: "EUR", ron_per_unit_e4: EUR_RATE_E4 },
      ])
      .execute();
    await trx.insertInto("treasury_accounts").values(ledger.accounts).execute();
    for (const rows of slices(ledger.invoices)) await trx.insertInto("invoices").values(rows).execute();
    for (const rows of slices(ledger.payments)) await trx.insertInto("payments").values(rows).execute();
  });
  return true;
}

/**
 * Empties every table of demo data (and restarts the ids), leaving the schema, its migrations and
 * the settings (the JWT key) in place.
 */
export async function wipeDatabase(erp: ErpDb): Promise<void> {
  await erp.db.transaction().execute(async (trx) => {
    for (const table of [
      "refresh_tokens",
      "telegram_links",
      "web_sessions",
      "payments",
      "invoices",
      "treasury_accounts",
      "exchange_rates",
      "user_companies",
      "companies",
      "users",
    ] as const) {
      await trx.deleteFrom(table).execute();
    }
    await sql`DELETE FROM sqlite_sequence`.execute(trx);
  });
}
