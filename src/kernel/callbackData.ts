import { createHmac, timingSafeEqual } from "node:crypto";
import type { Storage } from "../platform/storage/storage.js";

/**
 * Typed, versioned callback data that survives restarts (no in-memory maps) and fits Telegram's
 * 64-byte limit by construction: `defineCallback` computes the longest possible encoding from
 * the field types and throws when it could exceed 64 bytes, so an oversized button fails the
 * first test that imports its module, never a user.
 *
 * Wire format: `<id>.<version>.<field>.<field>…~<tag>`; the tag is a truncated HMAC over the rest,
 * keyed per bot, so data a modified client forges is rejected. Written by hand because no grammY
 * plugin offers typed + versioned + authenticated + length-checked data (the menu plugin does not
 * check 64 bytes; callback-data libraries are untyped or unmaintained).
 */

export const CALLBACK_DATA_LIMIT = 64;
const TAG_LENGTH = 8;
const SAFE = /^[A-Za-z0-9_-]*$/;

interface FieldType<T> {
  /** Longest encoding in bytes (all encodings are ASCII). */
  maxLength: number;
  encode(value: T): string;
  /** `undefined` when the text is not a valid encoding. */
  decode(text: string): T | undefined;
  /**
   * For a field whose encoding is a reference to a value kept in the store (see idRefs.ts): turns
   * the decoded value into the real one when the button is pressed, or `undefined` when the store
   * no longer knows it (the button is then answered as stale).
   */
  resolve?(decoded: T, storage: Pick<Storage, "get">): Promise<T | undefined>;
}

/** An integer in [min, max], base 36. */
export function int(min: number, max: number): FieldType<number> {
  const maxLength = Math.max(min.toString(36).length, max.toString(36).length);
  return {
    maxLength,
    encode(value) {
      if (!Number.isInteger(value) || value < min || value > max) {
        throw new RangeError(`callback field: ${value} is not an integer in [${min}, ${max}]`);
      }
      return value.toString(36);
    },
    decode(text) {
      if (!/^-?[0-9a-z]+$/.test(text)) return undefined;
      const value = Number.parseInt(text, 36);
      return Number.isInteger(value) && value >= min && value <= max && value.toString(36) === text
        ? value
        : undefined;
    },
  };
}

/** One of a fixed list of short values; encoded as the value itself (readable in logs). */
export function oneOf<const T extends string>(values: readonly T[]): FieldType<T> {
  for (const v of values) {
    if (!SAFE.test(v) || v === "") throw new Error(`callback field: "${v}" must be [A-Za-z0-9_-]+`);
  }
  return {
    maxLength: Math.max(...values.map((v) => v.length)),
    encode(value) {
      if (!values.includes(value)) throw new RangeError(`callback field: "${value}" is not one of ${values}`);
      return value;
    },
    decode: (text) => (values.includes(text as T) ? (text as T) : undefined),
  };
}

/** A short identifier (ids from a backend): `[A-Za-z0-9_-]`, at most `maxLength` characters. */
export function id(maxLength: number): FieldType<string> {
  return {
    maxLength,
    encode(value) {
      if (value.length === 0 || value.length > maxLength || !SAFE.test(value)) {
        throw new RangeError(`callback field: "${value}" is not an id of 1-${maxLength} [A-Za-z0-9_-]`);
      }
      return value;
    },
    decode: (text) => (text.length > 0 && text.length <= maxLength && SAFE.test(text) ? text : undefined),
  };
}

export const bool: FieldType<boolean> = {
  maxLength: 1,
  encode: (value) => (value ? "1" : "0"),
  decode: (text) => (text === "1" ? true : text === "0" ? false : undefined),
};

// biome-ignore lint/suspicious/noExplicitAny: a field of any value type
type Fields = Record<string, FieldType<any>>;
type ValueOf<F> = F extends FieldType<infer T> ? T : never;
export type CallbackValue<F extends Fields> = { [K in keyof F]: ValueOf<F[K]> };

export type UnpackResult<T> =
  | { ok: true; value: T }
  /** `stale`: an older version of this button; `forged`: bad tag; `invalid`: malformed fields. */
  | { ok: false; reason: "stale" | "forged" | "invalid" };

