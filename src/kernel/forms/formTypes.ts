/**
 * The shapes a form is made of: its steps as the engine keeps them (value types erased; the
 * typed surface is in defineForm.ts), what prompts and choice functions return, and what a submit
 * handler may answer.
 */
import type { InlineKeyboardButton } from "grammy/types";
import type { z } from "zod";
import type { BotContext } from "../context.js";
import type { FormCodec } from "./formButtons.js";

/** One option of a choice step: `value` is what submit receives, `label` the button's plain text. */
export interface Choice {
  value: string;
  label: string;
}

/** Facts a choice prompt shows besides the choices (a customer's name, a total). JSON only. */
export type ChoiceData = Record<string, string | number>;

/** Choices plus the facts their prompt shows; both are kept with the page on screen. */
export interface ChoiceList {
  choices: readonly Choice[];
  data?: ChoiceData;
}

/**
 * Why there is nothing to choose (HTML, shown as is): no match, a backend refusal. After a search
 * the step stays open for another one; when the step was being asked, the form goes back a step.
 */
export interface ChoiceProblem {
  problem: string;
}

export type ChoiceResult = readonly Choice[] | ChoiceList | ChoiceProblem;

/** A prompt: HTML text, or text with the module's own button rows above the form's buttons. */
export type Prompt = string | { text: string; buttons?: InlineKeyboardButton[][] };

/** What a choice step's prompt function sees. `page` counts from 0. */
export interface ChoiceView<P> {
  values: P;
  /** The search typed, when the choices are search results. */
  query?: string;
  /** Choices in all pages. */
  count: number;
  page: number;
  pages: number;
  data: ChoiceData;
}

/**
 * What a submit handler answers. Nothing: the form is over (the handler said how it went).
 * `{ retry: step }`: the form stays open at that step, whose answer (and every later one) is
 * dropped, e.g. a token exchange refused the Partner ID; the handler has said why, so the prompt
 * is shown again only with `prompt: true`. With `only: true` the later answers are kept: once the
 * step is answered again the form goes on to its confirmation or submit (a refused password is
 * asked again without asking the user name too).
 */
export type SubmitOutcome<V> = undefined | { retry: keyof V & string; prompt?: boolean; only?: boolean };

// biome-ignore lint/suspicious/noExplicitAny: erased values, typed by the builder
type Values = any;

/** A refusal with variables: `ctx.t(key, args)` (e.g. the limit a number broke). */
export interface InvalidAnswer {
  key: string;
  args?: Record<string, string | number>;
}

/** Answers invalid input: a Fluent key, or a key (with variables) per zod issue. */
export type Invalid = string | ((issue: z.core.$ZodIssue) => string | InvalidAnswer);

/**
 * A photo sent at a photo step: the largest size of a photo, or an image sent as a file
 * (JPEG, PNG or WebP). `download` fetches its bytes from the Bot API (`getFile`, then the file
 * URL on the configured API root), refusing a file larger than `maxBytes` (default 10 MiB).
 */
export interface FormPhoto {
  fileId: string;
  fileUniqueId: string;
  /** `image/jpeg` for a photo (Telegram re-encodes them); the file's own type for an image file. */
  mimeType: string;
  fileSize?: number;
  download(maxBytes?: number): Promise<Buffer>;
}

/** What a photo step keeps: `value` (an upload's URL…) or a `problem` to tell (HTML); the step stays. */
export type PhotoAnswer = { value: string; label?: string } | { problem: string };

interface StepBase {
  name: string;
  /** Fluent key naming the answer in the confirmation summary and the Edit menu. */
  label?: string;
  /**
   * Offers a Skip button (a function: given the answers so far); a skipped answer is `undefined`
   * in submit.
   */
  optional?: boolean | ((values: Values) => boolean);
  /** Asked only when this holds for the answers so far; `undefined` in submit otherwise. */
  when?: (values: Values) => boolean;
}

export interface TextStep extends StepBase {
  kind: "text";
  /** Validates the text as typed; its output is what submit receives. */
  schema: z.ZodType;
  prompt: string | ((ctx: BotContext, values: Values) => Prompt | Promise<Prompt>);
  /** Fluent key (or one per zod issue) answering invalid input; default: zod's problem, localized. */
  invalid?: Invalid;
  /** Fluent key answering a message that is not text (a photo…); default `form-not-text`. */
  notText?: string;
  secret?: boolean;
  /** Fluent key of the warning when a secret message could not be deleted. */
  deleteFailed?: string;
  /** A message this matches is deleted and refused even at a step that is not secret. */
  deleteIf?: (text: string) => boolean;
}

export interface ChoiceStep extends StepBase {
  kind: "choice";
  /** A key (given `count`, `page`, `pages`; a "Page x of y" line follows) or a function. */
  prompt: string | ((ctx: BotContext, view: ChoiceView<Values>) => Prompt | Promise<Prompt>);
  choices: (
    ctx: BotContext,
    input: { values: Values; query?: string },
  ) => ChoiceResult | Promise<ChoiceResult>;
  /** Typed text at this step is a search: validated, then passed to `choices` as `query`. */
  search?: { schema: z.ZodType; invalid?: string; notText?: string };
  /** A single choice is taken without asking. */
  auto?: boolean;
  perPage?: number;
  columns?: number;
  /** Text typed while this step's buttons are shown answers the closest earlier step taking text. */
  textGoesBack?: boolean;
}

export interface PhotoStep extends StepBase {
  kind: "photo";
  prompt: string | ((ctx: BotContext, values: Values) => Prompt | Promise<Prompt>);
  /** Fluent key answering a message that is not a photo; default `form-not-photo`. */
  notPhoto?: string;
  /** Turns the photo into the answer kept (default: its `file_id`), or refuses it. */
  accept?: (ctx: BotContext, photo: FormPhoto) => Promise<PhotoAnswer>;
}

export type Step = TextStep | ChoiceStep | PhotoStep;

/** A form as the engine runs it. */
export interface FormSpec {
  id: string;
  module: string;
  codec: FormCodec;
  steps: readonly Step[];
  timeoutMs: number;
  /** Fluent key told when a message arrives after the time-out (given `deleted`: yes | no). */
  expired: string;
  now: () => number;
  confirm?: { summary?: (ctx: BotContext, values: Values) => string | Promise<string> };
  submit: (ctx: BotContext, values: Values) => Promise<SubmitOutcome<Values> | undefined>;
}
