/**
 * The side panel's backend faults: its controls, forwarded to each reference backend's own
 * control routes (`/_control/*`) on their loopback URLs, and the pods the panel took down.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { LOCATIONS } from "../../backends/plume/catalog.js";
import { DEMO_CUSTOMERS } from "../../backends/plume/demoCredentials.js";
import type { PlaygroundRouteOptions } from "./playgroundRoutes.js";

/** What `GET /playground/api/faults` lists per backend: its faults in force and its pods. */
export interface BackendFaultsInfo {
  backend: string;
  /** The backend's side-panel title, e.g. "Plume WiFi". */
  title: string;
  settings: FaultSettingsView;
  /** Pods the panel can take down (Plume), and which of them it did. */
  pods: Array<{ id: string; label: string; down: boolean }>;
  /** Any fault in force: the panel and the sidebar say so. */
  active: boolean;
}

/** The kit's fault settings (`backends/kit/faults.ts`), as far as the panel reads them. */
const faultSettingsSchema = z.object({
  latencyMs: z.number(),
  errorRate: z.number(),
  errorStatus: z.number(),
  rateLimitNext: z.number(),
  retryAfterSec: z.number(),
  malformedJson: z.boolean(),
  hang: z.boolean(),
  revokedClients: z.array(z.string()),
});
type FaultSettingsView = z.infer<typeof faultSettingsSchema>;

/** What the panel may change: a subset of the kit's patch, within the kit's bounds. */
const faultPatchSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  rateLimitNext: z.number().int().min(0).max(1000).optional(),
  malformedJson: z.boolean().optional(),
});
const podBodySchema = z.strictObject({ down: z.boolean() });
const emptyBodySchema = z.strictObject({});

/** Everything the panel's reset clears; `targets`, `errorStatus` and `retryAfterSec` stay. */
const NO_FAULTS = {
  latencyMs: 0,
  errorRate: 0,
  rateLimitNext: 0,
  malformedJson: false,
  hang: false,
  revokedClients: [],
};

/**
 * Pods the panel offers to take down, by backend: Ana Popescu's (the walk-through's customer)
 * that are up in the catalog. Only Plume has pods (`POST /_control/pods/{id}`).
 */
const POD_CHOICES: Record<string, Array<{ id: string; label: string }>> = {
  plume: LOCATIONS.filter((l) => l.customerId === DEMO_CUSTOMERS.ana).flatMap((location) =>
    location.pods.flatMap((pod, index) =>
      pod.connection.state === "connected" && !pod.flapping
        ? [
            {
              id: pod.id,
              label: `${location.name} · ${pod.nickname ?? `Pod ${index + 1}`}${pod.gateway ? " (gateway)" : ""}`,
            },
          ]
        : [],
    ),
  ),
};

class ForwardError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const CONTROL_TIMEOUT_MS = 5000;

/**
 * `/playground/api/faults`: the page's fault controls, forwarded to the backends' own control
 * routes (`backends/kit/controlRoutes.ts`) on their loopback URLs. A backend takes part if it
 * answers `GET /_control/faults` with the kit's settings.
 *
 * - `GET  /playground/api/faults`                       → `BackendFaultsInfo[]`
 * - `POST /playground/api/faults/{backend}`             ← `{latencyMs?, errorRate?, rateLimitNext?, malformedJson?}`
 * - `POST /playground/api/faults/{backend}/reset`       ← `{}`: no faults, every pod back
 * - `POST /playground/api/faults/{backend}/pods/{node}` ← `{"down": true|false}`
 *
 * Answers are `{ok: true, result}` or `{ok: false, error}`, like the emulator's control API.
 */
