/**
 * ROA2WEB's own `/_control/*` routes, next to the kit's (faults, clock, reset, stats). For the
 * playground panel and out-of-process tests; unauthenticated by design (a loopback demo backend).
 *
 * - `GET  /_control/demo`          → the web app's path, the bot username and the demo users (with passwords)
 * - `POST /_control/code`          ← `{email, server_id?}` → the handle's `generateCode` answer, as if
 *                                    that user pressed "Generate code" (the bot is called alike)
 * - `POST /_control/links/revoke`  ← `{telegram_user_id}` → `{revoked}`, as the web page's "Unlink"
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { CONTROL_PREFIX } from "../kit/controlRoutes.js";
import { DEMO_USERS } from "./demoUsers.js";
import type { IssuedCode } from "./linkCodes.js";
import { SERVER_IDS, type ServerId } from "./servers.js";
import { UnknownUserError } from "./users.js";
import { WEB_PATHS } from "./webPages.js";

export interface Roa2webControl {
  botUsername: string;
  generateCode(email: string, options?: { serverId?: ServerId }): Promise<IssuedCode>;
  revokeLink(telegramUserId: string | number): Promise<boolean>;
}

const codeBody = z.strictObject({
  email: z.string().min(1),
  server_id: z.enum(SERVER_IDS as [ServerId, ...ServerId[]]).optional(),
});
const revokeBody = z.strictObject({ telegram_user_id: z.union([z.number().int(), z.string().min(1)]) });

export function registerRoa2webControlRoutes(app: FastifyInstance, control: Roa2webControl): void {
  app.register(
    async (scope) => {
      scope.get("/demo", async () => ({
        web: WEB_PATHS.telegram,
        botUsername: control.botUsername,
        users: DEMO_USERS,
      }));

      scope.post("/code", async (request, reply) => {
        const body = codeBody.safeParse(request.body);
        if (!body.success) return reply.code(400).send({ error: "invalid_body", issues: body.error.issues });
        try {
          const { email, server_id } = body.data;
          return await control.generateCode(email, server_id ? { serverId: server_id } : {});
        } catch (error) {
          if (error instanceof UnknownUserError) return reply.code(404).send({ error: "user_not_found" });
          throw error;
        }
      });

      scope.post("/links/revoke", async (request, reply) => {
        const body = revokeBody.safeParse(request.body);
        if (!body.success) return reply.code(400).send({ error: "invalid_body", issues: body.error.issues });
        return { revoked: await control.revokeLink(body.data.telegram_user_id) };
      });
    },
    { prefix: CONTROL_PREFIX },
  );
}
