/**
 * Plume's own `/_control/*` routes, next to the kit's (faults, clock, reset, stats: see
 * `backends/kit/controlRoutes.ts`). Unauthenticated by design (a loopback demo backend).
 *
 * - `POST /_control/pods/{nodeId}`  ← `{"connectionState":"connected"|"disconnected"|"auto"}`
 * - `POST /_control/locations/{id}` ← `{"serviceLevel":"basicService"}` (`null` restores it)
 * - `GET  /_control/demo`           → the demo credentials and ids, for the playground panel
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { CONTROL_PREFIX } from "../kit/controlRoutes.js";
import {
  basicAuthHeader,
  DEMO_CLIENTS,
  DEMO_CUSTOMERS,
  DEMO_LOCATIONS,
  DEMO_PARTNERS,
} from "./demoCredentials.js";
import type { PlumeWorld } from "./world.js";

const podBodySchema = z.object({ connectionState: z.enum(["connected", "disconnected", "auto"]) }).strict();
const locationBodySchema = z.object({ serviceLevel: z.string().min(1).nullable() }).strict();

export function registerPlumeControlRoutes(app: FastifyInstance, world: PlumeWorld): void {
  app.register(
    async (control) => {
      control.post<{ Params: { nodeId: string } }>("/pods/:nodeId", async (request, reply) => {
        const found = world.podById(request.params.nodeId);
        if (!found) return reply.code(404).send({ error: "unknown_node" });
        const body = podBodySchema.safeParse(request.body);
        if (!body.success) return reply.code(400).send({ error: "invalid_body", issues: body.error.issues });
        world.setPodState(found.pod.id, body.data.connectionState);
        const index = found.location.pods.indexOf(found.pod);
        return world.nodeJson(found.location, found.pod, index);
      });

      control.post<{ Params: { locationId: string } }>("/locations/:locationId", async (request, reply) => {
        const location = world.locationById(request.params.locationId);
        if (!location) return reply.code(404).send({ error: "unknown_location" });
        const body = locationBodySchema.safeParse(request.body);
        if (!body.success) return reply.code(400).send({ error: "invalid_body", issues: body.error.issues });
        world.setServiceLevel(location.id, body.data.serviceLevel);
        return world.locationJson(location);
      });

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
    { prefix: CONTROL_PREFIX },
  );
}
