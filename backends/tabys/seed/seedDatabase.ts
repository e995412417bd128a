/**
 * Fills a fresh database with the demo world: the seven demo admins (ids 1..7, in `DEMO_ADMINS`
 * order), the seeded photos and logos, and every content type's items. Runs on the first start
 * only (no admins yet); `wipeDatabase` empties everything for a reset, and the next seed
 * recreates the same world.
 */
import { sql } from "kysely";
import { hashPassword } from "../../kit/passwords.js";
import type { TabysDb } from "../db/openDatabase.js";
import { DEMO_ADMINS } from "../demoAdmins.js";
import type { Module } from "../rbac.js";
import { seedCommunityTypes } from "./community.js";
import { logoPng, photoPng } from "./demoImages.js";
import { seedEvents } from "./events.js";
import { seedCourses, seedExperts } from "./learning.js";
import { seedNews } from "./news.js";
import {
  DAY,
  LOGO_COUNT,
  logoPath,
  PHOTO_COUNT,
  photoPath,
  type SeedContext,
  type SeedRow,
} from "./seedKit.js";
import { seedResumes, seedVacancies } from "./work.js";

/** Every content type's seeded items, oldest first. */
export function demoContent(ctx: SeedContext): Record<Module, SeedRow[]> {
  return {
    events: seedEvents(ctx),
    news: seedNews(ctx),
    vacancies: seedVacancies(ctx),
    courses: seedCourses(ctx),
    experts: seedExperts(ctx),
    resumes: seedResumes(ctx),
    ...seedCommunityTypes(ctx),
  };
}

/**
 * The seeded images by media name (`seed-photo-01.png`, `seed-logo-1.png`). Pure, so rendered once
 * per process: a test suite builds dozens of backends.
 */
let images: ReadonlyMap<string, Buffer> | undefined;
export function demoImages(): ReadonlyMap<string, Buffer> {
  if (!images) {
    const rendered = new Map<string, Buffer>();
    const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);
    for (let n = 0; n < PHOTO_COUNT; n++) rendered.set(nameOf(photoPath(n)), photoPng(n));
    for (let n = 0; n < LOGO_COUNT; n++) rendered.set(nameOf(logoPath(n)), logoPng(n));
    images = rendered;
  }
  return images;
}

/**
 * The demo admins' password hashes, derived once per process for the same reason (scrypt is slow
 * on purpose); each process still draws its own salts.
 */
let passwordHashes: Promise<string[]> | undefined;
function demoPasswordHashes(): Promise<string[]> {
  passwordHashes ??= Promise.all(DEMO_ADMINS.map((admin) => hashPassword(admin.password)));
  return passwordHashes;
}

/** Seeds an empty database; false (and nothing done) when it already has its accounts. */
export async function seedIfEmpty(tabys: TabysDb, now: number): Promise<boolean> {
  const existing = await tabys.db.selectFrom("admins").select("id").limit(1).executeTakeFirst();
  if (existing) return false;
  const ctx: SeedContext = { day: Math.floor(now / DAY) * DAY };
  const hashes = await demoPasswordHashes();
  const content = demoContent(ctx);

  await tabys.db.transaction().execute(async (trx) => {
    for (const [i, admin] of DEMO_ADMINS.entries()) {
      await trx
        .insertInto("admins")
        .values({
          email: admin.email,
          full_name: admin.name,
          role: admin.role,
          password_hash: hashes[i]!,
          is_active: 1,
          created_at: now,
        })
        .execute();
    }
    for (const [name, bytes] of demoImages()) {
      await trx
        .insertInto("media")
        .values({ name, content_type: "image/png", bytes, created_at: now })
        .execute();
    }
  });
  await tabys.content.transaction().execute(async (trx) => {
    for (const [table, rows] of Object.entries(content)) await trx.insertInto(table).values(rows).execute();
  });
  return true;
}

/** Empties every table (and restarts the ids), leaving the schema and its migrations in place. */
export async function wipeDatabase(tabys: TabysDb, contentTables: readonly string[]): Promise<void> {
  await tabys.db.transaction().execute(async (trx) => {
    for (const table of [
      "telegram_links",
      "link_tokens",
      "web_sessions",
      "telegram_sessions",
      "otps",
      "admins",
      "media",
    ] as const) {
      await trx.deleteFrom(table).execute();
    }
    for (const table of contentTables) await sql`DELETE FROM ${sql.table(table)}`.execute(trx);
    await sql`DELETE FROM sqlite_sequence`.execute(trx);
  });
}
