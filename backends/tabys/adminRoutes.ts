/**
 * What the web admin page calls (Bearer JWT from the web sign-in): sign-in, Telegram OTPs and
 * Telegram sessions.
 *
 * - `POST   /api/v1/auth/login`                              `{email, password}` → JWT and who
 * - `POST   /api/v1/telegram-auth/generate-otp`              `{expires_in_minutes?: 5..60}` → `/login <OTP>`
 * - `POST   /api/v1/telegram-auth/revoke-otp`                `{otp_id}` (own; super_admin: any)
 * - `GET    /api/v1/telegram-auth/my-otps`                   own OTPs, newest first
 * - `GET    /api/v1/telegram-auth/otps`                      (super_admin) everyone's active OTPs
 * - `GET    /api/v1/telegram-auth/sessions`                  (administrator, super_admin)
 * - `DELETE /api/v1/telegram-auth/sessions/{telegram_user_id}` (administrator, super_admin)
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { DETAIL, sendDetail, sendValidation, validationDetail } from "./fastapiErrors.js";
import { canManageSessions } from "./rbac.js";
import { isoAt, isoOrNull, type TabysServices } from "./services.js";
import { NO_ACTIVE_SESSION } from "./telegramAuthRoutes.js";

const loginBody = z.object({ email: z.string().min(1).max(200), password: z.string().min(1).max(200) });
const generateBody = z.object({ expires_in_minutes: z.number().int().min(5).max(60).optional() }).optional();
const revokeBody = z.object({ otp_id: z.number().int().min(1) });

const BAD_CREDENTIALS = "Incorrect email or password";

export function registerAdminRoutes(app: FastifyInstance, services: TabysServices): void {
  const { accounts, otps, sessions, jwt, guard, config } = services;
  const signedIn = { onRequest: guard.require() };
  const superAdmin = { onRequest: guard.require((role) => role === "super_admin") };
  const sessionManager = { onRequest: guard.require(canManageSessions) };

  app.post("/api/v1/auth/login", async (request, reply) => {
    const body = loginBody.safeParse(request.body);
    if (!body.success) return sendValidation(reply, validationDetail(body.error, "body", request.body));
    const account = await accounts.signIn(body.data.email, body.data.password);
    if (!account) return sendDetail(reply, 401, BAD_CREDENTIALS);
    const sid = await sessions.startWeb(account.id);
    return {
      access_token: await jwt.issue({ adminId: account.id, role: account.role, sid }),
      token_type: "bearer",
      admin_id: account.id,
      admin_name: account.name,
      role: account.role,
    };
  });

  app.post("/api/v1/telegram-auth/generate-otp", signedIn, async (request, reply) => {
    const body = generateBody.safeParse(request.body);
    if (!body.success) return sendValidation(reply, validationDetail(body.error, "body", request.body));
    const minutes = body.data?.expires_in_minutes;
    const lifetimeMs = minutes === undefined ? config.otpTtlSec * 1000 : minutes * 60_000;
    const issued = await otps.issue(guard.accountOf(request).id, lifetimeMs);
    return {
      otp_id: issued.otpId,
      otp_token: issued.otp,
      command: `/login ${issued.otp}`,
      expires_at: isoAt(issued.expiresAt),
      expires_in_seconds: Math.round(lifetimeMs / 1000),
    };
  });

  app.post("/api/v1/telegram-auth/revoke-otp", signedIn, async (request, reply) => {
    const body = revokeBody.safeParse(request.body);
    if (!body.success) return sendValidation(reply, validationDetail(body.error, "body", request.body));
    const account = guard.accountOf(request);
    const otp = await otps.find(body.data.otp_id, account.id, account.role === "super_admin");
    if (!otp) return sendDetail(reply, 404, DETAIL.notFound);
    await otps.revoke(otp.otpId);
    return { ok: true };
  });

  app.get("/api/v1/telegram-auth/my-otps", signedIn, async (request) => {
    const mine = await otps.listOf(guard.accountOf(request).id);
    return mine.map((otp) => ({
      otp_id: otp.otpId,
      created_at: isoAt(otp.createdAt),
      expires_at: isoAt(otp.expiresAt),
      used_at: isoOrNull(otp.usedAt),
      revoked_at: isoOrNull(otp.revokedAt),
      status: otp.status,
    }));
  });

  app.get("/api/v1/telegram-auth/otps", superAdmin, async () => {
    const active = await otps.listActive();
    return active.map((otp) => ({
      otp_id: otp.id,
      admin_id: otp.admin_id,
      admin_name: otp.full_name,
      role: otp.role,
      created_at: isoAt(otp.created_at),
      expires_at: isoAt(otp.expires_at),
    }));
  });

  app.get("/api/v1/telegram-auth/sessions", sessionManager, async () => {
    const active = await sessions.listTelegram();
    return active.map((s) => ({
      telegram_user_id: s.telegramUserId,
      telegram_username: s.username,
      admin_id: s.adminId,
      admin_name: s.adminName,
      role: s.role,
      created_at: isoAt(s.createdAt),
      last_activity: isoAt(s.lastActivity),
    }));
  });

  app.delete<{ Params: { telegram_user_id: string } }>(
    "/api/v1/telegram-auth/sessions/:telegram_user_id",
    sessionManager,
    async (request, reply) => {
      const ended = await sessions.endTelegram(request.params.telegram_user_id);
      return ended ? { ok: true } : sendDetail(reply, 404, NO_ACTIVE_SESSION);
    },
  );
}
