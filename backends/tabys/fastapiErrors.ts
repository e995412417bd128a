/**
 * Error bodies in FastAPI's shapes, as the original backend answers: `{"detail": "…"}` for most,
 * `{"detail": [{loc, msg, type}, …]}` for 422 (one entry per field). `validationDetail` turns zod
 * issues into that list with pydantic's `type` codes and English sentences.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import type { z } from "zod";

export const DETAIL = {
  credentials: "Could not validate credentials",
  permissions: "Not enough permissions",
  botSecret: "Invalid bot secret",
  notFound: "Not found",
} as const;

export type ErrorLocation = "body" | "query" | "path";

export interface ValidationEntry {
  loc: Array<string | number>;
  msg: string;
  type: string;
}

export function sendDetail(reply: FastifyReply, status: number, detail: string): FastifyReply {
  return reply.code(status).send({ detail });
}

export function sendValidation(reply: FastifyReply, entries: ValidationEntry[]): FastifyReply {
  return reply.code(422).send({ detail: entries });
}

const quoted = (values: readonly unknown[]) => {
  const items = values.map((v) => `'${String(v)}'`);
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : (items[0] ?? "");
};

const FORMATS: Record<string, { type: string; msg: string }> = {
  datetime: { type: "date_format", msg: "Input should be a valid ISO 8601 date-time" },
  date: { type: "date_format", msg: "Input should be a valid ISO 8601 date (YYYY-MM-DD)" },
  url: { type: "url", msg: "Input should be a valid http(s) URL" },
  email: { type: "value_error", msg: "value is not a valid email address" },
};

const TYPES: Record<string, { type: string; msg: string }> = {
  string: { type: "string_type", msg: "Input should be a valid string" },
  int: { type: "int_parsing", msg: "Input should be a valid integer" },
  number: { type: "int_parsing", msg: "Input should be a valid integer" },
  boolean: { type: "bool_type", msg: "Input should be a valid boolean" },
  object: { type: "model_attributes_type", msg: "Input should be a valid JSON object" },
};

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
};

/** One issue in FastAPI's words; `null`/absent values count as missing, as pydantic's required fields. */
function entryOf(issue: z.core.$ZodIssue, location: ErrorLocation, input: unknown): ValidationEntry[] {
  const loc = [location, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))];
  switch (issue.code) {
    case "invalid_type": {
      if (valueAt(input, issue.path) == null) return [{ loc, msg: "Field required", type: "missing" }];
      const known = TYPES[issue.expected] ?? {
        type: `${issue.expected}_type`,
        msg: "Input has the wrong type",
      };
      return [{ loc, ...known }];
    }
    case "too_small":
      return issue.origin === "string"
        ? [{ loc, msg: `String should have at least ${issue.minimum} characters`, type: "string_too_short" }]
        : [
            {
              loc,
              msg: `Input should be greater than or equal to ${issue.minimum}`,
              type: "greater_than_equal",
            },
          ];
    case "too_big":
      return issue.origin === "string"
        ? [{ loc, msg: `String should have at most ${issue.maximum} characters`, type: "string_too_long" }]
        : [{ loc, msg: `Input should be less than or equal to ${issue.maximum}`, type: "less_than_equal" }];
    case "invalid_value":
      return [{ loc, msg: `Input should be ${quoted(issue.values)}`, type: "enum" }];
    case "invalid_format":
      return [{ loc, ...(FORMATS[issue.format] ?? { type: "value_error", msg: issue.message }) }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        loc: [...loc, key],
        msg: "Extra inputs are not permitted",
        type: "extra_forbidden",
      }));
    case "custom":
      return [{ loc, msg: issue.message, type: String(issue.params?.type ?? "value_error") }];
    default:
      return [{ loc, msg: issue.message, type: "value_error" }];
  }
}

/** The 422 entries for a failed zod parse of `input` found at `location`. */
export function validationDetail(
  error: z.ZodError,
  location: ErrorLocation,
  input: unknown,
): ValidationEntry[] {
  return error.issues.flatMap((issue) => entryOf(issue, location, input));
}

/**
 * The app-wide parts: a JSON parser that takes an empty body as no body (a DELETE with a JSON
 * content type is not an error), and FastAPI's shapes for Fastify's own errors and unknown routes.
 */
export function installFastapiErrors(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    if (body === "") done(null, undefined);
    else parseJson(request, body as string, done);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.code === "FST_ERR_CTP_EMPTY_JSON_BODY") {
      return sendValidation(reply, [{ loc: ["body"], msg: "JSON decode error", type: "json_invalid" }]);
    }
    if (status === 413) return sendDetail(reply, 413, "Request body is too large");
    if (status === 415) return sendDetail(reply, 415, "Unsupported media type");
    if (status < 500) return sendDetail(reply, status, error.message);
    request.log.error({ err: error }, "request failed");
    return sendDetail(reply, 500, "Internal Server Error");
  });

  app.setNotFoundHandler((_request, reply) => sendDetail(reply, 404, "Not Found"));
}
