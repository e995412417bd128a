/**
 * The API's error bodies, one shape for all: `{error: "<code>", message: "<English sentence>"}`,
 * plus `field` on a 400 naming what is wrong (`"status"`, `"refresh_token"`, `"body"` for the whole).
 * The kit's injected 429/5xx answer the same shape.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import type { z } from "zod";

export const ERRORS = {
  unauthorized: "The access token is missing, expired or revoked.",
  invalidKey: "The internal API key is missing or wrong.",
  refreshRefused: "The refresh token is not valid: link the Telegram account again.",
  forbidden: "You may not see this company.",
  userNotFound: "No such user on this ERP server.",
  userDisabled: "This user is disabled.",
  notYourLink: "This Telegram account is linked to another user.",
  notFound: "No such route.",
} as const;

export function sendError(
  reply: FastifyReply,
  status: number,
  error: string,
  message: string,
  field?: string,
): FastifyReply {
  return reply.code(status).send(field === undefined ? { error, message } : { error, message, field });
}

export type Location = "body" | "query" | "path";

/** 400 naming the first bad field of a failed parse. */
export function sendInvalid(reply: FastifyReply, location: Location, error: z.ZodError): FastifyReply {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join(".") : location;
  return sendError(reply, 400, `invalid_${location}`, `${field}: ${issue?.message ?? "invalid"}`, field);
}

/** Unknown routes and framework errors (a body that is not JSON) in the same shape. */
export function installApiErrors(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, "not_found", ERRORS.notFound));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) return sendError(reply, status, "invalid_body", error.message, "body");
    request.log.error({ err: error }, "request failed");
    return sendError(reply, 500, "internal", "Internal error.");
  });
}