export interface CallbackCodec<F extends Fields> {
  /** Unique per bot, e.g. `nm.st` (module abbreviation + action). */
  readonly id: string;
  readonly version: number;
  /** The longest `pack` can produce, ≤ 64 by construction. */
  readonly maxBytes: number;
  pack(value: CallbackValue<F>, key: CallbackKey): string;
  /** True when `data` was made by this codec (any version), forged or not. */
  matches(data: string): boolean;
  unpack(data: string, key: CallbackKey): UnpackResult<CallbackValue<F>>;
  /** Replaces the values of fields that are store references by what they refer to (see `resolve`). */
  resolve(value: CallbackValue<F>, storage: Pick<Storage, "get">): Promise<CallbackValue<F> | undefined>;
}

/** Per-bot secret for callback tags; derive it with `callbackKey(botToken)`. */
export type CallbackKey = Buffer;

/** A key bound to the bot's token: stable across restarts and instances, different per bot. */
export function callbackKey(botToken: string): CallbackKey {
  return createHmac("sha256", "switchboard/callback-data").update(botToken).digest();
}

function tag(body: string, key: CallbackKey): string {
  return createHmac("sha256", key).update(body).digest("base64url").slice(0, TAG_LENGTH);
}

/**
 * Defines a button's data. Throws when the id is malformed or when the longest encoding could
 * exceed 64 bytes.
 */
export function defineCallback<F extends Fields>(
  idText: string,
  version: number,
  fields: F,
): CallbackCodec<F> {
  if (!/^[a-z0-9]{1,4}\.[a-z0-9]{1,6}$/.test(idText)) {
    throw new Error(`callback id "${idText}" must look like "mod.act" (1-4 and 1-6 of a-z0-9)`);
  }
  if (!Number.isInteger(version) || version < 1 || version > 35) {
    throw new Error(`callback ${idText}: version must be 1-35`);
  }
  const names = Object.keys(fields);
  const prefix = `${idText}.${version.toString(36)}`;
  const maxBytes =
    prefix.length + names.reduce((sum, n) => sum + 1 + (fields[n]?.maxLength ?? 0), 0) + 1 + TAG_LENGTH;
  if (maxBytes > CALLBACK_DATA_LIMIT) {
    throw new Error(
      `callback ${idText} could need ${maxBytes} bytes; Telegram allows ${CALLBACK_DATA_LIMIT}`,
    );
  }
  const idPrefix = `${idText}.`;

  return {
    id: idText,
    version,
    maxBytes,
    pack(value, key) {
      const parts = names.map((n) => (fields[n] as FieldType<unknown>).encode(value[n]));
      const body = [prefix, ...parts].join(".");
      return `${body}~${tag(body, key)}`;
    },
    matches: (data) => data.startsWith(idPrefix),
    unpack(data, key) {
      const sep = data.lastIndexOf("~");
      if (!data.startsWith(idPrefix) || sep < 0) return { ok: false, reason: "invalid" };
      const body = data.slice(0, sep);
      const given = Buffer.from(data.slice(sep + 1));
      const expected = Buffer.from(tag(body, key));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, reason: "forged" };
      }
      const [, , versionText, ...parts] = body.split(".");
      if (versionText !== version.toString(36)) return { ok: false, reason: "stale" };
      if (parts.length !== names.length) return { ok: false, reason: "invalid" };
      const value: Record<string, unknown> = {};
      for (const [i, n] of names.entries()) {
        const decoded = (fields[n] as FieldType<unknown>).decode(parts[i] ?? "");
        if (decoded === undefined) return { ok: false, reason: "invalid" };
        value[n] = decoded;
      }
      return { ok: true, value: value as CallbackValue<F> };
    },
    async resolve(value, storage) {
      const resolving = names.filter((n) => fields[n]?.resolve);
      if (resolving.length === 0) return value;
      const out: Record<string, unknown> = { ...value };
      for (const n of resolving) {
        const resolved = await (fields[n] as FieldType<unknown>).resolve!(value[n], storage);
        if (resolved === undefined) return undefined;
        out[n] = resolved;
      }
      return out as CallbackValue<F>;
    },
  };
}
