/**
 * Sending an item's photo. The backend's own photos are fetched through the Tabys client and
 * uploaded; other URLs are given to Telegram to fetch; either way the `file_id` Telegram answers
 * with is kept per photo URL (`key("photo", …)`), so the next view of that photo sends the id
 * and nothing is fetched again. A photo that cannot be had (gone, refused by Telegram) falls back
 * to the placeholder, so a carousel step is always a photo message.
 */
import { createHash } from "node:crypto";
import { GrammyError, InputFile, InputMediaBuilder } from "grammy";
import type { Message } from "grammy/types";
import type { BotContext } from "../../../../kernel/context.js";
import { BackendError } from "../../../../platform/http/backendError.js";
import type { ContentApi } from "../contentApi.js";
import type { ContentDeps } from "../deps.js";
import { photoSource } from "../domain/photoSource.js";
import { renderPlaceholder } from "./placeholder.js";
import { HTML, isNotModified, type Keyboard, pressedKind, type ShowOptions } from "./present.js";

/** Telegram's file ids are kept this long (they stay valid; the store is not a forever cache). */
const FILE_ID_TTL_MS = 30 * 24 * 3600_000;

type Media = string | InputFile;
/** Sends or puts in place a photo; Telegram's answer (`true` for an inline message's edit). */
type Deliver = (media: Media) => Promise<Message | true>;

/** Telegram refused the photo itself (a stale file id, a URL it could not fetch, bad bytes). */
function photoRefused(error: unknown): boolean {
  return (
    error instanceof GrammyError &&
    error.error_code === 400 &&
    !isNotModified(error) &&
    /file|url|image|photo|web ?page|dimensions/i.test(error.description)
  );
}

/** The largest size's file_id of the photo a message carries. */
function fileIdOf(result: Message | true): string | undefined {
  if (result === true) return undefined;
  return result.photo?.at(-1)?.file_id;
}

export interface PhotoShelf {
  /** Shows a photo screen: the pressed photo's media replaced, else (or `fresh`) a new photo message. */
  show(
    ctx: BotContext,
    photoUrl: unknown,
    caption: string,
    keyboard: Keyboard,
    options?: ShowOptions,
  ): Promise<void>;
  /** Remembers that `url` is the photo Telegram knows as `fileId` (one a user just sent). */
  remember(url: string, fileId: string): Promise<void>;
}

export function photoShelf(deps: ContentDeps, api: ContentApi): PhotoShelf {
  const idKey = (url: string) =>
    deps.key("photo", createHash("sha256").update(url).digest("base64url").slice(0, 22));
  const placeholderKey = deps.key("photo", "placeholder");
  let placeholder: Promise<Buffer> | undefined;

  /** Delivers by the remembered id, else `fresh()`; remembers what Telegram answers. */
  async function viaCache(key: string, deliver: Deliver, fresh: () => Promise<Media>): Promise<boolean> {
    const known = await deps.storage.get<string>(key);
    if (known) {
      try {
        await deliver(known);
        return true;
      } catch (error) {
        if (!photoRefused(error)) throw error;
        await deps.storage.delete(key);
      }
    }
    try {
      const fileId = fileIdOf(await deliver(await fresh()));
      if (fileId) await deps.storage.set(key, fileId, FILE_ID_TTL_MS);
      return true;
    } catch (error) {
      if (photoRefused(error)) return false;
      throw error;
    }
  }

  async function deliverPlaceholder(deliver: Deliver): Promise<void> {
    placeholder ??= renderPlaceholder();
    const png = await placeholder;
    if (!(await viaCache(placeholderKey, deliver, async () => new InputFile(png, "placeholder.png")))) {
      throw new Error("crm content: Telegram refused the placeholder image");
    }
  }

  async function deliverPhoto(ctx: BotContext, photoUrl: unknown, deliver: Deliver): Promise<void> {
    const source = photoSource(photoUrl, deps.apiUrl);
    if (source) {
      const fresh =
        source.kind === "remote"
          ? async () => source.url
          : async () =>
              new InputFile(await api.media(source.path), source.path.split("/").pop() || "photo.jpg");
      try {
        if (await viaCache(idKey(source.url), deliver, fresh)) return;
      } catch (error) {
        // The backend has no such photo (any more): the item is still worth showing.
        if (!(error instanceof BackendError)) throw error;
        ctx.log.warn({ kind: error.kind, status: error.status }, "crm content: photo unavailable");
      }
    }
    await deliverPlaceholder(deliver);
  }

  return {
    async show(ctx, photoUrl, caption, keyboard, options = {}) {
      const markup = { inline_keyboard: keyboard };
      const deliver: Deliver =
        !options.fresh && pressedKind(ctx) === "photo"
          ? (media) =>
              ctx
                .editMessageMedia(InputMediaBuilder.photo(media, { caption, ...HTML }), {
                  reply_markup: markup,
                })
                .catch((error: unknown) => {
                  if (isNotModified(error)) return true as const;
                  throw error;
                })
          : (media) => ctx.replyWithPhoto(media, { caption, ...HTML, reply_markup: markup });
      await deliverPhoto(ctx, photoUrl, deliver);
    },
    async remember(url, fileId) {
      await deps.storage.set(idKey(url), fileId, FILE_ID_TTL_MS);
    },
  };
}
