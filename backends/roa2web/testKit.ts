/**
 * Helpers for tests that talk to the reference ROA2WEB backend in process (`app.inject`, no
 * socket): a backend on a manual clock, requests with a JWT or the internal key, linking a demo
 * user's Telegram account the way the bot does, the web sign-in, and a stub HTTP server standing
 * in for the bot's `POST /internal/save-code`.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { manualClock } from "../kit/clock.js";
import { demoUser } from "./demoUsers.js";
import { createRoa2webBackend, type Roa2webApp, type Roa2webBackendOptions } from "./roa2webBackend.js";
import type { ServerId } from "./servers.js";
import { WEB_PATHS } from "./webPages.js";

/** Monday 10 March 2025, 10:00 in Bucharest: the seeding instant of every test backend. */
export const TEST_NOW = Date.UTC(2025, 2, 10, 8, 0, 0);
export const TEST_TODAY = "2025-03-10";

/** An in-memory backend living at `TEST_NOW` (move it with `backend.clock.advance(ms)`). */
export function testBackend(options: Roa2webBackendOptions = {}): Promise<Roa2webApp> {
  return createRoa2webBackend({ clock: manualClock(TEST_NOW), ...options });
}

type Method = NonNullable<InjectOptions["method"]>;

/** A request with a Bearer token (if any) and a JSON body (if any). */
export function call(backend: Roa2webApp, method: Method, url: string, token?: string, payload?: unknown) {
  return backend.app.inject({
    method,
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(payload === undefined ? {} : { payload: payload as InjectOptions["payload"] }),
  });
}

export interface SessionBody {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  user: { id: number; email: string; name: string; companies: number[] };
}

export interface VerifyRequest {
  user_id: unknown;
  server_id: unknown;
  telegram_user_id: unknown;
  telegram_username?: unknown;
}

/** `POST /api/telegram/auth/verify-user` with the internal key (or the one given; null: none). */
export function verifyUser(
  backend: Roa2webApp,
  body: VerifyRequest,
  key: string | null = backend.internalApiKey,
) {
  return backend.app.inject({
    method: "POST",
    url: "/api/telegram/auth/verify-user",
    headers: key === null ? {} : { authorization: `Bearer ${key}` },
    payload: body as InjectOptions["payload"],
  });
}

/** The demo user's Telegram account linked as the bot does it after a code: the session body. */
export async function linkTelegram(
  backend: Roa2webApp,
  email: string,
  telegramUserId = 7001,
  serverId: ServerId = "main",
): Promise<SessionBody> {
  const response = await verifyUser(backend, {
    user_id: demoUser(email).id,
    server_id: serverId,
    telegram_user_id: telegramUserId,
    telegram_username: "tester",
  });
  if (response.statusCode !== 200)
    throw new Error(`verify-user failed: ${response.statusCode} ${response.body}`);
  return response.json<SessionBody>();
}

export const refresh = (backend: Roa2webApp, refreshToken: string) =>
  call(backend, "POST", "/api/telegram/auth/refresh-token", undefined, { refresh_token: refreshToken });

/** The web sign-in as a demo user: the `Cookie` header that carries the session. */
export async function webSignIn(backend: Roa2webApp, email: string): Promise<string> {
  const response = await backend.app.inject({
    method: "POST",
    url: WEB_PATHS.login,
    payload: new URLSearchParams({ email, password: demoUser(email).password }).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  const cookie = String(response.headers["set-cookie"] ?? "").split(";")[0];
  if (response.statusCode !== 303 || !cookie) throw new Error(`sign-in failed: ${response.statusCode}`);
  return cookie;
}

/** A form post from the signed-in browser. */
export function postForm(
  backend: Roa2webApp,
  url: string,
  cookie: string,
  form: Record<string, string>,
): Promise<LightMyRequestResponse> {
  return backend.app.inject({
    method: "POST",
    url,
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(form).toString(),
  });
}

/** The value of the first `name="<name>" value="…"` in a page (the forms' hidden fields). */
export function hiddenField(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match) throw new Error(`no field ${name} in the page`);
  return match[1]!;
}

/** The text inside the element with that `data-testid` (a leaf element), or undefined. */
export function testIdText(html: string, testId: string): string | undefined {
  return new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`).exec(html)?.[1];
}

/** An attribute of the element with that `data-testid`, or undefined. */
export function testIdAttribute(html: string, testId: string, attribute: string): string | undefined {
  const tag = new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0];
  return tag ? new RegExp(`${attribute}="([^"]*)"`).exec(tag)?.[1] : undefined;
}

export interface BotCall {
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface BotStub {
  /** The save-code URL to give the backend as `botInternalUrl`. */
  url: string;
  calls: BotCall[];
  /** How the next calls are answered (default 201 `{saved: true}`). */
  answer(status: number, body: unknown): void;
  /** Answers with the statuses in turn (then the last one). */
  answerInTurn(...answers: Array<[status: number, body: unknown]>): void;
  close(): Promise<void>;
}

/** A loopback HTTP server standing in for the bot's `POST /internal/save-code`. */
export async function startBotStub(): Promise<BotStub> {
  const calls: BotCall[] = [];
  let answers: Array<[number, unknown]> = [[201, { saved: true }]];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      calls.push({ headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      const [status, body] = answers.length > 1 ? answers.shift()! : answers[0]!;
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/internal/save-code`,
    calls,
    answer: (status, body) => {
      answers = [[status, body]];
    },
    answerInTurn: (...list) => {
      answers = list;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
