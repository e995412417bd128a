/**
 * Applies a fault injector's decisions to live requests, and counts requests per part and route
 * (so tests can assert, say, that 1,000 concurrent reads reached the backend once).
 */
import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { FaultInjector } from "./faults.js";

/** Requests seen per part, and per route keyed by `METHOD /route/:pattern`. */
export type RequestCounts<Part extends string = string> = { [P in Part]: number } & {
  byRoute: Record<string, number>;
};

/** The body of an injected 429 or 5xx, in the backend's own error shape. */
export type FaultBody<Part extends string> = (part: Part, status: number, message: string) => unknown;

export interface FaultHookOptions<Part extends string> {
  /** Default: `{ error: "too_many_requests" | "service_unavailable", message }`. */
  faultBody?: FaultBody<Part>;
}

export interface RequestCounter<Part extends string> {
  counts(): RequestCounts<Part>;
  reset(): void;
}

const defaultFaultBody = (_part: string, status: number, message: string) => ({
  error: status === 429 ? "too_many_requests" : "service_unavailable",
  message,
});

/** Installs the hooks on `app` (before its routes' own hooks run); returns the request counter. */
export function installFaultHooks<Part extends string>(
  app: FastifyInstance,
  faults: FaultInjector<Part>,
  options: FaultHookOptions<Part> = {},
): RequestCounter<Part> {
  const faultBody = options.faultBody ?? defaultFaultBody;
  const zero = (): RequestCounts<Part> =>
    ({ ...Object.fromEntries(faults.parts.map((p) => [p, 0])), byRoute: {} }) as RequestCounts<Part>;
  let counts = zero();
  const hanging = new Set<ServerResponse>();
  const malformed = new WeakSet<FastifyRequest>();

  app.addHook("onRequest", async (request, reply) => {
    const part = faults.partOf(request.url);
    if (!part) return;
    (counts as Record<Part, number>)[part] += 1;
    const route = `${request.method} ${request.routeOptions.url ?? "(no route)"}`;
    counts.byRoute[route] = (counts.byRoute[route] ?? 0) + 1;

    const decision = faults.decide(part);
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (decision.hang) {
      // Never answer: the client's own timeout is what is under test. Closing the backend frees these.
      reply.hijack();
      const raw = reply.raw;
      hanging.add(raw);
      raw.on("close", () => hanging.delete(raw));
      return reply;
    }
    if (decision.rateLimited) {
      reply.header("Retry-After", String(decision.rateLimited.retryAfterSec));
      return reply.code(429).send(faultBody(part, 429, "Too many requests"));
    }
    if (decision.errorStatus !== null) {
      const status = decision.errorStatus;
      return reply.code(status).send(faultBody(part, status, "Service unavailable (injected fault)"));
    }
    if (decision.malformedJson) malformed.add(request);
    return undefined;
  });

  app.addHook("onSend", async (request, reply, payload) => {
    if (!malformed.has(request)) return payload;
    reply.header("content-type", "application/json; charset=utf-8");
    // Half a JSON document always leaves a bracket open, so it can never parse.
    const text = typeof payload === "string" ? payload : '{"data":[';
    return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  });

  app.addHook("preClose", async () => {
    for (const raw of hanging) raw.destroy();
    hanging.clear();
  });

  return {
    counts: () => structuredClone(counts),
    reset: () => {
      counts = zero();
    },
  };
}