export function registerFaultRoutes(http: FastifyInstance, options: PlaygroundRouteOptions) {
  /** Pods this panel took down, by backend (the backend has no route listing them). */
  const podsDown = new Map<string, Set<string>>();
  const downOf = (backend: string) => podsDown.get(backend) ?? new Set<string>();

  const urlOf = (backend: string): string => {
    const started = options.backends?.() ?? {};
    const url = Object.hasOwn(started, backend) ? started[backend]?.url : undefined;
    if (!url) throw new ForwardError(404, `no backend named ${backend}`);
    return url;
  };

  const control = async (backend: string, method: "GET" | "POST", path: string, body?: unknown) => {
    let response: Response;
    try {
      response = await fetch(`${urlOf(backend)}/_control${path}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(CONTROL_TIMEOUT_MS),
      });
    } catch (error) {
      if (error instanceof ForwardError) throw error;
      throw new ForwardError(502, `the ${backend} backend did not answer: ${(error as Error).message}`);
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw new ForwardError(502, `the ${backend} backend answered HTTP ${response.status}`);
    return payload;
  };

  const infoOf = (backend: string, payload: unknown): BackendFaultsInfo => {
    const parsed = faultSettingsSchema.safeParse(payload);
    if (!parsed.success)
      throw new ForwardError(502, `the ${backend} backend's fault settings are not the kit's`);
    const settings = parsed.data;
    const down = downOf(backend);
    const pods = (POD_CHOICES[backend] ?? []).map((p) => ({ ...p, down: down.has(p.id) }));
    const active =
      settings.latencyMs > 0 ||
      settings.errorRate > 0 ||
      settings.rateLimitNext > 0 ||
      settings.malformedJson ||
      settings.hang ||
      settings.revokedClients.length > 0 ||
      down.size > 0;
    const title = options.demo().panels.find((p) => p.id === backend)?.title ?? backend;
    return { backend, title, settings, pods, active };
  };

  /** The backends with a fault injector; one that does not answer like the kit is left out. */
  const list = async (): Promise<BackendFaultsInfo[]> => {
    const names = Object.keys(options.backends?.() ?? {});
    const found = await Promise.all(
      names.map(async (name) => {
        try {
          return [infoOf(name, await control(name, "GET", "/faults"))];
        } catch {
          return [];
        }
      }),
    );
    return found.flat();
  };

  type Params = { backend: string; node?: string };
  const answer =
    (handler: (params: Params, body: unknown) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      // JSON only, `{}` when there is nothing to say: another site's page cannot send that here
      // without a CORS preflight, which this server does not grant.
      if (!/^application\/json\b/i.test(request.headers["content-type"] ?? ""))
        return reply
          .code(415)
          .send({ ok: false, error: "the body must be JSON (content-type: application/json)" });
      try {
        return reply.send({ ok: true, result: await handler(request.params as Params, request.body) });
      } catch (error) {
        if (error instanceof ForwardError)
          return reply.code(error.status).send({ ok: false, error: error.message });
        if (error instanceof z.ZodError) {
          const detail = error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
          return reply.code(400).send({ ok: false, error: detail });
        }
        throw error;
      }
    };

  http.get("/playground/api/faults", async () => ({ ok: true, result: await list() }));

  http.post(
    "/playground/api/faults/:backend",
    answer(async ({ backend }, body) => {
      urlOf(backend);
      const patch = faultPatchSchema.parse(body);
      return infoOf(backend, await control(backend, "POST", "/faults", patch));
    }),
  );

  http.post(
    "/playground/api/faults/:backend/reset",
    answer(async ({ backend }, body) => {
      urlOf(backend);
      emptyBodySchema.parse(body);
      for (const id of downOf(backend)) {
        await control(backend, "POST", `/pods/${encodeURIComponent(id)}`, { connectionState: "auto" });
      }
      podsDown.delete(backend);
      return infoOf(backend, await control(backend, "POST", "/faults", NO_FAULTS));
    }),
  );

  http.post(
    "/playground/api/faults/:backend/pods/:node",
    answer(async ({ backend, node }, body) => {
      urlOf(backend);
      const { down } = podBodySchema.parse(body);
      if (!POD_CHOICES[backend]?.some((p) => p.id === node))
        throw new ForwardError(404, `no pod ${node} in the ${backend} panel`);
      await control(backend, "POST", `/pods/${encodeURIComponent(node!)}`, {
        connectionState: down ? "disconnected" : "auto",
      });
      const set = downOf(backend);
      if (down) set.add(node!);
      else set.delete(node!);
      podsDown.set(backend, set);
      return infoOf(backend, await control(backend, "GET", "/faults"));
    }),
  );

  /** After a playground reset the backends' own reset has brought every pod back. */
  return { forget: () => podsDown.clear() };
}
