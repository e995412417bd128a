/**
 * Applies the fault injector's decisions to live requests, and counts requests per part and
 * route (so tests can assert, say, that 1,000 concurrent reads reached the backend once).
 */
import type { ServerResponse } from "node:http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { FaultInjector, FaultTarget } from "./faults.js";
import { sendApiError } from "./loopbackErrors.js";

export interface RequestCounts {
  sso: number;
  api: number;
  reports: number;
  /** Keyed by `METHOD /route/:pattern`. */
  byRoute: Record<string, number>;
}

export function targetOf(url: string): FaultTarget | null {
  if (url.startsWith("/oauth2/")) return "sso";
  if (url.startsWith("/api/")) return "api";
  if (url.startsWith("/reports/")) return "reports";
  return null;
}

function sendFault(reply: FastifyReply, target: FaultTarget, status: number): FastifyReply {
  const message = status === 429 ? "Too many requests" : "Service unavailable (injected fault)";
  if (target === "sso") {
    return reply.code(status).send({ error: "temporarily_unavailable", error_description: message });
  }
  return sendApiError(reply, status, message, status === 429 ? "TOO_MANY_REQUESTS" : "SERVICE_UNAVAILABLE");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Installs the hooks; returns a reader for the request counters and a way to zero them. */
export function installFaultHooks(
  app: FastifyInstance,
  faults: FaultInjector,
): { counts: () => RequestCounts; resetCounts: () => void } {
  let counts: RequestCounts = { sso: 0, api: 0, reports: 0, byRoute: {} };
  const hanging = new Set<ServerResponse>();
  const malformed = new WeakSet<FastifyRequest>();

  app.addHook("onRequest", async (request, reply) => {
    const target = targetOf(request.url);
    if (!target) return;
    counts[target] += 1;
    const route = `${request.method} ${request.routeOptions.url ?? "(no route)"}`;
    counts.byRoute[route] = (counts.byRoute[route] ?? 0) + 1;

    const decision = faults.decide(target);
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
      return sendFault(reply, target, 429);
    }
    if (decision.errorStatus !== null) return sendFault(reply, target, decision.errorStatus);
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
    resetCounts: () => {
      counts = { sso: 0, api: 0, reports: 0, byRoute: {} };
    },
  };
}
