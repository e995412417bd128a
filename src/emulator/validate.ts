/**
 * Checks a request's parameters against the spec and coerces them to their declared types.
 *
 * Telegram accepts every parameter as a string (query string, urlencoded, multipart) and parses
 * JSON-serialized ones (reply_markup, entities, permissions...) itself; JSON bodies may carry the
 * same fields as real JSON values. Both arrive here and leave as typed values, so method handlers
 * never parse anything. Unknown parameters are ignored, as Telegram ignores them.
 */
import { badRequest } from "./errors.js";
import type { BotApiSpec, SpecField, SpecMethod, SpecType } from "./spec.js";

/** A file part of a multipart request. */
export interface UploadedFile {
  readonly kind: "upload";
  readonly bytes: Buffer;
  readonly fileName?: string;
  readonly mimeType?: string;
}

export type Params = Record<string, unknown>;

export const isUpload = (value: unknown): value is UploadedFile =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "upload";

/** Telegram's wording for a few missing parameters; the rest get "<name> is empty". */
const MISSING: Record<string, string> = {
  text: "message text is empty",
  media: 'parameter "media" is required',
  photo: "there is no photo in the request",
  document: "there is no document in the request",
  callback_query_id: "query_id is empty",
};

/** How Telegram names an object type in "can't parse ..." errors. */
const FRIENDLY: Record<string, string> = {
  InlineKeyboardButton: "inline keyboard button",
  KeyboardButton: "keyboard button",
  InlineKeyboardMarkup: "inline keyboard",
  ReplyKeyboardMarkup: "reply keyboard",
};

const PARAM_FRIENDLY: Record<string, string> = {
  reply_markup: "reply keyboard markup",
  entities: "entities",
  caption_entities: "caption entities",
};

/** A type mismatch found while walking a value; turned into Telegram wording by the caller. */
class Mismatch extends Error {
  constructor(
    readonly field: string,
    readonly expected: string,
    readonly inType?: string,
  ) {
    super(`${field} must be of type ${expected}`);
  }
}

/** A JSON string that would not parse. */
class BadJson extends Error {}

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === "";

/**
 * Validates and coerces `raw` for `method`. `uploads` holds multipart file parts by part name, so
 * `attach://<name>` references (grammY sends every upload that way) resolve to the file.
 * @throws BotApiError 400 with Telegram's wording on a missing or mistyped parameter.
 */
export function validateParams(
  spec: BotApiSpec,
  method: SpecMethod,
  raw: Params,
  uploads: ReadonlyMap<string, UploadedFile> = new Map(),
): Params {
  const out: Params = {};
  for (const field of method.fields) {
    let value = raw[field.name];
    if (value === undefined && uploads.has(field.name)) value = uploads.get(field.name);
    if (typeof value === "string" && value.startsWith("attach://")) {
      value = uploads.get(value.slice("attach://".length)) ?? value;
    }
    if (isEmpty(value)) {
      if (field.required) throw badRequest(MISSING[field.name] ?? `${field.name} is empty`);
      continue;
    }
    out[field.name] = resolveNestedAttach(coerceParam(spec, field, value), uploads);
  }
  return out;
}

/** InputMedia objects (editMessageMedia, sendMediaGroup) name their file as `media: "attach://<part>"`. */
function resolveNestedAttach(value: unknown, uploads: ReadonlyMap<string, UploadedFile>): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveNestedAttach(item, uploads));
  if (typeof value !== "object" || value === null) return value;
  const media = (value as { media?: unknown }).media;
  if (typeof media !== "string" || !media.startsWith("attach://")) return value;
  const file = uploads.get(media.slice("attach://".length));
  return file ? { ...value, media: file } : value;
}

function coerceParam(spec: BotApiSpec, field: SpecField, value: unknown): unknown {
  if (field.types.length > 1 && field.types.every((t) => t.startsWith("Array of InputMedia"))) {
    return coerceInputMediaArray(spec, field, value);
  }
  try {
    return coerceAny(spec, field.types, value, field.name, true);
  } catch (error) {
    const what = PARAM_FRIENDLY[field.name] ?? field.name;
    if (error instanceof BadJson) throw badRequest(`can't parse ${what} JSON object`);
    if (!(error instanceof Mismatch)) throw error;
    if (error.inType === undefined) {
      throw badRequest(`field "${field.name}" must be of type ${field.types.join(" or ")}`);
    }
    const inType = FRIENDLY[error.inType] ?? error.inType;
    throw badRequest(`can't parse ${inType}: Field "${error.field}" must be of type ${error.expected}`);
  }
}

/**
 * sendMediaGroup's `media`: one array whose items may be any of the InputMedia types, each read
 * as the type its `type` names, refused in the Bot API server's words (get_input_message_contents).
 * Items of a type no candidate has are left as they are for the method to refuse.
 */
function coerceInputMediaArray(spec: BotApiSpec, field: SpecField, value: unknown): unknown[] {
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw badRequest(`can't parse ${field.name} JSON object`);
    }
  }
  if (!Array.isArray(parsed)) throw badRequest("expected an Array of InputMedia");
  const candidates = field.types.map((t) => t.slice("Array of ".length));
  return parsed.map((item) => {
    if (!isPlainObject(item)) throw badRequest("can't parse InputMedia: expected an Object");
    const type = candidates
      .map((name) => spec.types.get(name))
      .find((t) => t !== undefined && discriminatorOf(t) === item.type);
    if (!type) return item;
    try {
      return coerceObject(spec, type, item);
    } catch (error) {
      if (!(error instanceof Mismatch)) throw error;
      if (error.field === "media") throw badRequest("can't parse InputMedia: media not found");
      throw badRequest(`can't parse InputMedia: Field "${error.field}" must be of type ${error.expected}`);
    }
  });
}

