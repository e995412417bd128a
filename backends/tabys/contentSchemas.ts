/**
 * Request validation generated from `contentTypes.ts`: a strict zod schema per type for POST (every
 * required field) and for PATCH (any subset), plus the rules that span fields (a `*_ru`/`*_kz` pair
 * needs one of the two; an end not before its start), checked on the record as it would be stored.
 */
import { z } from "zod";
import type { ContentType, FieldSpec } from "./contentTypes.js";
import type { ValidationEntry } from "./fastapiErrors.js";

/** A validated record, values as the API shows them (booleans, numbers, ISO strings, absolute URLs). */
export type ContentValues = Record<string, string | number | boolean | null>;

function fieldSchema(spec: FieldSpec): z.ZodType<string | number | boolean> {
  switch (spec.kind) {
    case "text": {
      const text = z.string().trim().max(spec.max);
      return spec.min ? text.min(spec.min) : text;
    }
    case "enum":
      return z.enum(spec.values);
    case "int": {
      const int = z.number().int().min(spec.min);
      return spec.max === undefined ? int : int.max(spec.max);
    }
    case "datetime":
      // Naive date-times (no offset) are taken as UTC; all are stored as UTC ISO strings.
      return z.iso
        .datetime({ offset: true, local: true })
        .transform((value) =>
          new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`).toISOString(),
        );
    case "date":
      return z.iso.date();
    case "url":
      return z.url({ protocol: /^https?$/ }).max(2000);
    case "email":
      return z.email().max(200);
    case "bool":
      return z.boolean();
  }
}

const isOptional = (spec: FieldSpec) => spec.kind !== "bool" && spec.optional === true;
const defaultOf = (spec: FieldSpec) => (spec.kind === "enum" ? spec.default : undefined);

/** POST: required fields must be there (a default fills in for a missing one), optional ones may be null. */
export function createSchema(type: ContentType) {
  return z.strictObject(
    Object.fromEntries(
      Object.entries(type.fields).map(([name, spec]) => {
        const schema = fieldSchema(spec);
        const fallback = defaultOf(spec);
        if (isOptional(spec)) return [name, schema.nullable().optional()];
        return [name, fallback === undefined ? schema : schema.default(fallback)];
      }),
    ),
  );
}

/** PATCH: any subset; only optional fields may be set to null. */
export function patchSchema(type: ContentType) {
  return z.strictObject(
    Object.fromEntries(
      Object.entries(type.fields).map(([name, spec]) => {
        const schema = fieldSchema(spec);
        return [name, isOptional(spec) ? schema.nullable().optional() : schema.optional()];
      }),
    ),
  );
}

const filled = (value: unknown) => typeof value === "string" && value.trim().length > 0;

/** The rules across fields, on the whole record (for PATCH: the stored item with the patch applied). */
export function crossFieldErrors(type: ContentType, record: ContentValues): ValidationEntry[] {
  const errors: ValidationEntry[] = [];
  for (const [ru, kz] of type.pairs) {
    if (!filled(record[ru]) && !filled(record[kz])) {
      errors.push({ loc: ["body", ru], msg: `Either ${ru} or ${kz} must be filled`, type: "missing" });
    }
  }
  if (type.order) {
    const [start, end] = type.order;
    const from = record[start];
    const to = record[end];
    if (typeof from === "string" && typeof to === "string" && Date.parse(to) < Date.parse(from)) {
      errors.push({ loc: ["body", end], msg: `${end} must not be before ${start}`, type: "date_order" });
    }
  }
  return errors;
}
