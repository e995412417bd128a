/**
 * Every migration, by name, in the order they run: Kysely's `Migrator` reads them from here
 * (an inline provider: no files are read at run time) and records each one it ran.
 */
import type { Migration } from "kysely";
import { ledger } from "./001_ledger.js";
import { telegramLinks } from "./002_telegram_links.js";
import { web } from "./003_web.js";

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "001_ledger": ledger,
  "002_telegram_links": telegramLinks,
  "003_web": web,
};
