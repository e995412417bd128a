/**
 * `defineForm`: one engine for multi-step input (a wizard), so no module hand-rolls a state
 * machine in its session. A form is a list of typed steps (text, choice, photo) built in order,
 * each step's functions seeing the answers before it with their types:
 *
 * ```ts
 * const setup = defineForm({ id: "setup", module: "netmon", prefix: "nm", expired: "netmon-setup-expired" })
 *   .text("header", { secret: true, schema: headerSchema, prompt: "netmon-setup-step1" })
 *   .text("partnerId", { schema: partnerIdSchema, prompt: "netmon-setup-step2", invalid: "netmon-setup-partner-invalid" })
 *   .submit(async (ctx, { header, partnerId }) => { … });   // header: opened for submit only
 * composer.use(setup.feature);                             // answers and buttons
 * composer.command("setup", (ctx) => setup.start(ctx));
 * ```
 *
 * The kernel's `formsCommands()` handles /cancel (and ends a form when another command arrives)
 * for every module; see formsCommands.ts.
 */
import { randomBytes } from "node:crypto";
import type { Composer } from "grammy";
import type { z } from "zod";
import type { BotContext } from "../context.js";
import { FORM_ID, formCodec } from "./formButtons.js";
import { formFeature } from "./formFeature.js";
import { advance } from "./formFlow.js";
import { privateSession, storedForm } from "./formState.js";
import type {
  ChoiceResult,
  ChoiceStep,
  ChoiceView,
  FormPhoto,
  FormSpec,
  Invalid,
  PhotoAnswer,
  PhotoStep,
  Prompt,
  Step,
  SubmitOutcome,
  TextStep,
} from "./formTypes.js";

export interface FormOptions {
  /** Unique within the module; 1-12 of `a-z0-9_-` (it travels in every button). */
  id: string;
  /** The owning module's name: the kernel routes the chat's messages to it while the form is open. */
  module: string;
  /** The module's callback prefix (`nm`): the form's buttons are `nm.f.…`. */
  prefix: string;
  /** A form left alone this long is forgotten (default 15 min; every answer renews it). */
  timeoutMs?: number;
  /** Fluent key told to the next message after the time-out, given `deleted` (yes | no). */
  expired?: string;
  /** The clock (tests move it). */
  now?: () => number;
}

/** What a step may be asked with, beside its own options. */
interface StepOptions<W> {
  /** Fluent key naming the answer in the confirmation summary and the Edit menu. */
  label?: string;
  /** Offers Skip (a function: when it holds for the answers so far); a skipped answer is `undefined`. */
  optional?: boolean | ((values: never) => boolean);
  /** Asked only when this holds for the answers so far; `undefined` otherwise. */
  when?: W;
}

/** What `optional` may be: fixed, or decided by the answers so far. */
type OptionalFlag<P> = boolean | ((values: P) => boolean);

export interface TextOptions<
  P,
  S extends z.ZodType,
  Secret extends boolean,
  Optional extends OptionalFlag<P>,
  W,
> extends StepOptions<W> {
  /** Validates the text typed; its output is the answer. Must not depend on anything but the text. */
  schema: S;
  /** A Fluent key, or a function of the answers so far (HTML, optionally with buttons). */
  prompt: string | ((ctx: BotContext, values: P) => Prompt | Promise<Prompt>);
  /**
   * Fluent key for invalid input, or one per zod issue (with variables: `{ key, args }`); default:
   * zod's problem, in the user's language.
   */
  invalid?: Invalid;
  /** Fluent key for a message that is not text; default `form-not-text`. */
  notText?: string;
  /**
   * The message is deleted at once (whatever it holds), the answer sealed with the secret box
   * while the form is open, left out of prompts, summaries and logs, and opened for submit only.
   */
  secret?: Secret;
  /** Fluent key of the warning when a secret message could not be deleted (default `form-delete-failed`). */
  deleteFailed?: string;
  /** A message this matches is deleted and refused even at a step that is not secret. */
  deleteIf?: (text: string) => boolean;
  optional?: Optional;
}

