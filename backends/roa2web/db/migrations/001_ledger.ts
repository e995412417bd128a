/** Migration 001: users, companies and who may see them, invoices, payments, treasury, exchange rates. */
import type { Kysely, Migration } from "kysely";

export const ledger: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("users")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("full_name", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("is_active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "integer", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("companies")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("server_id", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("cui", "text", (c) => c.notNull().unique())
      .addColumn("city", "text", (c) => c.notNull())
      .addColumn("currency", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("user_companies")
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("company_id", "integer", (c) => c.notNull().references("companies.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("user_companies_pk", ["user_id", "company_id"])
      .execute();

    await db.schema
      .createTable("invoices")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("company_id", "integer", (c) => c.notNull().references("companies.id").onDelete("cascade"))
      .addColumn("direction", "text", (c) => c.notNull())
      .addColumn("series", "text", (c) => c.notNull())
      .addColumn("number", "text", (c) => c.notNull())
      .addColumn("issue_date", "text", (c) => c.notNull())
      .addColumn("due_date", "text", (c) => c.notNull())
      .addColumn("partner_name", "text", (c) => c.notNull())
      .addColumn("partner_cui", "text", (c) => c.notNull())
      .addColumn("currency", "text", (c) => c.notNull())
      .addColumn("total_cents", "integer", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("invoices_company")
      .on("invoices")
      .columns(["company_id", "direction", "issue_date"])
      .execute();

    await db.schema
      .createTable("treasury_accounts")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("company_id", "integer", (c) => c.notNull().references("companies.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("iban", "text")
      .addColumn("currency", "text", (c) => c.notNull())
      .addColumn("opening_cents", "integer", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("payments")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("invoice_id", "integer", (c) => c.notNull().references("invoices.id").onDelete("cascade"))
      .addColumn("account_id", "integer", (c) =>
        c.notNull().references("treasury_accounts.id").onDelete("cascade"),
      )
      .addColumn("paid_on", "text", (c) => c.notNull())
      .addColumn("amount_cents", "integer", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("payments_invoice").on("payments").column("invoice_id").execute();
    await db.schema.createIndex("payments_account").on("payments").column("account_id").execute();

    await db.schema
      .createTable("exchange_rates")
      .addColumn("currency", "text", (c) => c.primaryKey())
      .addColumn("ron_per_unit_e4", "integer", (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      "exchange_rates",
      "payments",
      "treasury_accounts",
      "invoices",
      "user_companies",
      "companies",
      "users",
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
