/**
 * Reads Bot API parameters the way Telegram accepts them: query string, JSON, urlencoded or
 * multipart (files included), merged into one flat object.
 */
import { Response } from "undici";
import { badRequest } from "./errors.js";
import type { Params, UploadedFile } from "./validate.js";

export interface RequestParams {
  params: Params;
  uploads: Map<string, UploadedFile>;
}

/**
 * @param query the parsed query string
 * @param body the raw body (undefined for GET)
 * @throws BotApiError 400 for a body that does not parse
 */
export async function readParams(
  query: Record<string, unknown>,
  contentType: string | undefined,
  body: Buffer | undefined,
): Promise<RequestParams> {
  const params: Params = { ...query };
  const uploads = new Map<string, UploadedFile>();
  if (!body || body.length === 0) return { params, uploads };
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON encoded request");
    }
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
      Object.assign(params, parsed);
  } else if (type === "application/x-www-form-urlencoded") {
    for (const [key, value] of new URLSearchParams(body.toString("utf8"))) params[key] = value;
  } else if (type === "multipart/form-data") {
    // undici's parser (not Node 20's bundled one) accepts grammY's unquoted `filename=` parts.
    let form: Awaited<ReturnType<Response["formData"]>>;
    try {
      form = await new Response(body, { headers: { "content-type": contentType ?? "" } }).formData();
    } catch {
      throw badRequest("can't parse multipart/form-data request");
    }
    for (const [key, value] of form) {
      if (typeof value === "string") {
        params[key] = value;
      } else {
        uploads.set(key, {
          kind: "upload",
          bytes: Buffer.from(await value.arrayBuffer()),
          fileName: value.name || undefined,
          mimeType: value.type && value.type !== "application/octet-stream" ? value.type : undefined,
        });
      }
    }
  }
  return { params, uploads };
}
