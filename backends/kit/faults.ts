/**
 * Fault injection for one reference backend: the misbehaviour a real service shows on a bad day,
 * switched on by tests (in process, `faults.set(...)`) or by the playground panel
 * (`POST /_control/faults`). Both paths go through the same schema.
 *
 * A backend names its parts by URL prefix (Plume: `sso` → `/oauth2/`, `api` → `/api/`, …) and
 * picks which are hit by default; `targets` moves the faults to other parts at run time.
 * Random faults (the error rate) draw from a seeded generator, so a test that sets
 * `errorRate: 0.5` sees the same sequence of failures on every run.
 */
import { z } from "zod";
import { mulberry32 } from "./seededRandom.js";

export interface FaultSettings<Part extends string = string> {
  /** Added before every answer, in ms. */
  latencyMs: number;
  /** Share of requests answered with `errorStatus` (0..1). */
  errorRate: number;
  /** 5xx. */
  errorStatus: number;
  /** The next N requests are answered 429 with `Retry-After: retryAfterSec`. */
  rateLimitNext: number;
  retryAfterSec: number;
  /** Answers carry a truncated JSON body with a JSON content type. */
  malformedJson: boolean;
  /** Requests are never answered (until the client gives up or the backend closes). */
  hang: boolean;
  /** Which parts of the backend the faults above apply to. */
  targets: Part[];
  /** Credentials (client ids, logins) the backend refuses, and whose tokens stop working. */
  revokedClients: string[];
}

/** A partial update; `revokeTokens: true` is an action (all current tokens → 401), not a setting. */
export type FaultPatch<Part extends string = string> = Partial<FaultSettings<Part>> & {
  revokeTokens?: boolean;
};

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

export interface FaultInjectorOptions<Part extends string> {
  /** The backend's parts by URL prefix, e.g. `{ api: "/api/" }`; other URLs are never faulted. */
  parts: Readonly<Record<Part, string>>;
  /** The parts faults hit until `targets` says otherwise (default: all). */
  defaultTargets?: readonly NoInfer<Part>[];
  /** Called by the `revokeTokens` action: the backend forgets every token it issued. */
  onRevokeTokens?: () => void;
}

/** The patch schema for a backend's parts: strict, so a misspelt setting is a 400, not a no-op. */
export function faultPatchSchema<Part extends string>(parts: readonly Part[]) {
  return z
    .object({
      latencyMs: z.number().int().min(0).max(120_000),
      errorRate: z.number().min(0).max(1),
      errorStatus: z.number().int().min(500).max(599),
      rateLimitNext: z.number().int().min(0),
      retryAfterSec: z.number().int().min(0).max(3600),
      malformedJson: z.boolean(),
      hang: z.boolean(),
      targets: z.array(z.enum(parts as [Part, ...Part[]])),
      revokedClients: z.array(z.string()),
      revokeTokens: z.boolean(),
    })
    .partial()
    .strict();
}

const SEED = 0x5eed;

export class FaultInjector<Part extends string = string> {
  private current: FaultSettings<Part>;
  private random = mulberry32(SEED);
  private readonly schema: ReturnType<typeof faultPatchSchema<Part>>;
  private readonly prefixes: Array<[Part, string]>;

  constructor(private readonly options: FaultInjectorOptions<Part>) {
    this.prefixes = Object.entries(options.parts) as Array<[Part, string]>;
    if (this.prefixes.length === 0) throw new Error("a fault injector needs at least one part");
    this.schema = faultPatchSchema(this.prefixes.map(([part]) => part));
    this.current = this.defaults();
  }

  /** The part a request URL belongs to, or null (control routes, health): never faulted. */
  partOf(url: string): Part | null {
    for (const [part, prefix] of this.prefixes) if (url.startsWith(prefix)) return part;
    return null;
  }

  /** Every part, in declaration order. */
  get parts(): Part[] {
    return this.prefixes.map(([part]) => part);
  }

  /** A copy of the settings in force. */
  get settings(): FaultSettings<Part> {
    return structuredClone(this.current);
  }

  /** Validates and applies a partial update; throws a ZodError on a bad value. */
  set(patch: FaultPatch<Part>): FaultSettings<Part> {
    const { revokeTokens, ...settings } = this.schema.parse(patch);
    this.current = { ...this.current, ...(settings as Partial<FaultSettings<Part>>) };
    if (revokeTokens) this.revokeTokens();
    return this.settings;
  }

  /** Back to a well-behaved backend (the random sequence restarts too). */
  reset(): FaultSettings<Part> {
    this.current = this.defaults();
    this.random = mulberry32(SEED);
    return this.settings;
  }

  /** All tokens issued so far answer 401 from now on. */
  revokeTokens(): void {
    this.options.onRevokeTokens?.();
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

  /** Decides the faults for one request to `part`, consuming "next N" budgets. */
  decide(part: Part): FaultDecision {
    const s = this.current;
    if (!s.targets.includes(part)) return NO_FAULT;
    let rateLimited: FaultDecision["rateLimited"] = null;
    if (s.rateLimitNext > 0) {
      s.rateLimitNext -= 1;
      rateLimited = { retryAfterSec: s.retryAfterSec };
    }
    const errorStatus = !rateLimited && s.errorRate > 0 && this.random() < s.errorRate ? s.errorStatus : null;
    return { latencyMs: s.latencyMs, hang: s.hang, rateLimited, errorStatus, malformedJson: s.malformedJson };
  }

  private defaults(): FaultSettings<Part> {
    return {
      latencyMs: 0,
      errorRate: 0,
      errorStatus: 503,
      rateLimitNext: 0,
      retryAfterSec: 1,
      malformedJson: false,
      hang: false,
      targets: [...(this.options.defaultTargets ?? this.parts)],
      revokedClients: [],
    };
  }
}
