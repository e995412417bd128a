/**
 * The LoopBack-style `filter` the `Customers` list accepts, the subset clients use to search:
 *
 * ```
 * Customers?filter={"where":{"name":{"like":"%popescu%"}},"limit":10,"skip":0}
 * Customers?filter={"where":{"or":[{"name":{"like":"ana%"}},{"email":{"like":"ana%"}}]}}
 * Customers?filter={"where":{"email":"ana.popescu@example.net"}}
 * ```
 *
 * Searchable fields: `id`, `accountId`, `name`, `email`. A condition is a plain value (exact,
 * case-insensitive) or `{"like": pattern}` / `{"ilike": pattern}` where `%` matches any run of
 * characters (both case-insensitive). `and` / `or` combine conditions. Anything else is a 400.
 */
import { z } from "zod";
import type { CustomerSpec } from "./catalog.js";

const FIELDS = ["id", "accountId", "name", "email"] as const;
type Field = (typeof FIELDS)[number];

const conditionSchema = z.union([
  z.string(),
  z.object({ like: z.string() }).strict(),
  z.object({ ilike: z.string() }).strict(),
]);
type Condition = z.infer<typeof conditionSchema>;

interface Where {
  id?: Condition;
  accountId?: Condition;
  name?: Condition;
  email?: Condition;
  and?: Where[];
  or?: Where[];
}

const whereSchema: z.ZodType<Where> = z.lazy(() =>
  z
    .object({
      id: conditionSchema.optional(),
      accountId: conditionSchema.optional(),
      name: conditionSchema.optional(),
      email: conditionSchema.optional(),
      and: z.array(whereSchema).optional(),
      or: z.array(whereSchema).optional(),
    })
    .strict(),
);

const filterSchema = z
  .object({
    where: whereSchema.optional(),
    limit: z.number().int().min(1).max(500).optional(),
    skip: z.number().int().min(0).optional(),
  })
  .strict();

export type CustomerFilter = z.infer<typeof filterSchema>;

/** Parses the `filter` query parameter; a message for the 400 answer when it is not understood. */
export function parseCustomerFilter(raw: string): { filter: CustomerFilter } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { error: "filter is not valid JSON" };
  }
  const parsed = filterSchema.safeParse(json);
  if (!parsed.success)
    return { error: `filter is not supported: ${parsed.error.issues[0]?.message ?? "invalid"}` };
  return { filter: parsed.data };
}

function likeToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .split("%")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${escaped}$`, "is");
}

function matches(value: string, condition: Condition): boolean {
  if (typeof condition === "string") return value.toLowerCase() === condition.toLowerCase();
  const pattern = "like" in condition ? condition.like : condition.ilike;
  return likeToRegExp(pattern).test(value);
}

export function matchesWhere(customer: CustomerSpec, where: Where): boolean {
  for (const field of FIELDS as readonly Field[]) {
    const condition = where[field];
    if (condition !== undefined && !matches(customer[field], condition)) return false;
  }
  if (where.and && !where.and.every((w) => matchesWhere(customer, w))) return false;
  if (where.or && !where.or.some((w) => matchesWhere(customer, w))) return false;
  return true;
}
