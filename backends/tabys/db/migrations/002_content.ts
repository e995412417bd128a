/**
 * Migration 002: the twelve content tables, one per RBAC module. Written out column by column (not
 * generated from `contentTypes.ts`), so this migration stays what it was when it first ran;
 * `contentTypes.test.ts` checks the two agree.
 */
import type { CreateTableBuilder, Kysely, Migration } from "kysely";

type Columns = Array<[name: string, type: "text" | "integer", required?: "required"]>;

const CONTENT_TABLES: Record<string, Columns> = {
  events: [
    ["title_ru", "text"],
    ["title_kz", "text"],
    ["description_ru", "text"],
    ["description_kz", "text"],
    ["location", "text", "required"],
    ["category", "text", "required"],
    ["start_date", "text", "required"],
    ["end_date", "text"],
    ["photo_url", "text"],
  ],
  news: [
    ["title_ru", "text"],
    ["title_kz", "text"],
    ["content_ru", "text"],
    ["content_kz", "text"],
    ["category", "text", "required"],
    ["source", "text"],
    ["published_at", "text", "required"],
    ["photo_url", "text"],
    ["url", "text"],
  ],
  vacancies: [
    ["title_ru", "text"],
    ["title_kz", "text"],
    ["description_ru", "text"],
    ["description_kz", "text"],
    ["company", "text", "required"],
    ["location", "text", "required"],
    ["salary", "integer"],
    ["employment_type", "text", "required"],
    ["experience", "text"],
    ["deadline", "text"],
    ["company_logo", "text"],
  ],
  courses: [
    ["title", "text", "required"],
    ["description", "text", "required"],
    ["language", "text", "required"],
    ["duration", "integer", "required"],
    ["price", "integer", "required"],
    ["currency", "text", "required"],
    ["level", "text", "required"],
  ],
  projects: [
    ["title_ru", "text"],
    ["title_kz", "text"],
    ["description_ru", "text"],
    ["description_kz", "text"],
    ["status", "text", "required"],
  ],
  leisure: [
    ["title_ru", "text"],
    ["title_kz", "text"],
    ["description_ru", "text"],
    ["description_kz", "text"],
    ["location", "text", "required"],
    ["category", "text", "required"],
    ["price", "integer"],
  ],
  experts: [
    ["full_name", "text", "required"],
    ["specialization", "text", "required"],
    ["bio_ru", "text"],
    ["bio_kz", "text"],
    ["email", "text"],
  ],
  volunteers: [
    ["full_name", "text", "required"],
    ["phone", "text"],
    ["city", "text", "required"],
    ["status", "text", "required"],
  ],
  users: [
    ["full_name", "text", "required"],
    ["email", "text", "required"],
    ["role", "text", "required"],
    ["is_active", "integer", "required"],
  ],
  certificates: [
    ["title_ru", "text"],
    ["title_kz", "text"],
    ["holder_name", "text", "required"],
    ["issued_at", "text", "required"],
    ["status", "text", "required"],
  ],
  resumes: [
    ["full_name", "text", "required"],
    ["position", "text", "required"],
    ["experience_years", "integer", "required"],
    ["skills", "text", "required"],
    ["status", "text", "required"],
  ],
  tech_tasks: [
    ["title_ru", "text"],
    ["title_kz", "text"],
    ["description_ru", "text"],
    ["description_kz", "text"],
    ["budget", "integer"],
    ["deadline", "text"],
    ["status", "text", "required"],
  ],
};

export const content: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [table, columns] of Object.entries(CONTENT_TABLES)) {
      let builder: CreateTableBuilder<string, string> = db.schema
        .createTable(table)
        .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
        .addColumn("created_at", "text", (c) => c.notNull());
      for (const [name, type, required] of columns) {
        builder = builder.addColumn(name, type, (c) => (required ? c.notNull() : c));
      }
      await builder.execute();
    }
  },

  async down(db: Kysely<unknown>) {
    for (const table of Object.keys(CONTENT_TABLES)) await db.schema.dropTable(table).execute();
  },
};
