import { Counter, collectDefaultMetrics, Histogram, type Registry } from "prom-client";

/** The kernel's Prometheus metrics; one set per registry, shared by every bot in the process. */
export interface KernelMetrics {
  updates: Counter<"bot" | "module" | "type" | "command">;
  duration: Histogram<"bot" | "type">;
  errors: Counter<"bot" | "module">;
  apiCalls: Counter<"bot" | "method" | "result">;
  duplicates: Counter<"bot">;
}

const perRegistry = new WeakMap<Registry, KernelMetrics>();

/** Creates (once per registry) the update, error and Bot API call metrics, plus process metrics. */
export function kernelMetrics(registry: Registry): KernelMetrics {
  const existing = perRegistry.get(registry);
  if (existing) return existing;
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const metrics: KernelMetrics = {
    updates: new Counter({
      name: "switchboard_updates_total",
      help: "Updates handled, by bot, module, update type and command",
      labelNames: ["bot", "module", "type", "command"],
      registers,
    }),
    duration: new Histogram({
      name: "switchboard_update_duration_seconds",
      help: "Time to handle one update",
      labelNames: ["bot", "type"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    errors: new Counter({
      name: "switchboard_update_errors_total",
      help: "Updates whose handling threw",
      labelNames: ["bot", "module"],
      registers,
    }),
    apiCalls: new Counter({
      name: "switchboard_bot_api_calls_total",
      help: "Outgoing Bot API calls by method and result (ok, or the error code such as 429)",
      labelNames: ["bot", "method", "result"],
      registers,
    }),
    duplicates: new Counter({
      name: "switchboard_duplicate_updates_total",
      help: "Updates acknowledged without handling because their update_id was already handled",
      labelNames: ["bot"],
      registers,
    }),
  };
  perRegistry.set(registry, metrics);
  return metrics;
}
