/**
 * The backend HTTP client: an undici pool per base URL (keep-alive), with cockatiel's retry and
 * circuit-breaker policies and a timer around each attempt, a TTL cache with single-flight for
 * GETs, and zod validation of what comes back.
 *
 * Policy order, outermost first: retry → breaker → timeout → HTTP attempt. Every attempt counts
 * toward the breaker; once it opens, the retry loop stops at once (an open breaker is not worth
 * retrying) and later calls fail fast without touching the network.
 */
import { createHash } from "node:crypto";
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  DelegateBackoff,
  ExponentialBackoff,
  handleWhen,
  type IBackoff,
  type IRetryBackoffContext,
  retry,
} from "cockatiel";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { Pool } from "undici";
import type { z } from "zod";
import { redactText } from "../logger.js";
import type {
  BackendClient,
  BackendClientFactory,
  BackendClientOptions,
  BackendRequest,
  BytesRequest,
} from "./backendClient.js";
import { BackendError } from "./backendError.js";
import { backendMetrics } from "./backendMetrics.js";
import { type PreparedRequest, sendAttempt, sendBytesAttempt } from "./httpAttempt.js";
import { ResponseCache } from "./responseCache.js";

export { BackendError } from "./backendError.js";

export interface BackendClientFactoryOptions {
  /** The registry `/metrics` serves; the backend series are created in it once. */
  registry: Registry;
  logger?: Logger;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** Default cap of a body read as bytes: Telegram's limit for a photo a bot sends is 10 MB. */
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE"]);
const BREAKER_GAUGE: Record<CircuitState, number> = {
  [CircuitState.Closed]: 0,
  [CircuitState.HalfOpen]: 1,
  [CircuitState.Open]: 2,
  [CircuitState.Isolated]: 2,
};

/** Makes the `services.http` factory: every client it makes reports into `registry`. */
export function createBackendClientFactory(
  factoryOptions: BackendClientFactoryOptions,
): BackendClientFactory {
  return (options) => createBackendClient(options, factoryOptions);
}

/** One client per backend; modules get theirs from `services.http` rather than calling this. */
export function createBackendClient(
  options: BackendClientOptions,
  { registry, logger: parentLogger }: BackendClientFactoryOptions,
): BackendClient {
  const backend = options.name;
  const logger = parentLogger?.child({ backend });
  const metrics = backendMetrics(registry);
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const pool = new Pool(base.origin, {
    connections: options.connections ?? 32,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 10 * 60_000,
  });
  pool.on("connect", () => metrics.connectionsOpened.inc({ backend }));
  const attemptContext = {
    backend,
    dispatcher: pool,
    metrics,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
  };

  const breaker = circuitBreaker(
    // Only the backend's own trouble opens the breaker; a 404 or 401 says it is up and answering.
    handleWhen(
      (error) => error instanceof BackendError && (error.kind === "unavailable" || error.kind === "timeout"),
    ),
    {
      halfOpenAfter: options.breaker?.halfOpenAfterMs ?? 10_000,
      breaker: new ConsecutiveBreaker(options.breaker?.threshold ?? 5),
    },
  );
  metrics.breakerState.set({ backend }, 0);
  const breakerListener = breaker.onStateChange((state) => {
    metrics.breakerState.set({ backend }, BREAKER_GAUGE[state]);
    const level = state === CircuitState.Closed ? "info" : "warn";
    logger?.[level]({ breaker: CircuitState[state] }, "backend circuit breaker changed state");
  });

  const retryPolicy = retry(
    handleWhen((error) => error instanceof BackendError && error.transient),
    { maxAttempts: options.retries ?? 2, backoff: retryBackoff(options) },
  );
  const retryListener = retryPolicy.onRetry((event) => {
    metrics.retries.inc({ backend });
    const error = "error" in event ? event.error : undefined;
    logger?.debug(
      { attempt: event.attempt, delayMs: event.delay, reason: (error as Error)?.message },
      "retrying",
    );
  });

  const cache = new ResponseCache(options.cacheTtlMs ?? 0);

  /**
   * One attempt through the breaker, aborted after the per-attempt timeout. A plain timer rather
   * than cockatiel's timeout policy: that one builds a policy and aborts a controller (making a
   * DOMException) after every call, a measurable share of a fast request's cost.
   */
  function attempt<R>(req: PreparedRequest, send: (signal: AbortSignal) => Promise<R>): Promise<R> {
    return breaker.execute(async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), req.timeoutMs);
      try {
        return await send(controller.signal);
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /** `send` once, or with retries when the request is idempotent; an open breaker is named. */
  async function fetchWith<R>(
    req: PreparedRequest,
    idempotent: boolean,
    send: (signal: AbortSignal) => Promise<R>,
  ): Promise<R> {
    try {
      return idempotent ? await retryPolicy.execute(() => attempt(req, send)) : await attempt(req, send);
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        metrics.requests.inc({ backend, status: "breaker_open" });
        throw new BackendError({
          kind: "unavailable",
          backend,
          message: `${backend}: ${req.method} ${redactText(req.path)} not sent, circuit breaker is open`,
        });
      }
      throw error;
    }
  }

  const fetchText = (req: PreparedRequest, idempotent: boolean) =>
    fetchWith(req, idempotent, (signal) => sendAttempt(attemptContext, req, signal));

  return {
    name: backend,

    async request<T = unknown>(request: BackendRequest<T>): Promise<T> {
      const req = prepare(request, basePath, options.headers, defaultTimeoutMs);
      const idempotent = request.idempotent ?? IDEMPOTENT_METHODS.has(req.method);
      let text: string;
      if (req.method === "GET" && request.cache !== false) {
        const result = await cache.get(cacheKey(req), req.path, () => fetchText(req, idempotent));
        (result.hit ? metrics.cacheHits : metrics.cacheMisses).inc({ backend });
        text = result.body;
      } else {
        text = await fetchText(req, idempotent);
      }
      return decode(text, request.schema, backend, req);
    },

    bytes(request: BytesRequest) {
      const req = prepare(request, basePath, options.headers, defaultTimeoutMs, "*/*");
      const maxBytes = request.maxBytes ?? DEFAULT_MAX_BYTES;
      const idempotent = request.idempotent ?? IDEMPOTENT_METHODS.has(req.method);
      return fetchWith(req, idempotent, (signal) => sendBytesAttempt(attemptContext, req, signal, maxBytes));
    },

    health() {
      const state = breaker.state;
      return state === CircuitState.Open || state === CircuitState.Isolated
        ? `${backend}: circuit breaker open after repeated failures`
        : undefined;
    },

    invalidate(pathPrefix) {
      cache.invalidate(pathPrefix === undefined ? undefined : joinPath(basePath, pathPrefix));
    },

    async close() {
      cache.clear();
      breakerListener.dispose();
      retryListener.dispose();
      await pool.close();
    },
  };
}

/** Retry-After when the backend sent one (already capped), else cockatiel's jittered exponential. */
function retryBackoff(options: BackendClientOptions) {
  const exponential = new ExponentialBackoff({
    initialDelay: options.backoff?.initialDelayMs ?? 100,
    maxDelay: options.backoff?.maxDelayMs ?? 2_000,
  });
  type Context = IRetryBackoffContext<unknown>;
  return new DelegateBackoff<Context, IBackoff<Context> | undefined>((context, previous) => {
    const next = previous ? previous.next(context) : exponential.next();
    const error = "error" in context.result ? context.result.error : undefined;
    const retryAfterMs = error instanceof BackendError ? error.retryAfterMs : undefined;
    return { delay: retryAfterMs ?? next.duration, state: next };
  });
}

function joinPath(basePath: string, path: string): string {
  return `${basePath}${path.startsWith("/") ? "" : "/"}${path}`;
}

function prepare(
  request: Omit<BackendRequest<unknown>, "schema">,
  basePath: string,
  defaultHeaders: Record<string, string> | undefined,
  defaultTimeoutMs: number,
  accept = "application/json",
): PreparedRequest {
  const method = request.method ?? "GET";
  const path = joinPath(basePath, request.path);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) query.append(key, String(value));
  }
  const queryText = query.toString();
  // Lowercased so a per-call "authorization" replaces the client's "Authorization", not doubles it.
  const headers: Record<string, string> = { accept };
  for (const source of [defaultHeaders, request.headers]) {
    for (const [name, value] of Object.entries(source ?? {})) headers[name.toLowerCase()] = value;
  }
  let body: string | Uint8Array | undefined;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers["content-type"] ??= "application/json";
  } else if (request.form !== undefined) {
    body = new URLSearchParams(request.form).toString();
    headers["content-type"] ??= "application/x-www-form-urlencoded";
  } else if (request.body !== undefined) {
    body = request.body.data;
    headers["content-type"] ??= request.body.contentType;
  }
  const separator = path.includes("?") ? "&" : "?";
  return {
    method,
    path,
    pathAndQuery: queryText ? `${path}${separator}${queryText}` : path,
    headers,
    body,
    timeoutMs: request.timeoutMs ?? defaultTimeoutMs,
  };
}

