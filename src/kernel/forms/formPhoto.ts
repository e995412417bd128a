/**
 * A photo step's input: the photo a message carries (its largest size, or an image sent as a
 * file, uncompressed) and the way to fetch its bytes from the Bot API. Bytes are fetched only
 * when the step's `accept` asks (an upload to a backend); a plain photo step keeps the file_id.
 */
import type { BotContext } from "../context.js";
import type { FormPhoto } from "./formTypes.js";

/** Image files taken as photos when sent as documents (what backends take as uploads). */
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);
/** The Bot API serves files up to 20 MB through getFile; a photo step wants far less by default. */
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 30_000;

/** Thrown by `download` when the file is larger than allowed: the step tells the user so. */
export class PhotoTooLargeError extends Error {
  override readonly name = "PhotoTooLargeError";
  constructor(readonly maxBytes: number) {
    super(`photo larger than ${maxBytes} bytes`);
  }
}

/** The photo in the update's message, or undefined when it carries none (text, a PDF…). */
export function photoOf(ctx: BotContext): FormPhoto | undefined {
  const message = ctx.message;
  if (!message) return undefined;
  const sizes = message.photo;
  if (sizes && sizes.length > 0) {
    const largest = sizes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
    return formPhoto(ctx, largest.file_id, largest.file_unique_id, "image/jpeg", largest.file_size);
  }
  const document = message.document;
  if (document?.mime_type && IMAGE_TYPES.has(document.mime_type)) {
    return formPhoto(ctx, document.file_id, document.file_unique_id, document.mime_type, document.file_size);
  }
  return undefined;
}

function formPhoto(
  ctx: BotContext,
  fileId: string,
  fileUniqueId: string,
  mimeType: string,
  fileSize: number | undefined,
): FormPhoto {
  return {
    fileId,
    fileUniqueId,
    mimeType,
    ...(fileSize === undefined ? {} : { fileSize }),
    download: (maxBytes = DEFAULT_MAX_BYTES) => downloadFile(ctx, fileId, fileSize, maxBytes),
  };
}

/**
 * getFile, then the file's bytes from `<apiRoot>/file/bot<token>/<path>`, with the fetch the bot's
 * API client uses (so a test's or a proxy's fetch applies here too). The URL holds the bot token:
 * it is never logged or put in an error.
 */
async function downloadFile(
  ctx: BotContext,
  fileId: string,
  knownSize: number | undefined,
  maxBytes: number,
): Promise<Buffer> {
  if (knownSize !== undefined && knownSize > maxBytes) throw new PhotoTooLargeError(maxBytes);
  const file = await ctx.api.getFile(fileId);
  if (file.file_size !== undefined && file.file_size > maxBytes) throw new PhotoTooLargeError(maxBytes);
  if (!file.file_path) throw new Error("getFile gave no file_path");
  const root = (ctx.api.options?.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
  const fetchFile = ctx.api.options?.fetch ?? fetch;
  const response = await fetchFile(`${root}/file/bot${ctx.api.token}/${file.file_path}`, {
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`the Bot API file download answered ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw new PhotoTooLargeError(maxBytes);
  return bytes;
}
