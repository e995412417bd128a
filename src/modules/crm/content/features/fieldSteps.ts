/**
 * A type's fields as form steps, for its create form (every field in order) and its edit form
 * (the one field picked). Typed fields are checked by `parseFieldInput` (a refusal names the
 * limit, in the user's language), enums and booleans are buttons, photos are sent from Telegram
 * and uploaded to the backend at once (so a refused image is told at its step). A pair's Russian
 * half may be skipped; its Kazakh half then may not.
 */
import { z } from "zod";
import type { BotContext } from "../../../../kernel/context.js";
import type { FormBuilder, FormPhoto, InvalidAnswer, PhotoAnswer } from "../../../../kernel/forms/index.js";
import { BackendError } from "../../../../platform/http/backendError.js";
import type { ItemValues } from "../contentApi.js";
import { UPLOAD_MAX_BYTES } from "../contentApi.js";
import type { Content } from "../contentRuntime.js";
import { parseFieldInput } from "../domain/fieldInput.js";
import { imageType } from "../domain/imageType.js";
import { allBackendFields, type BackendField, type TypeSpec } from "../types/typeSpec.js";
import { backendLabel, enumLabel, fieldKey } from "../views/fieldValues.js";

// biome-ignore lint/suspicious/noExplicitAny: steps are generated from the type's declaration; submit reads them by name
export type AnyFormBuilder = FormBuilder<any, any>;
// biome-ignore lint/suspicious/noExplicitAny: the answers so far, by field name
type Answers = Record<string, any>;

export type FormMode = "create" | "edit";

const BOOL_VALUES = ["true", "false"] as const;

/** A typed field's schema: the text checked and turned into the backend's value. */
function schemaFor(field: BackendField["field"]) {
  return z.string().transform((text, issues) => {
    const input = parseFieldInput(field, text);
    if (input.ok) return input.value;
    issues.addIssue({ code: "custom", message: input.key, params: { key: input.key, args: input.args } });
    return z.NEVER;
  });
}

function invalid(issue: z.core.$ZodIssue): InvalidAnswer {
  const params = issue.code === "custom" ? (issue.params as Partial<InvalidAnswer> | undefined) : undefined;
  return params?.key
    ? { key: params.key, ...(params.args ? { args: params.args } : {}) }
    : { key: "crm-content-invalid-empty" };
}

/** Whether the create form may skip this field, given the answers so far. */
function optionalIn(bf: BackendField): boolean | ((values: Answers) => boolean) {
  const { field, language } = bf;
  if (!field.required) return true;
  if (!field.pair) return false;
  // The Russian half may be skipped; then the Kazakh half is needed.
  return language === "ru" ? true : (values: Answers) => values[`${field.name}_ru`] !== undefined;
}

/** What a step asks: the field's label, and how to answer it. */
function prompt(ctx: BotContext, bf: BackendField, values: Answers, mode: FormMode): string {
  const { field } = bf;
  const label = backendLabel(ctx, bf);
  const args = { field: label, min: field.min ?? 1, max: field.max ?? 0 };
  let text: string;
  switch (field.kind) {
    case "int":
      text = ctx.t(field.max === undefined ? "crm-content-ask-int-min" : "crm-content-ask-int", args);
      break;
    case "text":
    case "longtext":
      text = ctx.t(field.kind === "text" ? "crm-content-ask-text" : "crm-content-ask-longtext", args);
      break;
    case "enum":
    case "bool":
      text = ctx.t("crm-content-ask-choice", args);
      break;
    case "photo":
      text = ctx.t("crm-content-ask-photo", { ...args, megabytes: UPLOAD_MAX_BYTES / 1024 / 1024 });
      break;
    default:
      text = ctx.t(`crm-content-ask-${field.kind}`, args);
  }
  const otherHalfSkipped =
    mode === "create" && field.pair && bf.language === "kz" && values[`${field.name}_ru`] === undefined;
  return otherHalfSkipped && field.required ? `${text}\n${ctx.t("crm-content-pair-needed")}` : text;
}

