/**
 * A PostgreSQL for tests: `API_V2_TEST_POSTGRES_URL` (default the machine's
 * `postgres://postgres@127.0.0.1:5432/test`), in a schema of its own per test file — created
 * here, dropped after the file — so parallel runs never see each other's rows or migrations. The
 * service reaches the schema through the URL (`options=-c search_path=<schema>`), as a deployment
 * would. Unreachable: the PostgreSQL suites are skipped locally with the reason, but in CI
 * (`CI=true`) the file fails, as `test/support/redisServer.ts` does for Redis.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/test";

/** A schema's URL, or the reason the PostgreSQL suites are skipped. */
export type PostgresForTests =
  | { url: string; skipReason?: undefined }
  | { url?: undefined; skipReason: string };

/** The server URL with every connection's `search_path` set to `schema`. */
function urlWithSchema(serverUrl: string, schema: string): string {
  const url = new URL(serverUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return url.toString();
}

async function createSchema(serverUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function dropSchema(serverUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * For a test file, at top level: `const postgres = await usePostgres();`. Registers an `afterAll`
 * that drops the schema. In CI an unreachable server throws, failing the file instead of skipping.
 */
export async function usePostgres(): Promise<PostgresForTests> {
  const serverUrl = process.env.API_V2_TEST_POSTGRES_URL ?? DEFAULT_URL;
  const schema = `apiv2_test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  try {
    await createSchema(serverUrl, schema);
  } catch (error) {
    const reason = `no PostgreSQL for the API V2 tests at ${new URL(serverUrl).host}: ${(error as Error).message}`;
    if (process.env.CI === "true") throw new Error(reason);
    console.warn(`skipped: ${reason}`);
    return { skipReason: reason };
  }
  afterAll(() => dropSchema(serverUrl, schema));
  return { url: urlWithSchema(serverUrl, schema) };
}
