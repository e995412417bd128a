/**
 * One HTTP attempt against a backend: send, read the whole body, and turn every failure into a
 * `BackendError`. Retries, the breaker and the cache sit around this in `createBackendClient.ts`.
 */
import { setImmediate } from "node:timers/promises";
import type { Dispatcher } from "undici";
import { redactText } from "../logger.js";
import type { BackendBytes } from "./backendClient.js";
import { BackendError, kindForStatus, RETRYABLE_STATUSES } from "./backendError.js";
import type { BackendMetrics } from "./backendMetrics.js";
import { parseRetryAfter } from "./retryAfter.js";

/** A request with its URL, headers and body resolved, ready to send (and to send again). */
export interface PreparedRequest {
  method: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path and query, relative to the origin. */
  pathAndQuery: string;
  /** Path without query: safe to name in messages and used by `invalidate`. */
  path: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  timeoutMs: number;
}

export interface AttemptContext {
  backend: string;
  dispatcher: Dispatcher;
  metrics: BackendMetrics;
  /** Longer Retry-After values fail at once instead of being waited for. */
  maxRetryAfterMs: number;
}

/** Network-level failures undici reports by code: the request may not have reached the backend. */
const TIMEOUT_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "UND_ERR_CONNECT_TIMEOUT"]);

/** Reads a 2xx response's body; a `BackendError` it throws is passed on as it is. */
type BodyReader<R> = (
  response: Dispatcher.ResponseData,
  fail: (message: string) => BackendError,
) => Promise<R>;

const readText: BodyReader<string> = (response) => response.body.text();

/**
 * Sends `req` once and resolves with the 2xx response body as text. `signal` is the per-attempt
 * timeout: when it fires the request is aborted and this throws a `timeout` error.
 */
export function sendAttempt(ctx: AttemptContext, req: PreparedRequest, signal: AbortSignal): Promise<string> {
  return exchange(ctx, req, signal, readText);
}

/** Like `sendAttempt`, the 2xx body read as bytes; one longer than `maxBytes` is `bad_response`. */
export function sendBytesAttempt(
  ctx: AttemptContext,
  req: PreparedRequest,
  signal: AbortSignal,
  maxBytes: number,
): Promise<BackendBytes> {
  return exchange(ctx, req, signal, async (response, fail) => {
    const declared = Number(response.headers["content-length"]);
    const tooLong = () => {
      // Not read further: the connection is dropped (its abort is expected, not an error to report).
      response.body.on("error", () => undefined).destroy();
      return fail(`answered more than ${maxBytes} bytes`);
    };
    if (declared > maxBytes) throw tooLong();
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of response.body) {
      length += (chunk as Buffer).length;
      if (length > maxBytes) throw tooLong();
      chunks.push(chunk as Buffer);
    }
    const type = response.headers["content-type"];
    const contentType = (Array.isArray(type) ? type[0] : type)?.split(";")[0]?.trim().toLowerCase();
    return { data: Buffer.concat(chunks, length), contentType: contentType || undefined };
  });
}

/** One request: the body of a 2xx answer read by `read`, anything else a `BackendError`. */
async function exchange<R>(
  ctx: AttemptContext,
  req: PreparedRequest,
  signal: AbortSignal,
  read: BodyReader<R>,
): Promise<R> {
  // Only an error needs it: redacting every request's path was a measurable share of a call.
  const where = () => `${req.method} ${redactText(req.path)}`;
  const stopTimer = ctx.metrics.duration.startTimer({ backend: ctx.backend, method: req.method });
  const finish = (status: string) => {
    stopTimer({ status });
    ctx.metrics.requests.inc({ backend: ctx.backend, status });
  };
  const fail = (message: string) =>
    new BackendError({
      kind: "bad_response",
      backend: ctx.backend,
      message: `${ctx.backend}: ${where()} ${message}`,
    });

  let response: Dispatcher.ResponseData;
  let result: R | undefined;
  let text = "";
  try {
    response = await ctx.dispatcher.request({
      method: req.method,
      path: req.pathAndQuery,
      headers: req.headers,
      body: req.body,
      signal,
      // Backstops to the abort signal, in case a socket stalls below it.
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs,
    });
    // The body is read inside the timed attempt: a backend that stalls mid-body times out too.
    const ok = response.statusCode >= 200 && response.statusCode < 300;
    if (ok) result = await read(response, fail);
    else text = await response.body.text();
    // undici marks the connection idle ("drain") a moment after the body ends; without this
    // turn of the event loop the caller's next request finds it busy and the pool opens a
    // second socket, so sequential calls would not reuse one keep-alive connection.
    await setImmediate();
  } catch (error) {
    if (error instanceof BackendError) {
      finish("bad_response");
      throw error;
    }
    const timedOut = signal.aborted || TIMEOUT_CODES.has((error as { code?: string }).code ?? "");
    finish(timedOut ? "timeout" : "network");
    throw new BackendError({
      kind: timedOut ? "timeout" : "unavailable",
      backend: ctx.backend,
      message: timedOut
        ? `${ctx.backend}: ${where()} timed out after ${req.timeoutMs} ms`
        : `${ctx.backend}: ${where()} failed: ${networkReason(error)}`,
      transient: true,
      cause: error,
    });
  }

  const status = response.statusCode;
  finish(String(status));
  if (status >= 200 && status < 300) return result as R;

  const retryAfterMs = RETRYABLE_STATUSES.has(status)
    ? parseRetryAfter(response.headers["retry-after"])
    : undefined;
  const waitTooLong = retryAfterMs !== undefined && retryAfterMs > ctx.maxRetryAfterMs;
  const detail = status >= 400 && status < 500 ? errorDetail(text) : undefined;
  throw new BackendError({
    kind: kindForStatus(status),
    backend: ctx.backend,
    status,
    message: `${ctx.backend}: ${where()} answered ${status}${retryAfterMs === undefined ? "" : ` (retry after ${retryAfterMs} ms)`}`,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    transient: RETRYABLE_STATUSES.has(status) && !waitTooLong,
    ...(detail === undefined ? {} : { detail }),
  });
}

/** Longest 4xx body read for its `detail`: a validation answer is small; anything else is not one. */
const DETAIL_LIMIT = 64 * 1024;

/** The `detail` member of a JSON error body (FastAPI's convention), or undefined. */
function errorDetail(text: string): unknown {
  if (text.length > DETAIL_LIMIT) return undefined;
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === "object" && body !== null && "detail" in body ? body.detail : undefined;
  } catch {
    return undefined;
  }
}

/** A short, secret-free reason for a network failure (undici codes, errno names). */
function networkReason(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string") return code;
  return typeof message === "string" ? redactText(message).slice(0, 200) : "network error";
}