/** Uploads a photo the user sent; its URL is the answer (and Telegram's id for it is kept). */
function uploadPhoto(content: Content) {
  return async (ctx: BotContext, photo: FormPhoto): Promise<PhotoAnswer> => {
    const image = await photo.download(UPLOAD_MAX_BYTES);
    // By its bytes: what a photo or a file says it is may not be so.
    const type = imageType(image);
    if (!type) return { problem: ctx.t("crm-content-photo-refused") };
    try {
      const url = await content.api.upload(ctx, image, type);
      await content.photos.remember(url, photo.fileId);
      return { value: url, label: ctx.t("crm-content-photo-attached") };
    } catch (error) {
      if (!(error instanceof BackendError) || (error.kind !== "bad_request" && error.kind !== "forbidden"))
        throw error;
      ctx.log.info({ status: error.status }, "crm content: photo upload refused");
      return {
        problem: ctx.t(error.kind === "forbidden" ? "crm-content-forbidden" : "crm-content-photo-refused"),
      };
    }
  };
}

function addStep(
  builder: AnyFormBuilder,
  content: Content,
  bf: BackendField,
  mode: FormMode,
): AnyFormBuilder {
  const { field, key } = bf;
  const common = {
    label: fieldKey(key),
    optional: mode === "create" ? optionalIn(bf) : false,
    ...(mode === "edit" ? { when: (values: Answers) => values.editField === key } : {}),
    prompt: (ctx: BotContext, values: Answers) => prompt(ctx, bf, values, mode),
  };
  switch (field.kind) {
    case "enum": {
      const values = field.values ?? [];
      return builder.choice(key, {
        ...common,
        prompt: (ctx: BotContext, view: { values: Answers }) => prompt(ctx, bf, view.values, mode),
        columns: 2,
        // A field with one possible value (the currency) is taken without asking.
        auto: values.length === 1,
        choices: (ctx: BotContext) => values.map((value) => ({ value, label: enumLabel(ctx, field, value) })),
      });
    }
    case "bool":
      return builder.choice(key, {
        ...common,
        prompt: (ctx: BotContext, view: { values: Answers }) => prompt(ctx, bf, view.values, mode),
        columns: 2,
        choices: (ctx: BotContext) =>
          BOOL_VALUES.map((value) => ({
            value,
            label: ctx.t(value === "true" ? "crm-content-yes" : "crm-content-no"),
          })),
      });
    case "photo":
      return builder.photo(key, { ...common, accept: uploadPhoto(content) });
    default:
      return builder.text(key, { ...common, schema: schemaFor(field), invalid });
  }
}

/** Adds a step per backend field of `type`, in declaration order. */
export function addFieldSteps(
  builder: AnyFormBuilder,
  content: Content,
  type: TypeSpec,
  mode: FormMode,
): AnyFormBuilder {
  let next = builder;
  for (const bf of allBackendFields(type)) next = addStep(next, content, bf, mode);
  return next;
}

/** A field's answer as the backend takes it (a boolean from its button's value). */
export function backendValue(bf: BackendField, answer: unknown): string | number | boolean {
  if (bf.field.kind === "bool") return answer === "true";
  return answer as string | number;
}

/** The answers of a create form as the backend's body: skipped fields are left out. */
export function backendValues(type: TypeSpec, answers: Answers): ItemValues {
  const values: ItemValues = {};
  for (const bf of allBackendFields(type)) {
    const answer = answers[bf.key];
    if (answer !== undefined) values[bf.key] = backendValue(bf, answer);
  }
  return values;
}

/** A short, stable form id part for a module (`tech_tasks` → `techta`): ids are at most 12 characters. */
export const formSlug = (type: TypeSpec): string => type.module.replace(/_/g, "").slice(0, 6);
