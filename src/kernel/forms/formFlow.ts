/**
 * How a form moves: the next step is always the first one that applies and has no answer yet;
 * Back returns to the previous step that was asked (dropping the answers from there on); an
 * answer drops the later choice answers, because choices are computed from earlier answers.
 */
import { cut } from "../html.js";
import { parseAnswer } from "./formInput.js";
import { type Answers, choiceScreen, isOptional, show, type Turn, textScreen } from "./formScreens.js";
import { CONFIRM, EDIT } from "./formState.js";
import { finish, showConfirm } from "./formSubmit.js";
import type { Choice, ChoiceList, ChoiceResult, ChoiceStep, Step } from "./formTypes.js";

const PER_PAGE = 8;
/** Pages a button can name (its argument is two base-36 digits). */
const MAX_PAGES = 36 * 36;

export const stepIndex = (turn: Turn, name: string) => turn.spec.steps.findIndex((s) => s.name === name);

export const applies = (step: Step, values: Answers) => !step.when || step.when(values);

export const hasAnswer = (turn: Turn, name: string) => name in turn.state.values || name in turn.state.sealed;

/**
 * The answers so far as the steps' schemas output them, secrets left out (they are opened only
 * for submit). What prompts, choice functions and `when` see.
 */
export async function publicValues(turn: Turn): Promise<Answers> {
  const out: Answers = {};
  for (const step of turn.spec.steps) {
    const raw = turn.state.values[step.name];
    if (raw === undefined || raw === null) continue;
    if (step.kind !== "text") out[step.name] = raw;
    else {
      const parsed = await parseAnswer(turn.ctx, step.schema, raw);
      if (parsed.ok) out[step.name] = parsed.value;
    }
  }
  return out;
}

/**
 * Drops the answers of the steps from `from` on, or of `from` alone with `only` (only choice
 * answers with `choicesOnly`).
 */
export function dropAnswers(turn: Turn, from: number, { choicesOnly = false, only = false } = {}) {
  const { state } = turn;
  for (const step of turn.spec.steps.slice(from, only ? from + 1 : undefined)) {
    if (choicesOnly && step.kind !== "choice") continue;
    delete state.values[step.name];
    delete state.sealed[step.name];
    delete state.labels[step.name];
    if (state.auto?.includes(step.name)) state.auto = state.auto.filter((n) => n !== step.name);
  }
}

/** The step Back leads to from `from`: the closest earlier one that applies and was asked. */
function previousStep(turn: Turn, from: number, values: Answers): number | undefined {
  for (let i = from - 1; i >= 0; i--) {
    const step = turn.spec.steps[i]!;
    if (applies(step, values) && !turn.state.auto?.includes(step.name)) return i;
  }
  return undefined;
}

const hasBack = (turn: Turn, index: number, values: Answers) =>
  turn.state.editing === true || previousStep(turn, index, values) !== undefined;

/** Shows step `index` (a choice step computes its choices first). */
export async function ask(turn: Turn, index: number): Promise<void> {
  const { ctx, state } = turn;
  const step = turn.spec.steps[index]!;
  state.step = step.name;
  delete state.page;
  const values = await publicValues(turn);
  if (step.kind !== "choice") return textScreen(turn, step, values, hasBack(turn, index, values));
  return offer(turn, index, await step.choices(ctx, { values }), undefined, 0, values);
}

/**
 * Whether step `step` waits for an answer: it has none, or it was skipped while it could be and
 * an answer changed since makes it needed.
 */
const unanswered = (turn: Turn, step: Step, values: Answers) =>
  !hasAnswer(turn, step.name) || (turn.state.values[step.name] === null && !isOptional(step, values));

/** Asks the first step that applies and waits for an answer; with none left, confirms or submits. */
export async function advance(turn: Turn): Promise<void> {
  delete turn.state.editing;
  const values = await publicValues(turn);
  const next = turn.spec.steps.findIndex((s) => applies(s, values) && unanswered(turn, s, values));
  if (next >= 0) return ask(turn, next);
  if (turn.spec.confirm) return showConfirm(turn, values);
  return finish(turn);
}

const asList = (result: Exclude<ChoiceResult, { problem: string }>): ChoiceList =>
  "choices" in result ? result : { choices: result as readonly Choice[] };

/** Records a choice as step `step`'s answer. */
export function take(turn: Turn, step: ChoiceStep, choice: Choice, automatic = false) {
  const { state } = turn;
  state.values[step.name] = choice.value;
  delete state.sealed[step.name];
  state.labels[step.name] = choice.label;
  if (automatic) state.auto = [...(state.auto ?? []).filter((n) => n !== step.name), step.name];
}

