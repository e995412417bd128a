/**
 * Plume's parts for the kit's fault injection (`backends/kit/faults.ts`), and the error bodies
 * an injected fault answers with: OAuth's shape on the SSO, LoopBack's on the API and reports.
 */
import type { FaultPatch as KitFaultPatch, FaultSettings as KitFaultSettings } from "../kit/faults.js";
import { FaultInjector } from "../kit/faults.js";
import { apiErrorBody } from "./loopbackErrors.js";

/** Which part of the backend a fault applies to, by URL prefix. */
export const PLUME_PARTS = { sso: "/oauth2/", api: "/api/", reports: "/reports/" } as const;
export type FaultTarget = keyof typeof PLUME_PARTS;
export type FaultSettings = KitFaultSettings<FaultTarget>;
export type FaultPatch = KitFaultPatch<FaultTarget>;
export type PlumeFaults = FaultInjector<FaultTarget>;

/** The token endpoint is left alone unless a test targets it: most faults are about data calls. */
export function createPlumeFaults(onRevokeTokens: () => void): PlumeFaults {
  return new FaultInjector({ parts: PLUME_PARTS, defaultTargets: ["api", "reports"], onRevokeTokens });
}

export function plumeFaultBody(part: FaultTarget, status: number, message: string): unknown {
  if (part === "sso") return { error: "temporarily_unavailable", error_description: message };
  return apiErrorBody(status, message, status === 429 ? "TOO_MANY_REQUESTS" : "SERVICE_UNAVAILABLE");
}
