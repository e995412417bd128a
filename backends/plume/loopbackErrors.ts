/**
 * Error bodies in the shape the Plume API (a LoopBack application) answers with:
 * `{ "error": { "statusCode", "name", "message", "code" } }`.
 */
import type { FastifyReply } from "fastify";

export function apiErrorBody(statusCode: number, message: string, code: string) {
  return { error: { statusCode, name: "Error", message, code } };
}

export function sendApiError(
  reply: FastifyReply,
  statusCode: number,
  message: string,
  code: string,
): FastifyReply {
  return reply.code(statusCode).send(apiErrorBody(statusCode, message, code));
}

export function notFound(reply: FastifyReply, model: string, id: string): FastifyReply {
  return sendApiError(reply, 404, `Unknown "${model}" id "${id}".`, "MODEL_NOT_FOUND");
}

export function badRequest(reply: FastifyReply, message: string): FastifyReply {
  return sendApiError(reply, 400, message, "INVALID_PARAMETER");
}
