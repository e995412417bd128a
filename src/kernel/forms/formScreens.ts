/**
 * What a form shows: a step's prompt with its buttons, a page of choices, the confirmation
 * summary and the Edit menu. A screen answering a press on the form's latest message replaces that
 * message; any other is sent as a new one.
 */
import { GrammyError } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { BotContext, SessionData } from "../context.js";
import { cut, escapeHtml } from "../html.js";
import { type ButtonMaker, buttonMaker, rows } from "./formButtons.js";
import { echo } from "./formInput.js";
import { type ActiveForm, CONFIRM, EDIT } from "./formState.js";
import type { ChoiceStep, FormSpec, PhotoStep, Prompt, Step, TextStep } from "./formTypes.js";

/** One update's work on a form. */
export interface Turn {
  ctx: BotContext;
  spec: FormSpec;
  session: SessionData;
  state: ActiveForm;
  /** `edit`: the update is a press on the form's latest message, which the next screen replaces. */
  mode: "reply" | "edit";
  /** Paragraphs added under the next text sent (e.g. "I could not delete your message"). */
  notes: string[];
}

// biome-ignore lint/suspicious/noExplicitAny: the answers so far, typed by the builder
export type Answers = Record<string, any>;

const HTML = { parse_mode: "HTML" } as const;
/** Telegram shows long button texts cut anyway; a bounded label also keeps the session small. */
const LABEL_LIMIT = 64;

const isNotModified = (error: unknown) =>
  error instanceof GrammyError && /message is not modified/i.test(error.description);

/** Sends (or, for a press, puts in place of the pressed message) `text` with the pending notes. */
export async function show(turn: Turn, text: string, keyboard: InlineKeyboardButton[][] = []) {
  const body = [text, ...turn.notes].join("\n\n");
  turn.notes.length = 0;
  const extra = keyboard.length > 0 ? { ...HTML, reply_markup: { inline_keyboard: keyboard } } : HTML;
  if (turn.mode === "edit") {
    // Once replaced, the message is not the place for a second screen of the same update.
    turn.mode = "reply";
    try {
      await turn.ctx.editMessageText(body, extra);
      return;
    } catch (error) {
      if (isNotModified(error)) return;
      turn.ctx.log.debug({ reason: (error as Error).message.slice(0, 120) }, "form: edit failed, sending");
    }
  }
  await turn.ctx.reply(body, extra);
}

const asPrompt = (prompt: Prompt) => (typeof prompt === "string" ? { text: prompt, buttons: [] } : prompt);

/** Whether the step may be skipped, given the answers so far. */
export const isOptional = (step: Step, values: Answers): boolean =>
  typeof step.optional === "function" ? step.optional(values) : step.optional === true;

/** The Skip and Back buttons of a step. */
function navigation(ctx: BotContext, step: Step, values: Answers, make: ButtonMaker, back: boolean) {
  const row: InlineKeyboardButton[] = [];
  if (isOptional(step, values)) row.push(make(ctx.t("form-skip"), "skip"));
  if (back) row.push(make(ctx.t("form-back"), "back"));
  return row.length > 0 ? [row] : [];
}

/** A step answered by a message: text, or a photo. */
export async function textScreen(turn: Turn, step: TextStep | PhotoStep, values: Answers, back: boolean) {
  const { ctx } = turn;
  const prompt = asPrompt(
    typeof step.prompt === "string" ? ctx.t(step.prompt) : await step.prompt(ctx, values),
  );
  const make = buttonMaker(ctx, turn.spec.codec, turn.state);
  await show(turn, prompt.text, [...(prompt.buttons ?? []), ...navigation(ctx, step, values, make, back)]);
}

/** The page in `state.page` of a choice step. */
export async function choiceScreen(turn: Turn, step: ChoiceStep, values: Answers, back: boolean) {
  const { ctx, state } = turn;
  const page = state.page;
  if (!page) throw new Error(`form ${turn.spec.id}: no choices to show for ${step.name}`);
  const numbers = { count: page.count, page: page.page + 1, pages: page.pages };
  let prompt: Prompt;
  if (typeof step.prompt === "string") {
    prompt = ctx.t(step.prompt, numbers);
    if (page.pages > 1) prompt += `\n${ctx.t("form-page", numbers)}`;
  } else {
    const view = { values, count: page.count, page: page.page, pages: page.pages, data: page.data ?? {} };
    prompt = await step.prompt(ctx, page.query === undefined ? view : { ...view, query: page.query });
  }
  const { text, buttons } = asPrompt(prompt);
  const make = buttonMaker(ctx, turn.spec.codec, state);
  const choices = page.choices.map((c, i) => make(cut(c.label, LABEL_LIMIT) || "·", "pick", i));
  const paging: InlineKeyboardButton[] = [];
  if (page.page > 0) paging.push(make("◀", "page", page.page - 1));
  if (page.page < page.pages - 1) paging.push(make("▶", "page", page.page + 1));
  await show(turn, text, [
    ...(buttons ?? []),
    ...rows(choices, step.columns ?? 1),
    ...(paging.length > 0 ? [paging] : []),
    ...navigation(ctx, step, values, make, back),
  ]);
}

/** A step's name for people: its label key, else its name (label texts are plain words). */
const labelOf = (ctx: BotContext, step: Step) => (step.label ? ctx.t(step.label) : step.name);
const labelHtml = (ctx: BotContext, step: Step) => (step.label ? ctx.t(step.label) : escapeHtml(step.name));

/** An answer as the summary shows it: never a secret, never more than a short line. */
function shownAnswer(turn: Turn, step: Step): string {
  const { ctx, state } = turn;
  if (state.values[step.name] === null) return ctx.t("form-skipped");
  if (step.name in state.sealed) return ctx.t("form-secret-hidden");
  return echo(state.labels[step.name] ?? state.values[step.name] ?? "");
}

/** The summary with Confirm / Edit / Cancel; `answered` are the steps to list, in order. */
export async function confirmScreen(turn: Turn, answered: readonly Step[], values: Answers) {
  const { ctx, spec, state } = turn;
  state.step = CONFIRM;
  delete state.page;
  const text = spec.confirm?.summary
    ? await spec.confirm.summary(ctx, values)
    : [
        ctx.t("form-confirm-title"),
        ...answered.map((s) => `<b>${labelHtml(ctx, s)}</b>: ${shownAnswer(turn, s)}`),
      ].join("\n");
  const make = buttonMaker(ctx, spec.codec, state);
  await show(turn, text, [
    [make(ctx.t("form-confirm"), "ok"), make(ctx.t("form-edit"), "edit")],
    [make(ctx.t("form-cancel"), "cancel")],
  ]);
}

/** Which answer to change: one button per step (by index), and Back to the summary. */
export async function editScreen(turn: Turn, editable: ReadonlyArray<[number, Step]>) {
  const { ctx, spec, state } = turn;
  state.step = EDIT;
  const make = buttonMaker(ctx, spec.codec, state);
  await show(turn, ctx.t("form-edit-title"), [
    ...editable.map(([index, step]) => [make(cut(labelOf(ctx, step), LABEL_LIMIT), "field", index)]),
    [make(ctx.t("form-back"), "back")],
  ]);
}
