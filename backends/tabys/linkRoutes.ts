/**
 * Linking a platform account to Telegram (`/start link_<token>`).
 *
 * - `POST   /api/v2/telegram/link-token`   (any signed-in account) → `{token, expires_at, start_payload}`
 * - `POST   /api/v2/telegram/confirm-link` (bot, `X-Bot-Secret`) → 200 `{ok, user_id}`; 404 expired/used/unknown;
 *                                           409 already linked; 400 malformed (its own error shape, as the original)
 * - `GET    /api/v2/telegram/link`         (signed in) → this account's link, for the admin page
 * - `DELETE /api/v2/telegram/link`         (signed in) → unlinks, so the demo can be repeated; 404 when not linked
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { z } from "zod";
import { requireBotSecret } from "./authGuard.js";
import { sendDetail } from "./fastapiErrors.js";
import { isoAt, type TabysServices } from "./services.js";

export const START_PAYLOAD_PREFIX = "link_";
const LINK_TOKEN_INVALID = "Link token is invalid or expired";
const ALREADY_LINKED = "This account is already linked to a Telegram chat";

const confirmBody = z.object({
  token: z.string().min(1).max(128),
  telegram_chat_id: z.union([z.number().int(), z.string().regex(/^-?\d{1,20}$/)]),
  telegram_username: z.string().max(256).nullable().optional(),
  telegram_first_name: z.string().max(256).nullable().optional(),
});

/** The original answers a malformed confirm-link with 400 and a sentence, not FastAPI's 422. */
const malformed = (fields: string[]) =>
  fields.length > 0 ? `Malformed request: check ${fields.join(", ")}` : "Malformed request";

export function registerLinkRoutes(app: FastifyInstance, services: TabysServices): void {
  const { links, guard, config } = services;
  const signedIn = { onRequest: guard.require() };

  app.post("/api/v2/telegram/link-token", signedIn, async (request) => {
    const { token, expiresAt } = await links.issue(
      guard.accountOf(request).id,
      config.linkTokenTtlSec * 1000,
    );
    return { token, expires_at: isoAt(expiresAt), start_payload: `${START_PAYLOAD_PREFIX}${token}` };
  });

  app.get("/api/v2/telegram/link", signedIn, async (request) => {
    const link = await links.linkOf(guard.accountOf(request).id);
    return link
      ? {
          linked: true,
          telegram_chat_id: link.telegramChatId,
          telegram_username: link.username,
          telegram_first_name: link.firstName,
          linked_at: isoAt(link.linkedAt),
        }
      : { linked: false };
  });

  app.delete("/api/v2/telegram/link", signedIn, async (request, reply) => {
    const unlinked = await links.unlink(guard.accountOf(request).id);
    return unlinked ? { ok: true } : sendDetail(reply, 404, "Not linked");
  });

  app.register(async (scope) => {
    // A body that is not JSON is malformed too; anything else goes to the app's handler.
    scope.setErrorHandler((error: FastifyError, _request, reply) => {
      if ((error.statusCode ?? 500) < 500) return sendDetail(reply, 400, malformed([]));
      throw error;
    });

    scope.post(
      "/api/v2/telegram/confirm-link",
      { onRequest: requireBotSecret(config.botSecret) },
      async (request, reply) => {
        const body = confirmBody.safeParse(request.body);
        if (!body.success) {
          const fields = [...new Set(body.error.issues.map((issue) => String(issue.path[0] ?? "body")))];
          return sendDetail(reply, 400, malformed(fields));
        }
        const outcome = await links.confirm(body.data.token, {
          telegramChatId: String(body.data.telegram_chat_id),
          username: body.data.telegram_username ?? null,
          firstName: body.data.telegram_first_name ?? null,
        });
        if (outcome.status === "linked") return { ok: true, user_id: outcome.userId };
        return outcome.status === "already_linked"
          ? sendDetail(reply, 409, ALREADY_LINKED)
          : sendDetail(reply, 404, LINK_TOKEN_INVALID);
      },
    );
  });
}
