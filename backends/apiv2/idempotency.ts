/**
 * `Idempotency-Key` on the routes that change things: the first request with a key runs and its
 * answer is stored in the same transaction as its effects; a retry with the same key and the same
 * request gets the stored answer (nothing runs twice), the same key on a different request is a
 * 422. Only successful answers are stored: a request that failed changed nothing and may be retried
 * as is. Keys are kept for a day (by the backend's clock). Two requests racing on one key: on PostgreSQL the second waits
 * on the key's row until the first commits, then replays it; SQLite runs them one after the other.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { ApiV2Database } from "./db/schema.js";
import { ApiError } from "./envelope.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
export const REPLAYED_HEADER = "idempotent-replayed";

/** What a route answered: kept as is for a replay. */
export interface Answer {
  status: number;
  body: unknown;
}

/** Printable ASCII, 1..255 characters (a UUID is the usual choice). */
export const isValidKey = (key: string) => /^[\x21-\x7e]{1,255}$/.test(key);

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are one request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The request a key stands for: method, path and body. */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${canonical(body)}`)
    .digest("hex");
}

/**
 * Runs `work` once per key: in a transaction that first claims the key, then stores the answer.
 * A key already claimed answers its stored answer (`replayed: true`) or a 422.
 */
export async function runIdempotent(
  db: Kysely<ApiV2Database>,
  request: { key: string; fingerprint: string; now: number },
  work: (trx: Kysely<ApiV2Database>) => Promise<Answer>,
): Promise<Answer & { replayed: boolean }> {
  const { key, fingerprint, now } = request;
  const fresh = await db.transaction().execute(async (trx) => {
    // Keys are kept for a day: the expired ones (this key's too, if it is one) go first.
    await trx
      .deleteFrom("idempotency_keys")
      .where("created_at", "<=", now - IDEMPOTENCY_TTL_MS)
      .execute();
    const claimed = await trx
      .insertInto("idempotency_keys")
      .values({ key, fingerprint, status: 0, response: "", created_at: now })
      .onConflict((conflict) => conflict.column("key").doNothing())
      .returning("key")
      .executeTakeFirst();
    if (!claimed) return null;
    const answer = await work(trx);
    await trx
      .updateTable("idempotency_keys")
      .set({ status: answer.status, response: JSON.stringify(answer.body) })
      .where("key", "=", key)
      .execute();
    return answer;
  });
  if (fresh) return { ...fresh, replayed: false };

  const stored = await db
    .selectFrom("idempotency_keys")
    .selectAll()
    .where("key", "=", key)
    .executeTakeFirst();
  if (!stored) throw new ApiError(409, "A request with this Idempotency-Key is in progress: retry it");
  if (stored.fingerprint !== fingerprint) {
    throw new ApiError(422, "This Idempotency-Key was used with a different request");
  }
  return { status: stored.status, body: JSON.parse(stored.response), replayed: true };
}
