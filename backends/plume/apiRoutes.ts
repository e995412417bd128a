/**
 * The Plume API (`PLUME_API_BASE` = `<url>/api/`): customers, locations, nodes and WiFi networks.
 *
 * Partner scoping: a customer of another partner answers 404, exactly like an id that does not
 * exist, so a token cannot be used to probe which ids other partners have.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { bearerGuard, grantOf } from "./bearerAuth.js";
import type { CustomerSpec, LocationSpec } from "./catalog.js";
import { type CustomerFilter, matchesWhere, parseCustomerFilter } from "./customerFilter.js";
import { badRequest, notFound } from "./loopbackErrors.js";
import type { TokenStore } from "./tokenStore.js";
import type { PlumeWorld } from "./world.js";

export type CustomerParams = { customerId: string };
export type LocationParams = CustomerParams & { locationId: string };

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  skip: z.coerce.number().int().min(0).optional(),
  filter: z.string().optional(),
});

/** The caller's customer, or a 404 already sent. */
export function resolveCustomer(
  world: PlumeWorld,
  request: FastifyRequest<{ Params: CustomerParams }>,
  reply: FastifyReply,
): CustomerSpec | undefined {
  const customer = world.customer(grantOf(request).partnerId, request.params.customerId);
  if (!customer) notFound(reply, "Customer", request.params.customerId);
  return customer;
}

/** The caller's location, or a 404 already sent. */
export function resolveLocation(
  world: PlumeWorld,
  request: FastifyRequest<{ Params: LocationParams }>,
  reply: FastifyReply,
): LocationSpec | undefined {
  const customer = resolveCustomer(world, request, reply);
  if (!customer) return undefined;
  const location = world.location(customer.id, request.params.locationId);
  if (!location) notFound(reply, "Location", request.params.locationId);
  return location;
}

function page<T>(items: T[], skip = 0, limit?: number): T[] {
  return items.slice(skip, limit === undefined ? undefined : skip + limit);
}

export function registerApiRoutes(app: FastifyInstance, world: PlumeWorld, tokens: TokenStore): void {
  app.register(
    async (api) => {
      api.addHook("preHandler", bearerGuard(tokens));

      api.get("/Customers", async (request, reply) => {
        const query = pageSchema.safeParse(request.query);
        if (!query.success) return badRequest(reply, "limit and skip must be non-negative integers");
        let filter: CustomerFilter = {};
        if (query.data.filter !== undefined) {
          const parsed = parseCustomerFilter(query.data.filter);
          if ("error" in parsed) return badRequest(reply, parsed.error);
          filter = parsed.filter;
        }
        const where = filter.where;
        const all = world
          .customersOf(grantOf(request).partnerId)
          .filter((c) => (where ? matchesWhere(c, where) : true));
        const selected = page(all, filter.skip ?? query.data.skip, filter.limit ?? query.data.limit);
        return selected.map((c) => world.customerJson(c));
      });

      // Another client searches with this route; `field` is `name` (default) or `email`, substring match.
      api.get<{ Params: { query: string }; Querystring: { field?: string } }>(
        "/partners/customers/search/:query",
        async (request, reply) => {
          const field = request.query.field ?? "name";
          if (field !== "name" && field !== "email") return badRequest(reply, "field must be name or email");
          const needle = request.params.query.toLowerCase();
          return world
            .customersOf(grantOf(request).partnerId)
            .filter((c) => c[field].toLowerCase().includes(needle))
            .map((c) => world.customerJson(c));
        },
      );

      api.get<{ Params: CustomerParams }>("/Customers/:customerId", async (request, reply) => {
        const customer = resolveCustomer(world, request, reply);
        return customer ? world.customerJson(customer) : reply;
      });

      api.get<{ Params: CustomerParams }>("/Customers/:customerId/locations", async (request, reply) => {
        const query = pageSchema.safeParse(request.query);
        if (!query.success) return badRequest(reply, "limit and skip must be non-negative integers");
        const customer = resolveCustomer(world, request, reply);
        if (!customer) return reply;
        const locations = page(world.locationsOf(customer.id), query.data.skip, query.data.limit);
        return locations.map((l) => world.locationJson(l));
      });

      api.get<{ Params: LocationParams }>(
        "/Customers/:customerId/locations/:locationId",
        async (request, reply) => {
          const location = resolveLocation(world, request, reply);
          return location ? world.locationJson(location) : reply;
        },
      );

      api.get<{ Params: LocationParams }>(
        "/Customers/:customerId/locations/:locationId/nodes",
        async (request, reply) => {
          const location = resolveLocation(world, request, reply);
          return location ? { nodes: world.nodesJson(location) } : reply;
        },
      );

      api.get<{ Params: LocationParams & { nodeId: string } }>(
        "/Customers/:customerId/locations/:locationId/nodes/:nodeId",
        async (request, reply) => {
          const location = resolveLocation(world, request, reply);
          if (!location) return reply;
          const index = location.pods.findIndex((p) => p.id === request.params.nodeId);
          if (index < 0) return notFound(reply, "Node", request.params.nodeId);
          return world.nodeJson(location, location.pods[index]!, index);
        },
      );

      api.get<{ Params: LocationParams }>(
        "/Customers/:customerId/locations/:locationId/wifiNetworks",
        async (request, reply) => {
          const location = resolveLocation(world, request, reply);
          return location ? world.wifiJson(location) : reply;
        },
      );
    },
    { prefix: "/api" },
  );
}
