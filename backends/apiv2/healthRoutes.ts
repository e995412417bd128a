/**
 * `GET /health` (the seed's health check): open, never faulted unless the `health` part is
 * targeted, and 503 in the envelope when the database does not answer.
 */
import { z } from "zod";
import { defineRoute } from "./apiRoute.js";
import { isoAt, isoInstant } from "./commonSchemas.js";
import type { ApiV2Db } from "./db/openDatabase.js";
import { ApiError } from "./envelope.js";

export const SERVICE_VERSION = "2.0";

const healthData = z.object({
  status: z.literal("ok"),
  service: z.literal("api-v2"),
  version: z.string(),
  database: z.enum(["sqlite", "postgres"]),
  time: isoInstant.meta({ description: "The service's clock" }),
});

export const healthRoutes = (database: ApiV2Db) => [
  defineRoute({
    method: "GET",
    path: "/health",
    tag: "health",
    summary: "Whether the service and its database answer",
    auth: false,
    data: healthData,
    errors: [503],
    handle: async (_input, { now }) => {
      try {
        await database.ping();
      } catch {
        throw new ApiError(503, "The database does not answer");
      }
      return {
        data: {
          status: "ok" as const,
          service: "api-v2" as const,
          version: SERVICE_VERSION,
          database: database.dialect,
          time: isoAt(now),
        },
        message: "✅ API V2 is healthy",
      };
    },
  }),
];