export interface ChoiceOptions<P, Optional extends OptionalFlag<P>, W> extends StepOptions<W> {
  /**
   * A Fluent key (given `count`, `page`, `pages`; "Page x of y" is added when there are several)
   * or a function of the view, which then says everything itself.
   */
  prompt: string | ((ctx: BotContext, view: ChoiceView<P>) => Prompt | Promise<Prompt>);
  /**
   * The choices, computed when the step is asked (and again on a page change), from the answers
   * so far and, for a search, the text typed. May return a problem to tell the user instead.
   */
  choices: (ctx: BotContext, input: { values: P; query?: string }) => ChoiceResult | Promise<ChoiceResult>;
  /** Typed text is a search: validated with `schema` (and answered with `invalid`), then passed as `query`. */
  search?: { schema: z.ZodType<string>; invalid?: string; notText?: string };
  /** A single choice is taken without asking. */
  auto?: boolean;
  /** Default 8. */
  perPage?: number;
  /** Buttons per row, default 1. */
  columns?: number;
  /** Text typed while the buttons are shown answers the closest earlier step that takes text. */
  textGoesBack?: boolean;
  optional?: Optional;
}

export interface PhotoOptions<P, Optional extends OptionalFlag<P>, W> extends StepOptions<W> {
  /** A Fluent key, or a function of the answers so far (HTML, optionally with buttons). */
  prompt: string | ((ctx: BotContext, values: P) => Prompt | Promise<Prompt>);
  /** Fluent key for a message that is not a photo or an image file; default `form-not-photo`. */
  notPhoto?: string;
  /**
   * What the photo becomes: e.g. `photo.download()` uploaded to the backend, its URL kept. Return
   * `{ problem }` (HTML) to refuse it: the step waits for another photo. Default: the `file_id`.
   */
  accept?: (ctx: BotContext, photo: FormPhoto) => Promise<PhotoAnswer>;
  optional?: Optional;
}

type Maybe<T, Optional, W> = Optional extends false
  ? [W] extends [undefined]
    ? T
    : T | undefined
  : T | undefined;
type With<V, N extends string, T> = V & { [K in N]: T };

/** Initial answers for `start`: raw, as a user would type them (text) or the choice's value. */
export type InitialAnswers<V> = { [K in keyof V]?: string };

/** A defined form: what a module installs and starts. */
export interface Form<V> {
  readonly id: string;
  readonly module: string;
  /** The form's message and button handling; add it to the module's features. */
  readonly feature: Composer<BotContext>;
  /**
   * Opens the form in this private chat (replacing any form open there) and asks its first step
   * without an answer. `initial` answers are taken as given (a choice's value, a text as typed),
   * so steps they answer are not asked; with `fixed` they are not offered by Back or Edit either
   * (what the form is about: the item an edit form changes). With `replace`, a press's message is
   * replaced by the first
   * screen instead of a new message being sent. Outside a private chat it only says so.
   */
  start(
    ctx: BotContext,
    initial?: InitialAnswers<V>,
    options?: { replace?: boolean; fixed?: boolean },
  ): Promise<void>;
  /** Ends this form if it is the one open in the chat (e.g. a button outside it did the job). */
  end(ctx: BotContext): Promise<boolean>;
}

// biome-ignore lint/suspicious/noExplicitAny: the erased form behind the typed builder
type AnySubmit = (ctx: BotContext, values: any) => Promise<SubmitOutcome<any>>;

/**
 * Builds a form one step at a time. `V` is what submit receives; `P` what later steps see while
 * the form is open (the same minus secrets, which stay sealed until submit).
 */
export class FormBuilder<V extends object, P extends object> {
  constructor(
    private readonly options: FormOptions,
    private readonly steps: readonly Step[],
    private readonly confirmation?: FormSpec["confirm"],
  ) {}

  private with(step: Step) {
    if (!/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(step.name)) {
      throw new Error(`form ${this.options.id}: step name "${step.name}" must be an identifier`);
    }
    if (this.steps.some((s) => s.name === step.name)) {
      throw new Error(`form ${this.options.id}: two steps named "${step.name}"`);
    }
    return [...this.steps, step];
  }

  text<
    N extends string,
    S extends z.ZodType,
    const Secret extends boolean = false,
    const Optional extends OptionalFlag<P> = false,
    W extends ((values: P) => boolean) | undefined = undefined,
  >(name: N, options: TextOptions<P, S, Secret, Optional, W>) {
    type T = Maybe<z.output<S>, Optional, W>;
    const step = { kind: "text", name, ...options } as TextStep;
    return new FormBuilder<With<V, N, T>, Secret extends true ? P : With<P, N, T>>(
      this.options,
      this.with(step),
      this.confirmation,
    );
  }

  choice<
    N extends string,
    const Optional extends OptionalFlag<P> = false,
    W extends ((values: P) => boolean) | undefined = undefined,
  >(name: N, options: ChoiceOptions<P, Optional, W>) {
    type T = Maybe<string, Optional, W>;
    const step = { kind: "choice", name, ...options } as ChoiceStep;
    return new FormBuilder<With<V, N, T>, With<P, N, T>>(this.options, this.with(step), this.confirmation);
  }

