/**
 * The envelope every answer comes in — `{success, data, message, error}` — and the errors that
 * fill it: a thrown `ApiError` anywhere in a handler becomes its status and envelope, Fastify's own
 * errors (a body that is not JSON, an unknown route) are put in the envelope too, and a failure
 * never answers 2xx. Internal errors are logged whole and answered with a fixed sentence.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import type { ErrorEnvelope, FieldIssue } from "./commonSchemas.js";

/** The `message` of each failure status: short, for a person. */
const MESSAGES: Record<number, string> = {
  400: "❌ Invalid request",
  401: "❌ Unauthorized",
  404: "❌ Not found",
  409: "❌ Conflict",
  413: "❌ Request too large",
  415: "❌ Unsupported media type",
  422: "❌ Idempotency key reused",
  429: "❌ Too many requests",
};
const FAILED = "❌ Operation failed";

export interface SuccessEnvelope<Data> {
  success: true;
  data: Data;
  message: string;
  error: null;
}

export const success = <Data>(data: Data, message: string): SuccessEnvelope<Data> => ({
  success: true,
  data,
  message,
  error: null,
});

export function failure(status: number, error: string, issues?: FieldIssue[]): ErrorEnvelope {
  return {
    success: false,
    data: issues ? { issues } : null,
    message: MESSAGES[status] ?? FAILED,
    error,
  };
}

/** Thrown by handlers and stores; answered as `status` with `failure(status, error, issues)`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    error: string,
    readonly issues?: FieldIssue[],
  ) {
    super(error);
    this.name = "ApiError";
  }
}

export const notFound = (what: string) => new ApiError(404, `${what} not found`);

/** A 400 naming every field at fault: `error` is `field: problem; field: problem`. */
export function invalid(issues: FieldIssue[]): ApiError {
  return new ApiError(400, issues.map((issue) => `${issue.field}: ${issue.message}`).join("; "), issues);
}

/**
 * App-wide: an empty JSON body counts as no body (the route's schema then says what is missing),
 * and every error leaves in the envelope.
 */
export function installEnvelopeErrors(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    if (body === "") done(null, undefined);
    else parseJson(request, body as string, done);
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError)
      return reply.code(error.status).send(failure(error.status, error.message, error.issues));
    const status = error.statusCode ?? 500;
    if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
      return reply
        .code(400)
        .send(failure(400, "body: is not valid JSON", [{ field: "body", message: "is not valid JSON" }]));
    }
    if (status < 500) return reply.code(status).send(failure(status, error.message));
    request.log.error({ err: error }, "request failed");
    return reply.code(500).send(failure(500, "Internal server error"));
  });

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(failure(404, `No route ${request.method} ${request.url.split("?")[0]}`)),
  );
}
