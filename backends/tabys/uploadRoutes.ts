/**
 * Photos: `POST /api/v2/uploads/` takes the raw image (JPEG, PNG or WebP, ≤ 5 MiB) from a role
 * that may create something → 201 `{url}`; 415 another type, 413 too big, 422 bytes that are not
 * the declared type. `GET /media/<name>` serves it back (and the seeded photos), no auth.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { originOf } from "./contentRoutes.js";
import { MEDIA_PATH } from "./contentStore.js";
import { DETAIL, sendDetail, sendValidation } from "./fastapiErrors.js";
import { IMAGE_TYPES, isImageType, type MediaStore } from "./mediaStore.js";
import { canCreateAnything } from "./rbac.js";
import type { TabysServices } from "./services.js";

export const UPLOAD_PATH = "/api/v2/uploads/";
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const mediaTypeOf = (request: FastifyRequest) =>
  (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();

/** Checked before the body is read, so a wrong type is refused without reading megabytes. */
async function imageTypeOnly(request: FastifyRequest, reply: FastifyReply) {
  if (!isImageType(mediaTypeOf(request))) {
    return sendDetail(reply, 415, `Unsupported media type: send ${Object.keys(IMAGE_TYPES).join(", ")}`);
  }
  return undefined;
}

export function registerUploadRoutes(app: FastifyInstance, services: TabysServices, media: MediaStore): void {
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      "*",
      { parseAs: "buffer", bodyLimit: MAX_UPLOAD_BYTES },
      (_request, body, done) => done(null, body),
    );

    scope.post(
      UPLOAD_PATH,
      { onRequest: [services.guard.require(canCreateAnything), imageTypeOnly] },
      async (request, reply) => {
        const type = mediaTypeOf(request);
        const bytes = request.body;
        if (!isImageType(type) || !Buffer.isBuffer(bytes) || !IMAGE_TYPES[type].matches(bytes)) {
          return sendValidation(reply, [
            { loc: ["body"], msg: `The file is not a valid ${type} image`, type: "image_type" },
          ]);
        }
        const name = await media.saveUpload(type, bytes);
        return reply.code(201).send({ url: `${originOf(request)}${MEDIA_PATH}${name}` });
      },
    );
  });

  app.get<{ Params: { name: string } }>(`${MEDIA_PATH}:name`, async (request, reply) => {
    const found = await media.get(request.params.name);
    if (!found) return sendDetail(reply, 404, DETAIL.notFound);
    return reply
      .header("content-type", found.contentType)
      .header("cache-control", "public, max-age=86400")
      .header("x-content-type-options", "nosniff")
      .send(found.bytes);
  });
}
