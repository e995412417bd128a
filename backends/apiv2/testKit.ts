/**
 * Helpers for API V2's tests: the contract suites that run the same tests on SQLite and on
 * PostgreSQL (`describeContract`), requests in process with the key (`call`), and a fixed instant.
 */
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { manualClock } from "../kit/clock.js";
import { type ApiV2App, createApiV2 } from "./apiV2Backend.js";
import { MEMORY } from "./db/openDatabase.js";
import { type PostgresForTests, usePostgres } from "./postgresForTests.js";

/** A Monday, 10:00 UTC. */
export const TEST_NOW = Date.UTC(2026, 0, 19, 10, 0, 0);

export interface TestDatabase {
  name: "sqlite" | "postgres";
  /** Absent: skipped (`skipReason`). */
  url?: string;
  skipReason?: string;
}

/** SQLite in memory, and PostgreSQL in a schema of this file's (or why not). Call at top level. */
export async function testDatabases(): Promise<TestDatabase[]> {
  const postgres: PostgresForTests = await usePostgres();
  return [
    { name: "sqlite", url: MEMORY },
    { name: "postgres", ...postgres },
  ];
}

/**
 * The same suite once per database: one backend per suite at `TEST_NOW`, reset (every row, the
 * clock, the faults) before each test.
 */
export function describeContract(
  databases: readonly TestDatabase[],
  title: string,
  body: (backend: () => ApiV2App) => void,
): void {
  for (const database of databases) {
    describe.skipIf(!database.url)(`${title} [${database.name}]`, () => {
      let backend: ApiV2App;
      beforeAll(async () => {
        backend = await createApiV2({ databaseUrl: database.url!, clock: manualClock(TEST_NOW) });
      });
      afterAll(() => backend?.close());
      beforeEach(() => backend.reset());
      body(() => backend);
    });
  }
}

type Method = NonNullable<InjectOptions["method"]>;

export interface CallOptions {
  body?: unknown;
  /** Default: the backend's key; null: no Authorization header. */
  key?: string | null;
  headers?: Record<string, string>;
}

/** A request with the bearer key (unless told otherwise) and a JSON body (if any). */
export function call(
  backend: ApiV2App,
  method: Method,
  url: string,
  options: CallOptions = {},
): Promise<LightMyRequestResponse> {
  const key = options.key === undefined ? backend.key : options.key;
  return backend.app.inject({
    method,
    url,
    headers: { ...(key === null ? {} : { authorization: `Bearer ${key}` }), ...options.headers },
    ...(options.body === undefined ? {} : { payload: options.body as InjectOptions["payload"] }),
  });
}

/** The envelope's `data` of a successful answer; throws with the answer otherwise. */
export async function dataOf<Data = Record<string, unknown>>(
  response: Promise<LightMyRequestResponse> | LightMyRequestResponse,
): Promise<Data> {
  const answer = await response;
  const body = answer.json();
  if (answer.statusCode >= 300 || body.success !== true) {
    throw new Error(`expected success, got ${answer.statusCode} ${answer.body}`);
  }
  return body.data as Data;
}