/** The value a subtype's first field must have ("Type of the media, must be photo" → "photo"). */
function discriminatorOf(type: SpecType): string | undefined {
  const first = type.fields?.[0];
  return first ? /(?:must be|always) "?([a-z_]+)"?/.exec(first.description)?.[1] : undefined;
}

/** Tries each declared type in order; object types are scored so reply_markup picks the right one. */
function coerceAny(
  spec: BotApiSpec,
  types: string[],
  value: unknown,
  name: string,
  topLevel: boolean,
): unknown {
  // InputFile is in the spec's type list but is a file part, not a JSON object.
  const isObject = (t: string): boolean => t !== "InputFile" && spec.types.has(t);
  const objectTypes = types.filter(isObject);
  const others = types.filter((t) => !isObject(t));
  let firstError: unknown;
  for (const type of others) {
    try {
      return coerceOne(spec, type, value, name, topLevel);
    } catch (error) {
      firstError ??= error;
    }
  }
  if (objectTypes.length > 0) {
    const parsed = parseJsonIfString(value, topLevel);
    if (!isPlainObject(parsed)) throw firstError ?? new Mismatch(name, types.join(" or "));
    return coerceObject(spec, pickObjectType(spec, objectTypes, parsed), parsed);
  }
  throw firstError ?? new Mismatch(name, types.join(" or "));
}

function coerceOne(spec: BotApiSpec, type: string, value: unknown, name: string, topLevel: boolean): unknown {
  if (type.startsWith("Array of ")) {
    const parsed = parseJsonIfString(value, topLevel);
    if (!Array.isArray(parsed)) throw new Mismatch(name, type);
    const inner = type.slice("Array of ".length);
    return parsed.map((item) => coerceAny(spec, [inner], item, name, false));
  }
  switch (type) {
    case "Integer": {
      if (typeof value === "number" && Number.isSafeInteger(value)) return value;
      if (typeof value === "string" && /^-?\d{1,16}$/.test(value.trim())) return Number(value.trim());
      throw new Mismatch(name, type);
    }
    case "Float": {
      if (typeof value === "number" && Number.isFinite(value)) return value;
      if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
        return Number(value);
      throw new Mismatch(name, type);
    }
    case "String": {
      if (typeof value === "string") return value;
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      throw new Mismatch(name, type);
    }
    case "Boolean":
    case "True": {
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "1" || value === 1) return true;
      if (value === "false" || value === "0" || value === 0) return false;
      throw new Mismatch(name, "Boolean");
    }
    case "InputFile": {
      if (typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "upload") {
        return value;
      }
      throw new Mismatch(name, type);
    }
    default:
      // A type the spec names but does not define: accept as is rather than refuse valid calls.
      return value;
  }
}

function parseJsonIfString(value: unknown, allowed: boolean): unknown {
  if (typeof value !== "string" || !allowed) return value;
  try {
    return JSON.parse(value);
  } catch {
    throw new BadJson();
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  !("kind" in value && value.kind === "upload");

/** Resolves an abstract type to its subtype by the discriminator ("must be chat", "always \"creator\""). */
function resolveSubtype(spec: BotApiSpec, type: SpecType, value: Record<string, unknown>): SpecType {
  if (!type.subtypes) return type;
  for (const name of type.subtypes) {
    const sub = spec.types.get(name);
    const first = sub?.fields?.[0];
    if (!sub || !first) continue;
    const expected = discriminatorOf(sub);
    if (expected !== undefined && value[first.name] === expected) return resolveSubtype(spec, sub, value);
  }
  const discriminator = spec.types.get(type.subtypes[0] ?? "")?.fields?.[0]?.name ?? "type";
  throw new Mismatch(discriminator, "a supported value", type.name);
}

/** Among several object types, the one whose required fields the value has most of. */
function pickObjectType(spec: BotApiSpec, names: string[], value: Record<string, unknown>): SpecType {
  let best: SpecType | undefined;
  let bestScore = -1;
  for (const name of names) {
    const type = spec.types.get(name);
    if (!type) continue;
    const fields = type.fields ?? [];
    const score =
      fields.filter((f) => f.required && f.name in value).length * 2 +
      fields.filter((f) => f.name in value).length;
    if (score > bestScore) {
      best = type;
      bestScore = score;
    }
  }
  if (!best) throw new Mismatch("value", names.join(" or "));
  return best;
}

function coerceObject(
  spec: BotApiSpec,
  declared: SpecType,
  value: Record<string, unknown>,
): Record<string, unknown> {
  const type = resolveSubtype(spec, declared, value);
  const out: Record<string, unknown> = { ...value };
  for (const field of type.fields ?? []) {
    const fieldValue = value[field.name];
    if (fieldValue === undefined || fieldValue === null) {
      if (field.required) throw new Mismatch(field.name, field.types.join(" or "), type.name);
      delete out[field.name];
      continue;
    }
    try {
      out[field.name] = coerceField(spec, type, field, fieldValue);
    } catch (error) {
      if (error instanceof Mismatch && error.inType === undefined) {
        throw new Mismatch(field.name, field.types.join(" or "), type.name);
      }
      throw error;
    }
  }
  return out;
}

function coerceField(spec: BotApiSpec, owner: SpecType, field: SpecField, value: unknown): unknown {
  // Telegram lets keyboard rows hold plain strings instead of KeyboardButton objects.
  if (owner.name === "ReplyKeyboardMarkup" && field.name === "keyboard" && Array.isArray(value)) {
    value = value.map((row) =>
      Array.isArray(row) ? row.map((b) => (typeof b === "string" ? { text: b } : b)) : row,
    );
  }
  return coerceAny(spec, field.types, value, field.name, false);
}
