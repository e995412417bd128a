import { Counter, Gauge, Histogram, type Registry } from "prom-client";

/** The Prometheus series every backend client reports, all labelled by `backend`. */
export interface BackendMetrics {
  /** Per HTTP attempt; `status` is the code, or `timeout` / `network`. */
  duration: Histogram<"backend" | "method" | "status">;
  /** Per HTTP attempt, plus `breaker_open` for calls the breaker refused. */
  requests: Counter<"backend" | "status">;
  retries: Counter<"backend">;
  cacheHits: Counter<"backend">;
  cacheMisses: Counter<"backend">;
  /** 0 closed, 1 half-open, 2 open. */
  breakerState: Gauge<"backend">;
  /** New TCP/TLS connections: with keep-alive working it stays far below the request count. */
  connectionsOpened: Counter<"backend">;
}

const created = new WeakMap<Registry, BackendMetrics>();

/**
 * The backend metrics of `registry`, created on first use. Every client of every module shares
 * them (prom-client refuses a second metric with the same name in one registry).
 */
export function backendMetrics(registry: Registry): BackendMetrics {
  const existing = created.get(registry);
  if (existing) return existing;
  const registers = [registry];
  const metrics: BackendMetrics = {
    duration: reuse(
      registry,
      "switchboard_backend_request_duration_seconds",
      () =>
        new Histogram({
          name: "switchboard_backend_request_duration_seconds",
          help: "Backend HTTP request latency per attempt",
          labelNames: ["backend", "method", "status"],
          buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
          registers,
        }),
    ),
    requests: reuse(
      registry,
      "switchboard_backend_requests_total",
      () =>
        new Counter({
          name: "switchboard_backend_requests_total",
          help: "Backend HTTP attempts by status code (or timeout, network, breaker_open)",
          labelNames: ["backend", "status"],
          registers,
        }),
    ),
    retries: reuse(
      registry,
      "switchboard_backend_retries_total",
      () =>
        new Counter({
          name: "switchboard_backend_retries_total",
          help: "Backend requests retried",
          labelNames: ["backend"],
          registers,
        }),
    ),
    cacheHits: reuse(
      registry,
      "switchboard_backend_cache_hits_total",
      () =>
        new Counter({
          name: "switchboard_backend_cache_hits_total",
          help: "GETs answered from the cache or by joining an identical request in flight",
          labelNames: ["backend"],
          registers,
        }),
    ),
    cacheMisses: reuse(
      registry,
      "switchboard_backend_cache_misses_total",
      () =>
        new Counter({
          name: "switchboard_backend_cache_misses_total",
          help: "GETs that went to the backend",
          labelNames: ["backend"],
          registers,
        }),
    ),
    breakerState: reuse(
      registry,
      "switchboard_backend_breaker_state",
      () =>
        new Gauge({
          name: "switchboard_backend_breaker_state",
          help: "Circuit breaker state: 0 closed, 1 half-open, 2 open",
          labelNames: ["backend"],
          registers,
        }),
    ),
    connectionsOpened: reuse(
      registry,
      "switchboard_backend_connections_opened_total",
      () =>
        new Counter({
          name: "switchboard_backend_connections_opened_total",
          help: "Connections opened to the backend (keep-alive reuse keeps this low)",
          labelNames: ["backend"],
          registers,
        }),
    ),
  };
  created.set(registry, metrics);
  return metrics;
}

/** A metric another copy of this module may already have registered (e.g. after a hot reload). */
function reuse<M>(registry: Registry, name: string, create: () => M): M {
  return (registry.getSingleMetric(name) as M | undefined) ?? create();
}