  /**
   * A photo: the user sends one (or an image file). Kept as its `file_id`, or as what `accept`
   * makes of it (an upload's URL); the summary shows it as "photo received".
   */
  photo<
    N extends string,
    const Optional extends OptionalFlag<P> = false,
    W extends ((values: P) => boolean) | undefined = undefined,
  >(name: N, options: PhotoOptions<P, Optional, W>) {
    type T = Maybe<string, Optional, W>;
    const step = { kind: "photo", name, ...options } as PhotoStep;
    return new FormBuilder<With<V, N, T>, With<P, N, T>>(this.options, this.with(step), this.confirmation);
  }

  /**
   * Ends with a confirmation: a summary of the answers (secrets hidden, the rest cut short and
   * escaped; or `summary`'s HTML) with Confirm, Edit and Cancel.
   */
  confirm(options: { summary?: (ctx: BotContext, values: P) => string | Promise<string> } = {}) {
    return new FormBuilder<V, P>(this.options, this.steps, options as FormSpec["confirm"]);
  }

  /**
   * The handler of the complete form, with every answer typed (secrets opened). Return nothing
   * to end the form, or `{ retry: step }` to keep it open at that step (say why first). When the
   * last answer was a button press, `ctx` is that press: the handler may edit its message, or
   * answer it with a toast (it is answered for you otherwise).
   */
  submit(handler: (ctx: BotContext, values: V) => Promise<SubmitOutcome<V>>): Form<V> {
    const { options, steps } = this;
    if (!FORM_ID.test(options.id)) throw new Error(`form id "${options.id}" must be 1-12 of a-z0-9_-`);
    if (steps.length === 0) throw new Error(`form ${options.id}: no steps`);
    const spec: FormSpec = {
      id: options.id,
      module: options.module,
      codec: formCodec(options.prefix),
      steps,
      timeoutMs: options.timeoutMs ?? 15 * 60_000,
      expired: options.expired ?? "form-expired",
      now: options.now ?? Date.now,
      ...(this.confirmation ? { confirm: this.confirmation } : {}),
      submit: handler as AnySubmit,
    };
    return {
      id: spec.id,
      module: spec.module,
      feature: formFeature(spec),
      start: (ctx, initial, startOptions) =>
        startForm(spec, ctx, initial ?? {}, {
          replace: startOptions?.replace === true,
          fixed: startOptions?.fixed === true,
        }),
      async end(ctx) {
        const session = await privateSession(ctx);
        const form = session && storedForm(session);
        if (!session || form?.module !== spec.module || form.form !== spec.id) return false;
        delete session.form;
        return true;
      },
    };
  }
}

async function startForm(
  spec: FormSpec,
  ctx: BotContext,
  initial: Record<string, unknown>,
  { replace, fixed }: { replace: boolean; fixed: boolean },
) {
  const session = await privateSession(ctx);
  if (!session) {
    await ctx.reply(ctx.t("form-private-only"), { parse_mode: "HTML" });
    return;
  }
  const now = spec.now();
  const state = {
    module: spec.module,
    form: spec.id,
    run: randomBytes(6).toString("base64url").slice(0, 6),
    step: spec.steps[0]!.name,
    seq: 0,
    values: {} as Record<string, string | null>,
    sealed: {} as Record<string, string>,
    labels: {} as Record<string, string>,
    ...(fixed ? { auto: Object.keys(initial) } : {}),
    startedAt: now,
    expiresAt: now + spec.timeoutMs,
  };
  for (const [name, value] of Object.entries(initial)) {
    const step = spec.steps.find((s) => s.name === name);
    if (!step) throw new Error(`form ${spec.id}: no step "${name}" to start with`);
    if (typeof value !== "string") continue;
    if (step.kind === "text" && step.secret) state.sealed[name] = ctx.services.secrets.seal(value);
    else state.values[name] = value;
  }
  session.form = state;
  ctx.log.info({ form: spec.id }, "form: started");
  const mode = replace && ctx.callbackQuery?.message ? "edit" : "reply";
  await advance({ ctx, spec, session, state, mode, notes: [] });
}

/** Starts declaring a form; add steps with `.text` / `.choice` / `.photo`, then `.submit`. */
export function defineForm(options: FormOptions): FormBuilder<Record<never, never>, Record<never, never>> {
  return new FormBuilder(options, []);
}
