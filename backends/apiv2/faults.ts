/**
 * API V2's parts for the kit's fault injection (`backends/kit/faults.ts`): `api` (`/api/`, every
 * moderation route) and `health` (`/health`); faults hit both unless `targets` says otherwise.
 * `/openapi.json` and `/_control/` are never faulted. An injected 429/5xx answers in the envelope.
 */
import { FaultInjector } from "../kit/faults.js";
import { failure } from "./envelope.js";

export const API_V2_PARTS = { api: "/api/", health: "/health" } as const;
export type ApiV2Part = keyof typeof API_V2_PARTS;
export type ApiV2Faults = FaultInjector<ApiV2Part>;

export const createApiV2Faults = (): ApiV2Faults => new FaultInjector({ parts: API_V2_PARTS });

export function apiV2FaultBody(_part: ApiV2Part, status: number, message: string): unknown {
  return failure(status, message);
}
