/**
 * The Tabys content endpoints, as the content screens use them: one page of a list (with search
 * and filter), one item, create, partial update, delete, a photo upload, and the bytes of the
 * backend's own photos. Every call but the last runs with the user's JWT through the core's
 * `authorized`; answers are validated, so a backend that breaks the contract fails loudly.
 * Nothing is cached: a list must show a write at once.
 */
import { z } from "zod";
import type { BotContext } from "../../../kernel/context.js";
import type { BackendRequest } from "../../../platform/http/backendClient.js";
import type { ContentDeps } from "./deps.js";
import {
  type ContentItem,
  type ContentPage,
  decodeList,
  itemSchema,
  listSchema,
} from "./domain/listShape.js";
import { itemPath, type TypeSpec } from "./types/typeSpec.js";

const UPLOAD_PATH = "/api/v2/uploads/";
/** The backend takes uploads up to 5 MiB. */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;
/** Photos the bot fetches from the backend to send on (Telegram takes up to 10 MB). */
const MEDIA_MAX_BYTES = 10 * 1024 * 1024;

export interface ListQuery {
  /** 1-based. */
  page: number;
  pageSize: number;
  search?: string;
  /** A value of the type's filter field. */
  filter?: string;
}

/** Values as the backend takes them: texts, numbers, booleans, null to clear an optional field. */
export type ItemValues = Record<string, string | number | boolean | null>;

export interface ContentApi {
  list(ctx: BotContext, type: TypeSpec, query: ListQuery): Promise<ContentPage>;
  get(ctx: BotContext, type: TypeSpec, id: number): Promise<ContentItem>;
  create(ctx: BotContext, type: TypeSpec, values: ItemValues): Promise<ContentItem>;
  update(ctx: BotContext, type: TypeSpec, id: number, patch: ItemValues): Promise<ContentItem>;
  remove(ctx: BotContext, type: TypeSpec, id: number): Promise<void>;
  /** Stores an image on the backend; its URL. */
  upload(ctx: BotContext, image: Buffer, contentType: string): Promise<string>;
  /** The bytes of one of the backend's own photos (`/media/…`: no sign-in needed). */
  media(path: string): Promise<Buffer>;
}

const uploaded = z.object({ url: z.string().min(1) });

export function contentApi(deps: ContentDeps): ContentApi {
  const call = <T>(ctx: BotContext, request: BackendRequest<T>) =>
    deps.authorized(ctx, (jwt) =>
      deps.tabys.request<T>({ ...request, cache: false, headers: { authorization: `Bearer ${jwt}` } }),
    );

  return {
    async list(ctx, type, { page, pageSize, search, filter }) {
      const query: Record<string, string | number> = { page, page_size: pageSize };
      if (search !== undefined) query.search = search;
      if (type.filter && filter !== undefined) query[type.filter] = filter;
      const body = await call(ctx, { path: type.path, query, schema: listSchema(type.shape) });
      return decodeList(body, page, pageSize);
    },
    get: (ctx, type, id) => call(ctx, { path: itemPath(type, id), schema: itemSchema }),
    create: (ctx, type, values) =>
      call(ctx, { method: "POST", path: type.path, json: values, schema: itemSchema }),
    update: (ctx, type, id, patch) =>
      call(ctx, { method: "PATCH", path: itemPath(type, id), json: patch, schema: itemSchema }),
    async remove(ctx, type, id) {
      await call(ctx, { method: "DELETE", path: itemPath(type, id) });
    },
    async upload(ctx, image, contentType) {
      const answer = await call(ctx, {
        method: "POST",
        path: UPLOAD_PATH,
        body: { data: image, contentType },
        schema: uploaded,
      });
      return answer.url;
    },
    async media(path) {
      return (await deps.tabys.bytes({ path, maxBytes: MEDIA_MAX_BYTES })).data;
    },
  };
}
