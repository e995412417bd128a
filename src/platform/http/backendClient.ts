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
  /** Validates the parsed JSON response; a mismatch is a `bad_response` error. */
  schema?: z.ZodType<T>;
  timeoutMs?: number;
  /** GETs are cached when the client has a cache TTL; `false` bypasses it for this call. */
  cache?: boolean;
  /** Retries are allowed for GET/PUT/DELETE by default, never for POST unless this is true. */
  idempotent?: boolean;
}

export interface BackendClient {
  readonly name: string;
  request<T = unknown>(req: BackendRequest<T>): Promise<T>;
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
  headers?: Record<string, string>;
}

export type BackendClientFactory = (options: BackendClientOptions) => BackendClient;
