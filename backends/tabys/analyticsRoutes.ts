/** `GET /api/v2/analytics/` (any role but client): how many items each module holds, and active Telegram sessions. */
import type { FastifyInstance } from "fastify";
import { CONTENT_TYPES } from "./contentTypes.js";
import type { TabysServices } from "./services.js";

export function registerAnalyticsRoutes(app: FastifyInstance, services: TabysServices): void {
  const { guard, content, sessions } = services;
  app.get("/api/v2/analytics/", { onRequest: guard.require((role) => role !== "client") }, async () => {
    const counters: Record<string, number> = {};
    for (const type of CONTENT_TYPES) counters[type.module] = await content.count(type);
    counters.active_sessions = await sessions.countActiveTelegram();
    return counters;
  });
}
