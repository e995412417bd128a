/**
 * Every migration, by name, in the order they run: Kysely's `Migrator` reads them from here
 * (an inline provider: no files are read at run time) and records each one it ran.
 */
import type { Migration } from "kysely";
import { accounts } from "./001_accounts.js";
import { content } from "./002_content.js";
import { telegramLinks } from "./003_telegram_links.js";
import { media } from "./004_media.js";

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "001_accounts": accounts,
  "002_content": content,
  "003_telegram_links": telegramLinks,
  "004_media": media,
};
