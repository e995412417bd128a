/**
 * Small helpers for tests that talk to the reference Plume backend in process (`app.inject`),
 * without a socket. Other suites may use them too; they hold no state of their own.
 */
import type { InjectOptions } from "fastify";
import { manualClock as kitManualClock, type ManualClock } from "../kit/clock.js";
import { basicAuthHeader, DEMO_CLIENTS, type DemoClient, PLUME_TOKEN_PATH } from "./demoCredentials.js";
import type { PlumeBackend } from "./plumeBackend.js";

/** A fixed instant (a Monday afternoon, UTC) for clock-driven tests. */
export const TEST_NOW = Date.UTC(2024, 11, 2, 14, 37, 12);

/** A clock tests can move (the kit's, starting at `TEST_NOW`): `clock.now` for the backend, `clock.advance(ms)`. */
export function manualClock(start = TEST_NOW): ManualClock {
  return kitManualClock(start);
}

/** The token request a Plume client sends, as inject options. */
export function tokenRequest(
  client: DemoClient = DEMO_CLIENTS.northwind,
  partnerId: string = client.partnerIds[0]!,
): InjectOptions {
  return {
    method: "POST",
    url: PLUME_TOKEN_PATH,
    headers: {
      authorization: basicAuthHeader(client.clientId, client.clientSecret),
      "content-type": "application/x-www-form-urlencoded",
    },
    payload: `grant_type=client_credentials&scope=${encodeURIComponent(`partnerId:${partnerId} role:partnerIdAdmin`)}`,
  };
}

/** Exchanges the client's credentials for an access token, failing loudly if that does not work. */
export async function obtainToken(
  backend: PlumeBackend,
  client: DemoClient = DEMO_CLIENTS.northwind,
): Promise<string> {
  const response = await backend.app.inject(tokenRequest(client));
  if (response.statusCode !== 200)
    throw new Error(`token request failed: ${response.statusCode} ${response.body}`);
  return response.json<{ access_token: string }>().access_token;
}

/** `GET` with a Bearer token; `path` is relative to the backend root (e.g. `/api/Customers`). */
export function getWithToken(backend: PlumeBackend, path: string, token: string) {
  return backend.app.inject({ method: "GET", url: path, headers: { authorization: `Bearer ${token}` } });
}
