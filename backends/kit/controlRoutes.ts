/**
 * `/_control/*` routes every reference backend has: the knobs of the playground panel and of
 * out-of-process tests. Unauthenticated by design (a loopback demo backend); never exposed by a
 * real deployment. A backend adds its own (`/_control/pods/…`) in a plugin of its own.
 *
 * - `GET  /_control/faults` → the fault settings in force
 * - `POST /_control/faults` ← a partial fault patch (JSON), e.g. `{"errorRate":0.5}` or
 *                             `{"revokeTokens":true}`; → the settings in force; 400 names the problem
 * - `GET  /_control/clock`  → `{ now, iso, shiftMs }`
 * - `POST /_control/clock`  ← `{"advanceMs":3600000}` or `{"at":"2024-12-02T14:00:00Z"}` (or epoch ms)
 * - `POST /_control/reset`  → the backend's reset (faults, clock, counters, its own overrides)
 * - `GET  /_control/stats`  → `{ requests: counts per part and route, …the backend's own }`
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ManualClock } from "./clock.js";
import type { FaultInjector } from "./faults.js";

export interface ControlRouteDeps {
  faults: FaultInjector<string>;
  clock: ManualClock;
  /** Puts the whole backend back to its initial state; the route awaits it. */
  reset: () => void | Promise<void>;
  requestCounts: () => object;
  /** Extra fields for `/_control/stats`, e.g. `{ liveTokens }`. */
  stats?: () => Record<string, unknown>;
}

const clockBodySchema = z.union([
  z.object({ advanceMs: z.number().int() }).strict(),
  z.object({ at: z.union([z.number().int().nonnegative(), z.iso.datetime({ offset: true })]) }).strict(),
]);

export const CONTROL_PREFIX = "/_control";

export function clockState(clock: ManualClock) {
  const now = clock.now();
  return { now, iso: new Date(now).toISOString(), shiftMs: clock.shiftMs };
}

export function registerControlRoutes(app: FastifyInstance, deps: ControlRouteDeps): void {
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

      control.get("/clock", async () => clockState(deps.clock));

      control.post("/clock", async (request, reply) => {
        const body = clockBodySchema.safeParse(request.body);
        if (!body.success) return reply.code(400).send({ error: "invalid_clock", issues: body.error.issues });
        if ("advanceMs" in body.data) deps.clock.advance(body.data.advanceMs);
        else deps.clock.set(typeof body.data.at === "number" ? body.data.at : Date.parse(body.data.at));
        return clockState(deps.clock);
      });

      control.post("/reset", async () => {
        await deps.reset();
        return { faults: deps.faults.settings, clock: clockState(deps.clock) };
      });

      control.get("/stats", async () => ({ requests: deps.requestCounts(), ...deps.stats?.() }));
    },
    { prefix: CONTROL_PREFIX },
  );
}
