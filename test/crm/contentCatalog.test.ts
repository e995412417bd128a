/**
 * The bot's content catalog against the reference backend's (both follow
 * backends/tabys/README.md): the same paths, list shapes, filters, fields, kinds, limits, enum
 * values and pairs, so a form never asks for what the backend refuses, nor misses what it needs.
 */
import { describe, expect, it } from "vitest";
import {
  CONTENT_TYPES as BACKEND_TYPES,
  type FieldSpec as BackendSpec,
} from "../../backends/tabys/contentTypes.js";
import { CONTENT_TYPES } from "../../src/modules/crm/content/types/catalog.js";
import { allBackendFields, type BackendField } from "../../src/modules/crm/content/types/typeSpec.js";

const SHAPES = { items: "page", data: "data", array: "array" } as const;

/** What the backend's declaration of a field says, in the bot's terms. */
function expected(spec: BackendSpec) {
  switch (spec.kind) {
    case "text":
      return { kinds: ["text", "longtext"], min: spec.min, max: spec.max };
    case "int":
      return { kinds: ["int"], min: spec.min, max: spec.max };
    case "enum":
      return { kinds: ["enum"], values: [...spec.values] };
    case "url":
      return { kinds: [spec.media ? "photo" : "url"] };
    default:
      return { kinds: [spec.kind] };
  }
}

function actual({ field }: BackendField) {
  return {
    kinds: [field.kind],
    min: field.min,
    max: field.max,
    values: field.values ? [...field.values] : undefined,
  };
}

describe("content catalog: the backend's contract", () => {
  it("has the backend's twelve types", () => {
    expect(CONTENT_TYPES.map((t) => t.module).sort()).toEqual(BACKEND_TYPES.map((t) => t.module).sort());
  });

  it.each(CONTENT_TYPES.map((t) => [t.module, t] as const))(
    "%s: paths, list shape, filter and order",
    (module, type) => {
      const backend = BACKEND_TYPES.find((t) => t.module === module)!;
      expect({
        path: type.path,
        itemSlash: type.itemSlash,
        shape: SHAPES[type.shape],
        filter: type.filter,
      }).toEqual({
        path: backend.collectionPath,
        itemSlash: backend.itemSlash,
        shape: backend.listShape,
        filter: backend.filter,
      });
      expect(type.order).toEqual(backend.order);
    },
  );

  it.each(CONTENT_TYPES.map((t) => [t.module, t] as const))(
    "%s: fields, kinds, limits, values, pairs",
    (module, type) => {
      const backend = BACKEND_TYPES.find((t) => t.module === module)!;
      const fields = allBackendFields(type);
      expect(fields.map((f) => f.key).sort()).toEqual(Object.keys(backend.fields).sort());
      for (const bf of fields) {
        const spec = backend.fields[bf.key]!;
        const want = expected(spec);
        const have = actual(bf);
        expect(want.kinds, bf.key).toContain(have.kinds[0]);
        if ("min" in want) expect([have.min ?? 0, have.max], bf.key).toEqual([want.min ?? 0, want.max]);
        if ("values" in want) expect(have.values, bf.key).toEqual(want.values);
        // A pair is needed as a pair; any other field is needed exactly when the backend needs it.
        const optional = "optional" in spec && spec.optional === true;
        if (bf.field.pair)
          expect(backend.pairs, bf.key).toContainEqual([`${bf.field.name}_ru`, `${bf.field.name}_kz`]);
        else expect(bf.field.required === true, bf.key).toBe(!optional);
      }
      expect(type.fields.filter((f) => f.pair).length).toBe(backend.pairs.length);
    },
  );

  it("every field a screen shows is declared", () => {
    for (const type of CONTENT_TYPES) {
      const names = type.fields.map((f) => f.name);
      for (const name of [
        type.title,
        ...(type.body ? [type.body] : []),
        ...type.line,
        ...type.detail,
        ...(type.caption ?? []),
      ]) {
        expect(names, `${type.module}: ${name}`).toContain(name);
      }
      if (type.photo) expect(type.fields.find((f) => f.name === type.photo)?.kind).toBe("photo");
      if (type.filter) expect(type.fields.find((f) => f.name === type.filter)?.kind).toBe("enum");
      expect(type.carousel, type.module).toBe(type.publicSection !== undefined);
    }
  });
});
