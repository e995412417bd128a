/**
 * The OpenAPI 3.1 document (`GET /openapi.json`), made from the same route declarations and zod
 * schemas the service validates with (`z.toJSONSchema`): one source of truth. Request schemas are
 * shown as a client writes them (defaults optional), answers as the service writes them.
 */
import { z } from "zod";
import type { ApiRoute } from "./apiRoute.js";
import { errorEnvelope, successEnvelope } from "./commonSchemas.js";
import { IDEMPOTENCY_TTL_MS } from "./idempotency.js";

export const OPENAPI_PATH = "/openapi.json";

type JsonSchema = Record<string, unknown>;

/**
 * Date-times as `format: date-time` (answers, always UTC with `Z`) or a described string (inputs,
 * where an offset is optional), instead of zod's long regular expression repeated everywhere.
 */
const dateTimes: NonNullable<Parameters<typeof z.toJSONSchema>[1]>["override"] = ({
  zodSchema,
  jsonSchema,
}) => {
  const def = zodSchema._zod.def as { format?: string; local?: boolean };
  if (def.format !== "datetime") return;
  delete jsonSchema.pattern;
  if (def.local) delete jsonSchema.format;
  else jsonSchema.format = "date-time";
};

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    override: dateTimes,
  });
  return rest;
}

const ERROR_REF = { $ref: "#/components/schemas/ErrorEnvelope" };

const FAILURES: Record<number, string> = {
  400: "A path, query or body field is invalid: `data.issues` names each one",
  401: "No bearer key, or not the service's",
  404: "Not found",
  409: "A request with this Idempotency-Key is still running: retry",
  422: "This Idempotency-Key was used with a different request",
  500: "Internal error",
  503: "The database does not answer",
};

function parameters(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!schema) return [];
  const json = jsonSchema(schema, "input") as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const idempotencyHeader = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    `A retry with the same key and request gets the stored answer (header \`Idempotent-Replayed: true\`); ` +
    `the same key on another request is a 422. Kept ${IDEMPOTENCY_TTL_MS / 3_600_000} hours.`,
  schema: { type: "string", minLength: 1, maxLength: 255 },
};

function operation(route: ApiRoute) {
  const auth = route.auth !== false;
  const hasInput = Boolean(route.params || route.query || route.body);
  const failures = [...(hasInput ? [400] : []), ...(auth ? [401] : []), ...(route.errors ?? []), 500];
  return {
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    security: auth ? [{ bearer: [] }] : [],
    parameters: [
      ...parameters(route.params, "path"),
      ...parameters(route.query, "query"),
      ...(route.idempotent ? [idempotencyHeader] : []),
    ],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(route.body, "input") } },
          },
        }
      : {}),
    responses: {
      [route.status ?? 200]: {
        description: "Done: `success` is true",
        content: { "application/json": { schema: jsonSchema(successEnvelope(route.data), "output") } },
      },
      ...Object.fromEntries(
        [...new Set(failures)]
          .sort()
          .map((status) => [
            status,
            { description: FAILURES[status], content: { "application/json": { schema: ERROR_REF } } },
          ]),
      ),
    },
  };
}

export function openApiDocument(routes: readonly ApiRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  }
  paths[OPENAPI_PATH] = {
    get: {
      tags: ["health"],
      summary: "This document",
      security: [],
      responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": { schema: {} } } } },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "API V2 (moderation)",
      version,
      description:
        "Group moderation state and audit trail for the moderation bot. Every answer is the envelope " +
        "`{success, data, message, error}`; a failure is never a 2xx. Durations are seconds; " +
        "instants are ISO 8601 (UTC in answers).",
    },
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "API_V2_KEY" } },
      schemas: { ErrorEnvelope: jsonSchema(errorEnvelope, "output") },
    },
  };
}
