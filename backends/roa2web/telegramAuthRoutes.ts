/**
 * The bot's auth routes (the contract in `shared/research/erp-roa2web.md`):
 *
 * - `POST /api/telegram/auth/verify-user` (Bearer `ERP_INTERNAL_API_KEY`)
 *   `{user_id, server_id, telegram_user_id, telegram_username}` → 200 session body; 401 wrong key;
 *   400 bad body; 404 no such user on that server; 403 user disabled. Records the link.
 * - `POST /api/telegram/auth/refresh-token` `{refresh_token}` → 200 session body (rotated); 401 refused.
 * - `POST /api/telegram/auth/unlink` (Bearer access token) `{telegram_user_id}` → 204, link and
 *   tokens gone; 403 when that Telegram account is linked to another user.
 *
 * Session body: `{access_token, refresh_token, expires_in, user: {id, email, name, companies}}`.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { bearerAuth } from "../kit/bearerAuth.js";
import { ERRORS, sendError, sendInvalid } from "./apiErrors.js";
import { isServerId } from "./servers.js";
import type { Roa2webServices } from "./services.js";
import type { LinkRecord } from "./telegramLinks.js";

const PREFIX = "/api/telegram/auth";

/** Telegram user ids are integers up to 2^52; a string of digits is taken too. */
const telegramUserId = z
  .union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().regex(/^\d{1,16}$/)])
  .transform(String);

const verifyBody = z.object({
  user_id: z.number().int().positive(),
  server_id: z.string().min(1).max(64),
  telegram_user_id: telegramUserId,
  telegram_username: z.string().max(64).nullable().optional(),
});
const refreshBody = z.object({ refresh_token: z.string().min(1).max(512) });
const unlinkBody = z.object({ telegram_user_id: telegramUserId });

export function registerTelegramAuthRoutes(app: FastifyInstance, services: Roa2webServices): void {
  const { users, links, tokens, guard } = services;
  const internalOnly = bearerAuth({
    secrets: services.config.internalApiKey,
    realm: "roa2web",
    body: () => ({ error: "unauthorized", message: ERRORS.invalidKey }),
  });

  const sessionBody = async (link: LinkRecord, refreshToken: string) => {
    const user = (await users.byId(link.userId))!;
    const companies = await users.companies(user.id, link.serverId);
    return {
      access_token: await tokens.issue({
        userId: user.id,
        serverId: link.serverId,
        sessionId: link.sessionId!,
      }),
      refresh_token: refreshToken,
      expires_in: tokens.ttlSec,
      user: { id: user.id, email: user.email, name: user.name, companies: companies.map((c) => c.id) },
    };
  };

  app.post(`${PREFIX}/verify-user`, { onRequest: internalOnly }, async (request, reply) => {
    const body = verifyBody.safeParse(request.body);
    if (!body.success) return sendInvalid(reply, "body", body.error);
    const { user_id, server_id, telegram_user_id, telegram_username } = body.data;
    const user = await users.byId(user_id);
    const onServer = user && isServerId(server_id) && (await users.companies(user.id, server_id)).length > 0;
    if (!user || !onServer) return sendError(reply, 404, "user_not_found", ERRORS.userNotFound);
    if (!user.active) return sendError(reply, 403, "user_disabled", ERRORS.userDisabled);
    const { link, refreshToken } = await links.link({
      userId: user.id,
      serverId: server_id,
      telegramUserId: telegram_user_id,
      telegramUsername: telegram_username ?? null,
    });
    return sessionBody(link, refreshToken);
  });

  app.post(`${PREFIX}/refresh-token`, async (request, reply) => {
    const body = refreshBody.safeParse(request.body);
    if (!body.success) return sendInvalid(reply, "body", body.error);
    const rotation = await links.rotate(body.data.refresh_token);
    if (rotation.status !== "rotated")
      return sendError(reply, 401, "invalid_refresh_token", ERRORS.refreshRefused);
    return sessionBody(rotation.link, rotation.refreshToken);
  });

  app.post(`${PREFIX}/unlink`, { onRequest: guard.hook }, async (request, reply) => {
    const body = unlinkBody.safeParse(request.body);
    if (!body.success) return sendInvalid(reply, "body", body.error);
    const caller = guard.linkOf(request);
    const target = await links.byTelegramUser(body.data.telegram_user_id);
    if (target && target.userId !== caller.userId)
      return sendError(reply, 403, "forbidden", ERRORS.notYourLink);
    if (target) await links.unlink(target.telegramUserId);
    return reply.code(204).send();
  });
}