/**
 * Cache identity: method, path, sorted query and a hash of the headers sent. Two users whose
 * Authorization differs never share an entry, and the key itself holds no secret.
 */
function cacheKey(req: PreparedRequest): string {
  const [path, query = ""] = req.pathAndQuery.split("?", 2);
  const sortedQuery = new URLSearchParams(query);
  sortedQuery.sort();
  const headers = Object.entries(req.headers).sort(([a], [b]) => (a < b ? -1 : 1));
  const headerHash = createHash("sha256").update(JSON.stringify(headers)).digest("base64url");
  return `${req.method} ${path}?${sortedQuery.toString()} ${headerHash}`;
}

function decode<T>(text: string, schema: z.ZodType<T> | undefined, backend: string, req: PreparedRequest): T {
  // Only an error needs it: redacting every request's path was a measurable share of a call.
  const where = () => `${req.method} ${redactText(req.path)}`;
  let parsed: unknown;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    // No `cause`: V8's SyntaxError quotes the body, which may hold anything.
    throw new BackendError({
      kind: "bad_response",
      backend,
      message: `${backend}: ${where()} returned invalid JSON`,
    });
  }
  if (!schema) return parsed as T;
  const result = schema.safeParse(parsed);
  if (result.success) return result.data;
  // Paths and zod's own wording only: the received values could be personal data or tokens.
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  throw new BackendError({
    kind: "bad_response",
    backend,
    message: redactText(`${backend}: ${where()} returned an unexpected shape: ${issues}`),
  });
}
