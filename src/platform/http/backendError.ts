import type { BackendErrorKind } from "./backendClient.js";

export interface BackendErrorInit {
  kind: BackendErrorKind;
  /** The client's name ("plume"), for logs and the user message. */
  backend: string;
  message: string;
  status?: number;
  retryAfterMs?: number;
  /** Worth another try for an idempotent request (network, timeout, 429/502/503/504). */
  transient?: boolean;
  /** A 4xx answer's JSON `detail` (FastAPI's shape: a sentence, or one entry per invalid field). */
  detail?: unknown;
  cause?: unknown;
}

/**
 * Every failure of a backend call, typed so the kernel can turn `kind` into a localized message
 * ("the service is slow, try again") and `retryAfterMs` into "try again in …".
 * Messages name the backend, method, path and status only: never headers, query strings or
 * bodies, which is where tokens live.
 */
export class BackendError extends Error {
  override readonly name = "BackendError";
  readonly kind: BackendErrorKind;
  readonly backend: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly transient: boolean;
  /**
   * What a 4xx answer's JSON body said in `detail` (e.g. `[{loc: ["body", "title_ru"], msg, type}]`
   * for a 422), so a module can name the field; absent otherwise. Never put in `message`: it may
   * hold what the user typed.
   */
  readonly detail: unknown;

  constructor(init: BackendErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.backend = init.backend;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.transient = init.transient ?? false;
    this.detail = init.detail;
  }
}

/** What an HTTP error status means for the caller. */
export function kindForStatus(status: number): BackendErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404 || status === 410) return "not_found";
  if (status === 429) return "rate_limited";
  if (status === 408) return "timeout";
  if (status >= 500) return "unavailable";
  if (status >= 400) return "bad_request";
  // 1xx/3xx reaching us: redirects are not followed, so the answer is not what we asked for.
  return "bad_response";
}

/** Statuses worth retrying for an idempotent request: the backend said "not now", not "no". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
