/**
 * Who is calling: the `onRequest` hooks that check a Bearer JWT (signature, expiry, and that its
 * session is still open), then the role, before the body is even read — so 401 and 403 come before
 * any 415 or 422, as in FastAPI where auth dependencies run first. And the bot's `X-Bot-Secret`.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { bearerTokenOf, secretsEqual } from "../kit/bearerAuth.js";
import type { Account, AccountStore } from "./accounts.js";
import { DETAIL, sendDetail } from "./fastapiErrors.js";
import type { JwtIssuer } from "./jwt.js";
import type { Role } from "./rbac.js";
import type { SessionStore } from "./sessions.js";

export type RoleCheck = (role: Role) => boolean;
type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;

export interface AuthGuard {
  /** Requires a valid JWT whose session is open, and (if given) a role that passes `check`. */
  require(check?: RoleCheck): Hook;
  /** The account behind a request that passed `require`. */
  accountOf(request: FastifyRequest): Account;
}

export function createAuthGuard(deps: {
  jwt: JwtIssuer;
  sessions: SessionStore;
  accounts: AccountStore;
}): AuthGuard {
  const accounts = new WeakMap<FastifyRequest, Account>();

  /** Telegram sessions are touched (activity) on every request; web sessions only have to exist. */
  const sessionOpen = (sid: string, adminId: number) =>
    sid.startsWith("tg_")
      ? deps.sessions.touchTelegram(sid, adminId)
      : deps.sessions.webSessionExists(sid, adminId);

  const refuse = (reply: FastifyReply) => {
    reply.header("WWW-Authenticate", "Bearer");
    return sendDetail(reply, 401, DETAIL.credentials);
  };

  return {
    require: (check) => async (request, reply) => {
      const token = bearerTokenOf(request.headers.authorization);
      const claims = token ? await deps.jwt.verify(token) : null;
      if (!claims || !(await sessionOpen(claims.sid, claims.adminId))) return refuse(reply);
      const account = await deps.accounts.byId(claims.adminId);
      if (!account?.isActive) return refuse(reply);
      if (check && !check(account.role)) return sendDetail(reply, 403, DETAIL.permissions);
      accounts.set(request, account);
      return undefined;
    },
    accountOf: (request) => {
      const account = accounts.get(request);
      if (!account) throw new Error("accountOf: the route has no auth guard");
      return account;
    },
  };
}

/** Bot-only routes: `X-Bot-Secret` compared in constant time (as digests, hiding its length). */
export function requireBotSecret(secret: string): Hook {
  return async (request, reply) => {
    const given = request.headers["x-bot-secret"];
    if (typeof given !== "string" || !secretsEqual(given, secret))
      return sendDetail(reply, 403, DETAIL.botSecret);
    return undefined;
  };
}
