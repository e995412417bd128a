/**
 * The CRUD routes of the twelve content types, generated from `contentTypes.ts`: list (paged,
 * searchable, filterable, in the type's list shape), item, create (201), partial update, delete
 * (204). Each checks the caller's role for that module and action before reading the body.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AuthGuard } from "./authGuard.js";
import { type ContentValues, createSchema, crossFieldErrors, patchSchema } from "./contentSchemas.js";
import { apiItem, type ContentStore, type ListQuery, storedValues } from "./contentStore.js";
import { CONTENT_TYPES, type ContentType } from "./contentTypes.js";
import {
  DETAIL,
  sendDetail,
  sendValidation,
  type ValidationEntry,
  validationDetail,
} from "./fastapiErrors.js";
import { type Action, can } from "./rbac.js";

type Query = Record<string, string | string[] | undefined>;
type IdParams = { Params: { id: string } };

/** The origin the caller used, for absolute image URLs (`http://127.0.0.1:40123`). */
export const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value.at(-1) : value);

/** A query or path integer, with FastAPI's errors when it is not one or out of range. */
function intParam(
  raw: string | undefined,
  loc: ["query" | "path", string],
  range: { min: number; max?: number },
  errors: ValidationEntry[],
): number {
  if (raw === undefined || !/^-?\d{1,15}$/.test(raw.trim())) {
    errors.push({ loc, msg: "Input should be a valid integer", type: "int_parsing" });
    return Number.NaN;
  }
  const value = Number(raw.trim());
  if (value < range.min) {
    errors.push({
      loc,
      msg: `Input should be greater than or equal to ${range.min}`,
      type: "greater_than_equal",
    });
  } else if (range.max !== undefined && value > range.max) {
    errors.push({ loc, msg: `Input should be less than or equal to ${range.max}`, type: "less_than_equal" });
  }
  return value;
}

function listQuery(type: ContentType, query: Query): { query: ListQuery } | { errors: ValidationEntry[] } {
  const errors: ValidationEntry[] = [];
  const page = single(query.page);
  const pageSize = single(query.page_size);
  const parsed: ListQuery = {
    page: page === undefined ? 1 : intParam(page, ["query", "page"], { min: 1 }, errors),
    pageSize:
      pageSize === undefined ? 10 : intParam(pageSize, ["query", "page_size"], { min: 1, max: 100 }, errors),
  };
  const search = single(query.search);
  if (search !== undefined) parsed.search = search;
  const filterSpec = type.filter ? type.fields[type.filter] : undefined;
  const filter = type.filter ? single(query[type.filter]) : undefined;
  if (type.filter && filterSpec?.kind === "enum" && filter !== undefined && filter !== "") {
    if (filterSpec.values.includes(filter)) parsed.filter = filter;
    else {
      const allowed = filterSpec.values.map((v) => `'${v}'`).join(", ");
      errors.push({ loc: ["query", type.filter], msg: `Input should be one of ${allowed}`, type: "enum" });
    }
  }
  return errors.length > 0 ? { errors } : { query: parsed };
}

function listBody(type: ContentType, items: ContentValues[], total: number, query: ListQuery) {
  const totalPages = Math.ceil(total / query.pageSize);
  switch (type.listShape) {
    case "page":
      return { items, total, total_pages: totalPages, page: query.page, page_size: query.pageSize };
    case "data":
      return { data: items, total, total_pages: totalPages };
    case "array":
      return items;
  }
}

export function registerContentRoutes(
  app: FastifyInstance,
  deps: { guard: AuthGuard; store: ContentStore },
): void {
  const { guard, store } = deps;

  for (const type of CONTENT_TYPES) {
    const collection = type.collectionPath;
    const item = `${collection}:id${type.itemSlash ? "/" : ""}`;
    const allowed = (action: Action) => ({
      onRequest: guard.require((role) => can(role, type.module, action)),
    });
    const creating = createSchema(type);
    const patching = patchSchema(type);

    /** The path id, or a 422 already sent. */
    const idOf = (request: FastifyRequest<IdParams>): { id: number } | { errors: ValidationEntry[] } => {
      const errors: ValidationEntry[] = [];
      const id = intParam(request.params.id, ["path", "id"], { min: 1 }, errors);
      return errors.length > 0 ? { errors } : { id };
    };

    app.get<{ Querystring: Query }>(collection, allowed("read"), async (request, reply) => {
      const parsed = listQuery(type, request.query);
      if ("errors" in parsed) return sendValidation(reply, parsed.errors);
      const { rows, total } = await store.list(type, parsed.query);
      const origin = originOf(request);
      return listBody(
        type,
        rows.map((row) => apiItem(type, row, origin)),
        total,
        parsed.query,
      );
    });

    app.get<IdParams>(item, allowed("read"), async (request, reply) => {
      const id = idOf(request);
      if ("errors" in id) return sendValidation(reply, id.errors);
      const row = await store.get(type, id.id);
      return row ? apiItem(type, row, originOf(request)) : sendDetail(reply, 404, DETAIL.notFound);
    });

    app.post(collection, allowed("create"), async (request, reply) => {
      const body = creating.safeParse(request.body);
      if (!body.success) return sendValidation(reply, validationDetail(body.error, "body", request.body));
      const values = body.data as ContentValues;
      const crossErrors = crossFieldErrors(type, values);
      if (crossErrors.length > 0) return sendValidation(reply, crossErrors);
      const origin = originOf(request);
      const row = await store.create(type, storedValues(type, values, origin));
      return reply.code(201).send(apiItem(type, row, origin));
    });

    app.patch<IdParams>(item, allowed("update"), async (request, reply) => {
      const id = idOf(request);
      if ("errors" in id) return sendValidation(reply, id.errors);
      const body = patching.safeParse(request.body);
      if (!body.success) return sendValidation(reply, validationDetail(body.error, "body", request.body));
      const origin = originOf(request);
      const existing = await store.get(type, id.id);
      if (!existing) return sendDetail(reply, 404, DETAIL.notFound);
      const patch = Object.fromEntries(
        Object.entries(body.data).filter(([, v]) => v !== undefined),
      ) as ContentValues;
      const crossErrors = crossFieldErrors(type, { ...apiItem(type, existing, origin), ...patch });
      if (crossErrors.length > 0) return sendValidation(reply, crossErrors);
      const row = await store.update(type, id.id, storedValues(type, patch, origin));
      return row ? apiItem(type, row, origin) : sendDetail(reply, 404, DETAIL.notFound);
    });

    app.delete<IdParams>(item, allowed("delete"), async (request, reply) => {
      const id = idOf(request);
      if ("errors" in id) return sendValidation(reply, id.errors);
      if (!(await store.delete(type, id.id))) return sendDetail(reply, 404, DETAIL.notFound);
      return reply.code(204).send();
    });
  }
}
