/**
 * The Plume reports (`PLUME_REPORTS_BASE` = `<url>/reports/`): WAN consumption, online history
 * and speed-test results of a location. Same Bearer check and partner scoping as the API.
 *
 * `wanStats`: `period=daily` (96 points, the default) or `period=weekly` (672 points); `days=1..7`
 * overrides the period; `order=desc` returns newest first, as older API versions did.
 * `onlineStats`: `granularity=hours|days`, `limit` up to 744 hours / 90 days (default 24 / 7).
 * `nodes/{n}/results`: `granularity=days`, `limit=1..90` (default 30); only gateways have tests.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { type LocationParams, resolveLocation } from "./apiRoutes.js";
import { bearerGuard } from "./bearerAuth.js";
import { badRequest, notFound } from "./loopbackErrors.js";
import { ONLINE_LIMITS, onlineStatsJson } from "./onlineSeries.js";
import { speedTestResultsJson } from "./speedTestResults.js";
import type { TokenStore } from "./tokenStore.js";
import { wanStatsJson } from "./wanSeries.js";
import type { PlumeWorld } from "./world.js";

const wanQuerySchema = z.object({
  period: z.enum(["daily", "weekly"]).default("daily"),
  days: z.coerce.number().int().min(1).max(7).optional(),
  order: z.enum(["asc", "desc"]).default("asc"),
  client_id: z.string().optional(),
});

const onlineQuerySchema = z.object({
  granularity: z.enum(["hours", "days"]).default("hours"),
  limit: z.coerce.number().int().min(1).optional(),
  client_id: z.string().optional(),
});

const resultsQuerySchema = z.object({
  granularity: z.literal("days").default("days"),
  limit: z.coerce.number().int().min(1).max(90).default(30),
  client_id: z.string().optional(),
});

export function registerReportRoutes(app: FastifyInstance, world: PlumeWorld, tokens: TokenStore): void {
  app.register(
    async (reports) => {
      reports.addHook("preHandler", bearerGuard(tokens));

      reports.get<{ Params: LocationParams }>(
        "/Customers/:customerId/locations/:locationId/wanStats",
        async (request, reply) => {
          const query = wanQuerySchema.safeParse(request.query);
          if (!query.success)
            return badRequest(reply, "period must be daily or weekly; days 1..7; order asc|desc");
          const location = resolveLocation(world, request, reply);
          if (!location) return reply;
          const days = query.data.days ?? (query.data.period === "weekly" ? 7 : 1);
          return wanStatsJson(
            location,
            world.now(),
            days,
            world.offlineSince(location),
            query.data.order === "desc",
          );
        },
      );

      reports.get<{ Params: LocationParams }>(
        "/Customers/:customerId/locations/:locationId/onlineStats",
        async (request, reply) => {
          const query = onlineQuerySchema.safeParse(request.query);
          if (!query.success)
            return badRequest(reply, "granularity must be hours or days; limit a positive integer");
          const { granularity } = query.data;
          const limit = query.data.limit ?? ONLINE_LIMITS[granularity].default;
          if (limit > ONLINE_LIMITS[granularity].max) {
            return badRequest(
              reply,
              `limit must be at most ${ONLINE_LIMITS[granularity].max} for ${granularity}`,
            );
          }
          const location = resolveLocation(world, request, reply);
          if (!location) return reply;
          return onlineStatsJson(location, world.now(), granularity, limit, world.offlineSince(location));
        },
      );

      reports.get<{ Params: LocationParams & { nodeId: string } }>(
        "/Customers/:customerId/locations/:locationId/nodes/:nodeId/results",
        async (request, reply) => {
          const query = resultsQuerySchema.safeParse(request.query);
          if (!query.success) return badRequest(reply, "granularity must be days; limit 1..90");
          const location = resolveLocation(world, request, reply);
          if (!location) return reply;
          const pod = location.pods.find((p) => p.id === request.params.nodeId);
          if (!pod) return notFound(reply, "Node", request.params.nodeId);
          return speedTestResultsJson(location, pod, world.now(), query.data.limit);
        },
      );
    },
    { prefix: "/reports" },
  );
}
