/**
 * `/_control/*`: the knobs of the playground panel and of out-of-process tests. Unauthenticated
 * by design (a loopback demo backend); never exposed by a real deployment.
 *
 * - `GET  /_control/faults`               → the fault settings in force
 * - `POST /_control/faults`               ← a partial `FaultPatch` (JSON), e.g. `{"errorRate":0.5}`
 *                                           or `{"revokeTokens":true}`; → the settings in force
 * - `POST /_control/reset`                → faults, pod and service-level overrides back to normal
 * - `POST /_control/pods/{nodeId}`        ← `{"connectionState":"connected"|"disconnected"|"auto"}`
 * - `POST /_control/locations/{id}`       ← `{"serviceLevel":"basicService"}` (`null` restores it)
 * - `GET  /_control/stats`                → request counters and the number of live tokens
 * - `GET  /_control/demo`                 → the demo credentials and ids, for the playground panel
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  basicAuthHeader,
  DEMO_CLIENTS,
  DEMO_CUSTOMERS,
  DEMO_LOCATIONS,
  DEMO_PARTNERS,
} from "./demoCredentials.js";
import type { RequestCounts } from "./faultHooks.js";
import type { FaultInjector } from "./faults.js";
import type { TokenStore } from "./tokenStore.js";
import type { PlumeWorld } from "./world.js";

export interface ControlDeps {
  world: PlumeWorld;
  faults: FaultInjector;
  tokens: TokenStore;
  counts: () => RequestCounts;
  reset: () => void;
}

const podBodySchema = z.object({ connectionState: z.enum(["connected", "disconnected", "auto"]) }).strict();
const locationBodySchema = z.object({ serviceLevel: z.string().min(1).nullable() }).strict();

export function registerControlRoutes(app: FastifyInstance, deps: ControlDeps): void {
  app.register(
    async (control) => {
      control.get("/faults", async () => deps.faults.settings);

      control.post("/faults", async (request, reply) => {
        try {
          return deps.faults.set((request.body ?? {}) as never);
        } catch (error) {
          if (error instanceof z.ZodError)
            return reply.code(400).send({ error: "invalid_faults", issues: error.issues });
          throw error;
        }
      });

      control.post("/reset", async () => {
        deps.reset();
        return { faults: deps.faults.settings };
      });

      control.post<{ Params: { nodeId: string } }>("/pods/:nodeId", async (request, reply) => {
        const found = deps.world.podById(request.params.nodeId);
        if (!found) return reply.code(404).send({ error: "unknown_node" });
        const body = podBodySchema.safeParse(request.body);
        if (!body.success) return reply.code(400).send({ error: "invalid_body", issues: body.error.issues });
        deps.world.setPodState(found.pod.id, body.data.connectionState);
        const index = found.location.pods.indexOf(found.pod);
        return deps.world.nodeJson(found.location, found.pod, index);
      });

      control.post<{ Params: { locationId: string } }>("/locations/:locationId", async (request, reply) => {
        const location = deps.world.locationById(request.params.locationId);
        if (!location) return reply.code(404).send({ error: "unknown_location" });
        const body = locationBodySchema.safeParse(request.body);
        if (!body.success) return reply.code(400).send({ error: "invalid_body", issues: body.error.issues });
        deps.world.setServiceLevel(location.id, body.data.serviceLevel);
        return deps.world.locationJson(location);
      });

      control.get("/stats", async () => ({ requests: deps.counts(), liveTokens: deps.tokens.size }));

      control.get("/demo", async () => ({
        partners: DEMO_PARTNERS,
        clients: Object.fromEntries(
          Object.entries(DEMO_CLIENTS).map(([key, c]) => [
            key,
            { ...c, authorizationHeader: basicAuthHeader(c.clientId, c.clientSecret) },
          ]),
        ),
        customers: DEMO_CUSTOMERS,
        locations: DEMO_LOCATIONS,
      }));
    },
    { prefix: "/_control" },
  );
}
