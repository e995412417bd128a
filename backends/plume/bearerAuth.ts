/**
 * Bearer token check for the API and reports (RFC 6750): every call needs a live token, and the
 * token's partner decides what the caller may see.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { bearerTokenOf } from "../kit/bearerAuth.js";
import { sendApiError } from "./loopbackErrors.js";
import type { Grant, TokenStore } from "./tokenStore.js";

const grants = new WeakMap<FastifyRequest, Grant>();

/** The grant the guard attached to this request; only call it from guarded routes. */
export function grantOf(request: FastifyRequest): Grant {
  const grant = grants.get(request);
  if (!grant) throw new Error("grantOf() called on a route without the bearer guard");
  return grant;
}

/** A `preHandler` that answers 401 unless the request carries a live Bearer token. */
export function bearerGuard(tokens: TokenStore) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const token = bearerTokenOf(request.headers.authorization);
    if (token === null) {
      reply.header("WWW-Authenticate", 'Bearer realm="plume"');
      return sendApiError(reply, 401, "Authorization Required", "AUTHORIZATION_REQUIRED");
    }
    const check = tokens.check(token);
    if (!check.ok) {
      const description =
        check.reason === "expired" ? "The access token expired" : "The access token is invalid";
      reply.header(
        "WWW-Authenticate",
        `Bearer realm="plume", error="invalid_token", error_description="${description}"`,
      );
      return sendApiError(
        reply,
        401,
        "Authorization Required",
        check.reason === "expired" ? "TOKEN_EXPIRED" : "INVALID_TOKEN",
      );
    }
    grants.set(request, check.grant);
    return undefined;
  };
}
