/**
 * Who is calling the data routes: an `onRequest` hook that checks the Bearer JWT (signature,
 * expiry by the backend's clock), that its token family is still live (not unlinked, revoked or
 * replaced) and that its user is still active; 401 otherwise, before the route runs.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { bearerTokenOf } from "../kit/bearerAuth.js";
import { ERRORS, sendError } from "./apiErrors.js";
import type { AccessTokens } from "./jwt.js";
import type { LinkRecord, TelegramLinks } from "./telegramLinks.js";
import type { UserStore } from "./users.js";

export interface AccessGuard {
  hook(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  /** The link behind a request that passed the hook. */
  linkOf(request: FastifyRequest): LinkRecord;
}

export function createAccessGuard(deps: {
  tokens: AccessTokens;
  links: TelegramLinks;
  users: UserStore;
}): AccessGuard {
  const callers = new WeakMap<FastifyRequest, LinkRecord>();
  const refuse = (reply: FastifyReply) => {
    reply.header("WWW-Authenticate", 'Bearer realm="roa2web", error="invalid_token"');
    return sendError(reply, 401, "unauthorized", ERRORS.unauthorized);
  };
  return {
    hook: async (request, reply) => {
      const token = bearerTokenOf(request.headers.authorization);
      const claims = token ? await deps.tokens.verify(token) : null;
      if (!claims) return refuse(reply);
      const link = await deps.links.bySession(claims.sessionId);
      if (!link || link.userId !== claims.userId || link.serverId !== claims.serverId) return refuse(reply);
      if (!(await deps.users.byId(link.userId))?.active) return refuse(reply);
      callers.set(request, link);
      return undefined;
    },
    linkOf: (request) => {
      const link = callers.get(request);
      if (!link) throw new Error("linkOf: the route has no access guard");
      return link;
    },
  };
}
