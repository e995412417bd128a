/**
 * The images this backend hosts (uploads and the seeded photos), kept in its database and served
 * at `/media/<name>`; and how an upload is told apart from bytes that are not the image it claims.
 */
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { TabysDatabase } from "./db/schema.js";

export const IMAGE_TYPES = {
  "image/jpeg": {
    extension: "jpg",
    matches: (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  "image/png": {
    extension: "png",
    matches: (b: Buffer) =>
      b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  "image/webp": {
    extension: "webp",
    matches: (b: Buffer) =>
      b.length > 12 && b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP",
  },
} as const;
export type ImageType = keyof typeof IMAGE_TYPES;

export const isImageType = (value: string): value is ImageType => Object.hasOwn(IMAGE_TYPES, value);

/** Names are ours (random or the seed's), so they are plain: letters, digits, `-`, `_`, one dot. */
const MEDIA_NAME = /^[A-Za-z0-9_-]{1,64}\.(?:jpg|png|webp)$/;

export class MediaStore {
  constructor(
    private readonly db: Kysely<TabysDatabase>,
    private readonly now: () => number,
  ) {}

  /** Stores an upload under a new random name; returns the name. */
  async saveUpload(type: ImageType, bytes: Buffer): Promise<string> {
    const name = `${randomBytes(12).toString("hex")}.${IMAGE_TYPES[type].extension}`;
    await this.save(name, type, bytes);
    return name;
  }

  async save(name: string, type: ImageType, bytes: Buffer): Promise<void> {
    await this.db
      .insertInto("media")
      .values({ name, content_type: type, bytes, created_at: this.now() })
      .onConflict((oc) => oc.column("name").doUpdateSet({ content_type: type, bytes }))
      .execute();
  }

  async get(name: string): Promise<{ contentType: string; bytes: Buffer } | undefined> {
    if (!MEDIA_NAME.test(name)) return undefined;
    const row = await this.db
      .selectFrom("media")
      .select(["content_type", "bytes"])
      .where("name", "=", name)
      .executeTakeFirst();
    return row ? { contentType: row.content_type, bytes: row.bytes } : undefined;
  }
}
