/**
 * Helpers for tests that talk to the reference Tabys backend in process (`app.inject`, no
 * socket): a backend on a manual clock, sign-ins by role (web and Telegram), and requests with a
 * JWT or the bot secret. They hold no state of their own.
 */
import type { InjectOptions } from "fastify";
import { manualClock } from "../kit/clock.js";
import { demoAdmin } from "./demoAdmins.js";
import type { Role } from "./rbac.js";
import { createTabysBackend, type TabysApp, type TabysBackendOptions } from "./tabysBackend.js";

/** A fixed instant (a Monday morning in Karaganda, UTC) for clock-driven tests. */
export const TEST_NOW = Date.UTC(2025, 2, 10, 4, 0, 0);

/** An in-memory backend living at `TEST_NOW` (move it with `backend.clock.advance(ms)`). */
export function testBackend(options: TabysBackendOptions = {}): Promise<TabysApp> {
  return createTabysBackend({ clock: manualClock(TEST_NOW), ...options });
}

type Method = NonNullable<InjectOptions["method"]>;

/** A request with the JWT (if any) and a JSON body (if any). */
export function call(backend: TabysApp, method: Method, url: string, jwt?: string, payload?: unknown) {
  return backend.app.inject({
    method,
    url,
    headers: jwt ? { authorization: `Bearer ${jwt}` } : {},
    ...(payload === undefined ? {} : { payload: payload as InjectOptions["payload"] }),
  });
}

/** A bot-only request with the right `X-Bot-Secret` (or the one given). */
export function botCall(
  backend: TabysApp,
  url: string,
  payload: unknown,
  secret: string | null = backend.botSecret,
) {
  return backend.app.inject({
    method: "POST",
    url,
    headers: secret === null ? {} : { "x-bot-secret": secret },
    payload: payload as InjectOptions["payload"],
  });
}

/** The web admin page's sign-in as the role's demo admin: its JWT. */
export async function signIn(backend: TabysApp, role: Role): Promise<string> {
  const admin = demoAdmin(role);
  const response = await call(backend, "POST", "/api/v1/auth/login", undefined, {
    email: admin.email,
    password: admin.password,
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return response.json<{ access_token: string }>().access_token;
}

export interface TelegramLogin {
  access_token: string;
  admin_id: number;
  admin_name: string;
  role: Role;
  telegram_user_id: string;
  session_created: boolean;
}

/** `/login <OTP>` as the bot does it, for the role's demo admin: the verify-otp answer. */
export async function telegramLogin(
  backend: TabysApp,
  role: Role,
  telegramUserId = "7001",
): Promise<TelegramLogin> {
  const otp = await backend.issueOtp(demoAdmin(role).email);
  const response = await botCall(backend, "/api/v1/telegram-auth/verify-otp", {
    otp_token: otp,
    telegram_user_id: telegramUserId,
    telegram_username: "tester",
    telegram_first_name: "Test",
    telegram_last_name: null,
  });
  if (response.statusCode !== 200)
    throw new Error(`verify-otp failed: ${response.statusCode} ${response.body}`);
  return response.json<TelegramLogin>();
}
