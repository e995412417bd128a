/**
 * Reading and writing the twelve content tables, driven by `contentTypes.ts`; and the mapping
 * between a stored row (booleans as 0/1, hosted images origin-free) and what the API shows.
 */
import { type Kysely, sql } from "kysely";
import type { ContentValues } from "./contentSchemas.js";
import type { ContentType } from "./contentTypes.js";
import type { ContentDatabase, ContentValue } from "./db/schema.js";

export interface ListQuery {
  page: number;
  pageSize: number;
  /** Case-insensitive substring of the type's search fields. */
  search?: string;
  /** Exact value of the type's filter field. */
  filter?: string;
}

type Row = Record<string, ContentValue>;

export const MEDIA_PATH = "/media/";

/** An item as the API shows it: `id`, `created_at`, then the fields in declared order. */
export function apiItem(type: ContentType, row: Row, origin: string): ContentValues {
  const item: ContentValues = { id: row.id ?? null, created_at: row.created_at ?? null };
  for (const [name, spec] of Object.entries(type.fields)) {
    const value = row[name] ?? null;
    if (spec.kind === "bool") item[name] = value === 1;
    else if (spec.kind === "url" && spec.media && typeof value === "string" && value.startsWith(MEDIA_PATH))
      item[name] = `${origin}${value}`;
    else item[name] = value;
  }
  return item;
}

/**
 * Values as stored: booleans as 0/1, and an image this backend hosts without its origin (the
 * playground's port changes between runs; answers put the caller's origin back).
 */
export function storedValues(type: ContentType, values: ContentValues, origin: string): Row {
  const row: Row = {};
  for (const [name, value] of Object.entries(values)) {
    const spec = type.fields[name];
    if (!spec) continue;
    if (typeof value === "boolean") row[name] = value ? 1 : 0;
    else if (
      spec.kind === "url" &&
      spec.media &&
      typeof value === "string" &&
      value.startsWith(`${origin}${MEDIA_PATH}`)
    )
      row[name] = value.slice(origin.length);
    else row[name] = value;
  }
  return row;
}

export class ContentStore {
  constructor(
    private readonly db: Kysely<ContentDatabase>,
    private readonly now: () => number,
  ) {}

  /** One page, newest first (highest id first), and how many match in all. */
  async list(type: ContentType, query: ListQuery): Promise<{ rows: Row[]; total: number }> {
    let base = this.db.selectFrom(type.module);
    const needle = query.search?.trim().toLowerCase();
    if (needle) {
      base = base.where((eb) =>
        eb.or(
          type.search.map((field) => eb(sql<number>`instr(casefold(${sql.ref(field)}), ${needle})`, ">", 0)),
        ),
      );
    }
    if (type.filter && query.filter !== undefined) base = base.where(type.filter, "=", query.filter);
    const counted = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const rows = await base
      .selectAll()
      .orderBy("id", "desc")
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute();
    return { rows, total: Number(counted.n) };
  }

  async get(type: ContentType, id: number): Promise<Row | undefined> {
    return this.db.selectFrom(type.module).selectAll().where("id", "=", id).executeTakeFirst();
  }

  async create(type: ContentType, row: Row): Promise<Row> {
    return this.db
      .insertInto(type.module)
      .values({ ...row, created_at: new Date(this.now()).toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async update(type: ContentType, id: number, row: Row): Promise<Row | undefined> {
    if (Object.keys(row).length === 0) return this.get(type, id);
    return this.db.updateTable(type.module).set(row).where("id", "=", id).returningAll().executeTakeFirst();
  }

  async delete(type: ContentType, id: number): Promise<boolean> {
    const result = await this.db.deleteFrom(type.module).where("id", "=", id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async count(type: ContentType): Promise<number> {
    const row = await this.db
      .selectFrom(type.module)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
