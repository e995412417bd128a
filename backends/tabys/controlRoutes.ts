/**
 * Tabys's own `/_control/*` routes, next to the kit's (faults, clock, reset, stats). For the
 * playground panel and out-of-process tests; unauthenticated by design (a loopback demo backend).
 *
 * - `GET  /_control/demo`        → the admin page's URL path and the demo admins (with passwords)
 * - `POST /_control/otp`         ← `{email, expiresInMinutes?}` → `{otp, command}`, as if that admin pressed the button
 * - `POST /_control/link-token`  ← `{email}` → `{token, start_payload}`
 * - `POST /_control/sessions/end` → ends every Telegram session → `{ended}`
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { CONTROL_PREFIX } from "../kit/controlRoutes.js";
import { UnknownAccountError } from "./accounts.js";
import { ADMIN_PAGE_PATH } from "./adminPage.js";
import { DEMO_ADMINS } from "./demoAdmins.js";
import { START_PAYLOAD_PREFIX } from "./linkRoutes.js";

export interface TabysControl {
  issueOtp(email: string, options?: { expiresInMinutes?: number }): Promise<string>;
  issueLinkToken(email: string): Promise<string>;
  endAllSessions(): number;
}

const otpBody = z.strictObject({
  email: z.string().min(1),
  expiresInMinutes: z.number().int().min(1).max(60).optional(),
});
const linkBody = z.strictObject({ email: z.string().min(1) });

export function registerTabysControlRoutes(app: FastifyInstance, control: TabysControl): void {
  app.register(
    async (scope) => {
      scope.get("/demo", async () => ({ adminPage: ADMIN_PAGE_PATH, admins: DEMO_ADMINS }));

      scope.post("/otp", async (request, reply) => {
        const body = otpBody.safeParse(request.body);
        if (!body.success) return reply.code(400).send({ error: "invalid_body", issues: body.error.issues });
        const { email, expiresInMinutes } = body.data;
        try {
          const otp = await control.issueOtp(
            email,
            expiresInMinutes === undefined ? {} : { expiresInMinutes },
          );
          return { otp, command: `/login ${otp}` };
        } catch (error) {
          if (error instanceof UnknownAccountError) return reply.code(404).send({ error: "unknown_account" });
          throw error;
        }
      });

      scope.post("/link-token", async (request, reply) => {
        const body = linkBody.safeParse(request.body);
        if (!body.success) return reply.code(400).send({ error: "invalid_body", issues: body.error.issues });
        try {
          const token = await control.issueLinkToken(body.data.email);
          return { token, start_payload: `${START_PAYLOAD_PREFIX}${token}` };
        } catch (error) {
          if (error instanceof UnknownAccountError) return reply.code(404).send({ error: "unknown_account" });
          throw error;
        }
      });

      scope.post("/sessions/end", async () => ({ ended: control.endAllSessions() }));
    },
    { prefix: CONTROL_PREFIX },
  );
}