/**
 * Shows the choices `result` holds at `page`, or acts on what it says: a problem (after a search:
 * said, and the step stays open; else the form goes back a step), a single choice to take at once.
 */
export async function offer(
  turn: Turn,
  index: number,
  result: ChoiceResult,
  query: string | undefined,
  page: number,
  values: Answers,
): Promise<void> {
  const { ctx, state } = turn;
  const step = turn.spec.steps[index] as ChoiceStep;
  state.step = step.name;
  if ("problem" in result)
    return query === undefined ? fallBack(turn, index, result.problem) : show(turn, result.problem);
  const list = asList(result);
  if (step.auto && list.choices.length === 1 && page === 0) {
    take(turn, step, list.choices[0]!, query === undefined);
    dropAnswers(turn, index + 1, { choicesOnly: true });
    return advance(turn);
  }
  if (list.choices.length === 0) {
    if (query !== undefined) return show(turn, ctx.t("form-no-results"));
    if (!step.search) return fallBack(turn, index, ctx.t("form-no-choices"));
  }
  const perPage = step.perPage ?? PER_PAGE;
  const pages = Math.min(MAX_PAGES, Math.max(1, Math.ceil(list.choices.length / perPage)));
  const shown = Math.min(Math.max(0, page), pages - 1);
  state.page = {
    page: shown,
    pages,
    count: list.choices.length,
    choices: list.choices
      .slice(shown * perPage, (shown + 1) * perPage)
      .map((c) => ({ value: c.value, label: cut(c.label) })),
    ...(query === undefined ? {} : { query }),
    ...(list.data ? { data: list.data } : {}),
  };
  return choiceScreen(turn, step, values, hasBack(turn, index, values));
}

/** Nothing to choose at step `index`: say why, and wait at the step before (or end the form). */
async function fallBack(turn: Turn, index: number, problem: string): Promise<void> {
  const values = await publicValues(turn);
  const previous = previousStep(turn, index, values);
  if (previous === undefined) {
    turn.ctx.log.info({ form: turn.spec.id, step: turn.state.step }, "form: nothing to choose, form ended");
    delete turn.session.form;
    return show(turn, problem);
  }
  dropAnswers(turn, previous);
  const step = turn.spec.steps[previous]!;
  turn.state.step = step.name;
  delete turn.state.page;
  await show(turn, problem);
  // A step that takes text waits for it; a plain choice step must show its buttons again.
  if (step.kind === "choice" && !step.search) await ask(turn, previous);
}

/** A press on a choice. */
export async function pick(turn: Turn, index: number, position: number): Promise<boolean> {
  const step = turn.spec.steps[index];
  const choice = turn.state.page?.choices[position];
  if (step?.kind !== "choice" || !choice) return false;
  take(turn, step, choice);
  dropAnswers(turn, index + 1, { choicesOnly: true });
  await advance(turn);
  return true;
}

/** A press on ◀ / ▶: the choices are computed again (they may have changed) and that page shown. */
export async function turnPage(turn: Turn, index: number, page: number): Promise<boolean> {
  const step = turn.spec.steps[index];
  if (step?.kind !== "choice" || !turn.state.page) return false;
  const query = turn.state.page.query;
  const values = await publicValues(turn);
  const input = query === undefined ? { values } : { values, query };
  await offer(turn, index, await step.choices(turn.ctx, input), query, page, values);
  return true;
}

export async function goBack(turn: Turn): Promise<void> {
  const { state, spec } = turn;
  if (state.editing || state.step === EDIT) {
    delete state.editing;
    return showConfirm(turn, await publicValues(turn));
  }
  const from = state.step === CONFIRM ? spec.steps.length : stepIndex(turn, state.step);
  const previous = previousStep(turn, from, await publicValues(turn));
  if (previous === undefined) return ask(turn, Math.max(0, from));
  dropAnswers(turn, previous);
  return ask(turn, previous);
}

export async function skip(turn: Turn, index: number): Promise<boolean> {
  const step = turn.spec.steps[index];
  if (!step || !isOptional(step, await publicValues(turn))) return false;
  const { state } = turn;
  delete state.sealed[step.name];
  delete state.labels[step.name];
  state.values[step.name] = null;
  dropAnswers(turn, index + 1, { choicesOnly: true });
  await advance(turn);
  return true;
}
