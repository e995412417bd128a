import type { z } from "zod";

/** What went wrong talking to a backend, in words the kernel can localize for the user. */
export type BackendErrorKind =
  | "timeout"
  | "unavailable"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "bad_request"
  | "bad_response"
  | "rate_limited";

export interface BackendRequest<T> {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Relative to the client's base URL. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** JSON body. */
  json?: unknown;
  /** application/x-www-form-urlencoded body. */
  form?: Record<string, string>;
  /** Raw bytes sent as they are with their content type (an upload: an image, a PDF). */
  body?: { data: Uint8Array; contentType: string };
  /** Validates the parsed JSON response; a mismatch is a `bad_response` error. */
  schema?: z.ZodType<T>;
  /** Per attempt; default the client's `timeoutMs` (10 s). */
  timeoutMs?: number;
  /**
   * GETs are cached when the client has a cache TTL, and identical GETs in flight always share
   * one request (single-flight); `false` bypasses both for this call.
   */
  cache?: boolean;
  /** Retries are allowed for GET/PUT/DELETE by default, never for POST/PATCH unless this is true. */
  idempotent?: boolean;
}

/** A request whose answer is read as bytes: no JSON, no schema, never cached. */
export interface BytesRequest extends Omit<BackendRequest<never>, "schema" | "cache"> {
  /** A longer body fails as `bad_response` without being read further (default 20 MiB). */
  maxBytes?: number;
}

/** A response read as bytes, with the content type the backend gave (without parameters). */
export interface BackendBytes {
  data: Buffer;
  contentType: string | undefined;
}

/**
 * The one HTTP client modules use to reach their backend (see `createBackendClient.ts`).
 * Every failure is a `BackendError` with a `kind` the kernel localizes.
 */
export interface BackendClient {
  readonly name: string;
  request<T = unknown>(req: BackendRequest<T>): Promise<T>;
  /**
   * The same request, its 2xx answer read as bytes (a photo, a PDF). Timeouts, retries of
   * idempotent calls, the breaker and errors behave as in `request`.
   */
  bytes(req: BytesRequest): Promise<BackendBytes>;
  /**
   * A reason the backend cannot be used now (its circuit breaker is open: it failed repeatedly
   * and calls are refused until it cools down), or undefined. What a module's /readyz check reads.
   */
  health(): string | undefined;
  /** Drops cached GETs whose path starts with `pathPrefix` (all when omitted). */
  invalidate(pathPrefix?: string): void;
  close(): Promise<void>;
}

export interface BackendClientOptions {
  /** Label for metrics and logs, e.g. "plume". */
  name: string;
  baseUrl: string;
  timeoutMs?: number;
  /** Retry attempts after the first try (default 2). */
  retries?: number;
  /** TTL of the GET cache in ms (0 = no cache, the default). */
  cacheTtlMs?: number;
  /** Consecutive failures that open the breaker (default 5), and how long it stays open (default 10 s). */
  breaker?: { threshold?: number; halfOpenAfterMs?: number };
  /** Sent with every request (e.g. Authorization); per-call headers override them. */
  headers?: Record<string, string>;
  /**
   * Longest Retry-After the client waits for (default 30 s). A longer one fails at once with
   * `retryAfterMs` set, so the user can be told when to come back instead of waiting.
   */
  maxRetryAfterMs?: number;
  /** Jittered exponential backoff between retries (defaults 100 ms first, at most 2 s). */
  backoff?: { initialDelayMs?: number; maxDelayMs?: number };
  /** Most connections kept to the backend at once (default 32). */
  connections?: number;
}

export type BackendClientFactory = (options: BackendClientOptions) => BackendClient;
