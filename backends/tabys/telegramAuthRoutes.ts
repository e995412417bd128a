/**
 * The bot's own routes (`X-Bot-Secret` required): `/login <OTP>` (verify-otp), `/logout`, and
 * restoring a session after a bot restart or an expired JWT (restore-session).
 *
 * - `POST /api/v1/telegram-auth/verify-otp`      → 200 session body; 401 invalid/expired OTP; 404 no account
 * - `POST /api/v1/telegram-auth/logout`          → 200 `{ok: true}`, also when there was no session
 * - `POST /api/v1/telegram-auth/restore-session` → 200 session body (`session_created: false`); 404 none
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Account } from "./accounts.js";
import { requireBotSecret } from "./authGuard.js";
import { sendDetail, sendValidation, validationDetail } from "./fastapiErrors.js";
import type { TabysServices } from "./services.js";

const PREFIX = "/api/v1/telegram-auth";

const optionalName = z.string().max(256).nullable().optional();
const telegramUserId = z.string().trim().min(1).max(32);

const verifyBody = z.object({
  otp_token: z.string().max(64),
  telegram_user_id: telegramUserId,
  telegram_username: optionalName,
  telegram_first_name: optionalName,
  telegram_last_name: optionalName,
});
const userBody = z.object({ telegram_user_id: telegramUserId });

const OTP_INVALID = "Invalid OTP token";
const OTP_EXPIRED = "OTP token is invalid: expired";
const ADMIN_NOT_FOUND = "Admin account not found";
export const NO_ACTIVE_SESSION = "No active session";

export function registerTelegramAuthRoutes(app: FastifyInstance, services: TabysServices): void {
  const { otps, accounts, sessions, jwt } = services;
  const botOnly = { onRequest: requireBotSecret(services.config.botSecret) };

  const sessionBody = async (account: Account, telegramUserId: string, sid: string, created: boolean) => ({
    access_token: await jwt.issue({ adminId: account.id, role: account.role, sid }),
    token_type: "bearer",
    admin_id: account.id,
    admin_name: account.name,
    role: account.role,
    telegram_user_id: telegramUserId,
    session_created: created,
  });

  app.post(`${PREFIX}/verify-otp`, botOnly, async (request, reply) => {
    const body = verifyBody.safeParse(request.body);
    if (!body.success) return sendValidation(reply, validationDetail(body.error, "body", request.body));
    const found = await otps.lookup(body.data.otp_token);
    if (found.status === "expired") return sendDetail(reply, 401, OTP_EXPIRED);
    if (found.status !== "active") return sendDetail(reply, 401, OTP_INVALID);
    const account = await accounts.byId(found.adminId);
    if (!account?.isActive) return sendDetail(reply, 404, ADMIN_NOT_FOUND);
    if (!(await otps.markUsed(found.otpId))) return sendDetail(reply, 401, OTP_INVALID);
    const { telegram_user_id, telegram_username, telegram_first_name, telegram_last_name } = body.data;
    const sid = await sessions.startTelegram(account.id, {
      telegramUserId: telegram_user_id,
      username: telegram_username ?? null,
      firstName: telegram_first_name ?? null,
      lastName: telegram_last_name ?? null,
    });
    return sessionBody(account, telegram_user_id, sid, true);
  });

  app.post(`${PREFIX}/logout`, botOnly, async (request, reply) => {
    const body = userBody.safeParse(request.body);
    if (!body.success) return sendValidation(reply, validationDetail(body.error, "body", request.body));
    await sessions.endTelegram(body.data.telegram_user_id);
    return { ok: true };
  });

  app.post(`${PREFIX}/restore-session`, botOnly, async (request, reply) => {
    const body = userBody.safeParse(request.body);
    if (!body.success) return sendValidation(reply, validationDetail(body.error, "body", request.body));
    const telegramUserId = body.data.telegram_user_id;
    const session = await sessions.resumeTelegram(telegramUserId);
    if (!session) return sendDetail(reply, 404, NO_ACTIVE_SESSION);
    const account = await accounts.byId(session.adminId);
    if (!account?.isActive) return sendDetail(reply, 404, ADMIN_NOT_FOUND);
    return sessionBody(account, telegramUserId, session.id, false);
  });
}
