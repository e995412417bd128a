/**
 * Fault injection for one backend instance: the misbehaviour a real cloud shows on a bad day,
 * switched on by tests (in process, `backend.faults.set(...)`) or by the playground panel
 * (`POST /_control/faults`). Both paths go through the same schema.
 *
 * Random faults (the error rate) draw from a seeded generator, so a test that sets
 * `errorRate: 0.5` sees the same sequence of failures on every run.
 */
import { z } from "zod";
import { mulberry32 } from "./seededRandom.js";

/** Which part of the backend a fault applies to. */
export const FAULT_TARGETS = ["sso", "api", "reports"] as const;
export type FaultTarget = (typeof FAULT_TARGETS)[number];

export const faultSettingsSchema = z.object({
  /** Added before every answer, in ms. */
  latencyMs: z.number().int().min(0).max(120_000),
  /** Share of requests answered with `errorStatus` (0..1). */
  errorRate: z.number().min(0).max(1),
  errorStatus: z.number().int().min(500).max(599),
  /** The next N requests are answered 429 with `Retry-After: retryAfterSec`. */
  rateLimitNext: z.number().int().min(0),
  retryAfterSec: z.number().int().min(0).max(3600),
  /** Answers carry a truncated JSON body with a JSON content type. */
  malformedJson: z.boolean(),
  /** Requests are never answered (until the client gives up or the backend closes). */
  hang: z.boolean(),
  /** Which parts of the backend the faults above apply to. */
  targets: z.array(z.enum(FAULT_TARGETS)),
  /** Clients whose credentials are refused and whose tokens stop working. */
  revokedClients: z.array(z.string()),
});

export type FaultSettings = z.infer<typeof faultSettingsSchema>;

/** A partial update; `revokeTokens: true` is an action (all current tokens → 401), not a setting. */
export const faultPatchSchema = faultSettingsSchema
  .partial()
  .extend({ revokeTokens: z.boolean().optional() })
  .strict();
export type FaultPatch = z.infer<typeof faultPatchSchema>;

export function defaultFaultSettings(): FaultSettings {
  return {
    latencyMs: 0,
    errorRate: 0,
    errorStatus: 503,
    rateLimitNext: 0,
    retryAfterSec: 1,
    malformedJson: false,
    hang: false,
    targets: ["api", "reports"],
    revokedClients: [],
  };
}

/** What to do to one request, decided once when it arrives. */
export interface FaultDecision {
  latencyMs: number;
  hang: boolean;
  rateLimited: { retryAfterSec: number } | null;
  errorStatus: number | null;
  malformedJson: boolean;
}

const NO_FAULT: FaultDecision = {
  latencyMs: 0,
  hang: false,
  rateLimited: null,
  errorStatus: null,
  malformedJson: false,
};

export class FaultInjector {
  private current: FaultSettings = defaultFaultSettings();
  private random = mulberry32(0x5eed);

  constructor(private readonly revokeAllTokens: () => void) {}

  /** A copy of the settings in force. */
  get settings(): FaultSettings {
    return structuredClone(this.current);
  }

  /** Validates and applies a partial update; throws a ZodError on a bad value. */
  set(patch: FaultPatch): FaultSettings {
    const { revokeTokens, ...settings } = faultPatchSchema.parse(patch);
    this.current = { ...this.current, ...settings };
    if (revokeTokens) this.revokeAllTokens();
    return this.settings;
  }

  /** Back to a well-behaved backend (the random sequence restarts too). */
  reset(): FaultSettings {
    this.current = defaultFaultSettings();
    this.random = mulberry32(0x5eed);
    return this.settings;
  }

  /** All tokens issued so far answer 401 from now on. */
  revokeTokens(): void {
    this.revokeAllTokens();
  }

  revokeClient(clientId: string): void {
    if (!this.current.revokedClients.includes(clientId)) this.current.revokedClients.push(clientId);
  }

  restoreClient(clientId: string): void {
    this.current.revokedClients = this.current.revokedClients.filter((id) => id !== clientId);
  }

  isClientRevoked(clientId: string): boolean {
    return this.current.revokedClients.includes(clientId);
  }

  /** Decides the faults for one request to `target`, consuming "next N" budgets. */
  decide(target: FaultTarget): FaultDecision {
    const s = this.current;
    if (!s.targets.includes(target)) return NO_FAULT;
    let rateLimited: FaultDecision["rateLimited"] = null;
    if (s.rateLimitNext > 0) {
      s.rateLimitNext -= 1;
      rateLimited = { retryAfterSec: s.retryAfterSec };
    }
    const errorStatus = !rateLimited && s.errorRate > 0 && this.random() < s.errorRate ? s.errorStatus : null;
    return { latencyMs: s.latencyMs, hang: s.hang, rateLimited, errorStatus, malformedJson: s.malformedJson };
  }
}
