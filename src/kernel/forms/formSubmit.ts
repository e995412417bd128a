/**
 * The end of a form: the optional confirmation (summary, Confirm / Edit / Cancel), then the
 * submit handler with the typed answers. Secrets are opened here and nowhere else.
 */
import { applies, ask, dropAnswers, hasAnswer, publicValues, stepIndex } from "./formFlow.js";
import { invalidText, parseAnswer } from "./formInput.js";
import { type Answers, confirmScreen, editScreen, show, type Turn } from "./formScreens.js";
import { CONFIRM, storedForm } from "./formState.js";
import type { Step, TextStep } from "./formTypes.js";

/** Steps that apply and were answered, in order, with their index. */
function answered(turn: Turn, values: Answers): Array<[number, Step]> {
  return [...turn.spec.steps.entries()].filter(([, s]) => applies(s, values) && hasAnswer(turn, s.name));
}

export function showConfirm(turn: Turn, values: Answers): Promise<void> {
  return confirmScreen(
    turn,
    answered(turn, values).map(([, s]) => s),
    values,
  );
}

/** Edit: the answers the user typed or chose (not those taken automatically). */
export async function showEdit(turn: Turn): Promise<void> {
  const values = await publicValues(turn);
  const editable = answered(turn, values).filter(([, s]) => !turn.state.auto?.includes(s.name));
  return editScreen(turn, editable);
}

/** Asks step `index` again from the Edit menu; Back returns to the summary. */
export async function editAnswer(turn: Turn, index: number): Promise<boolean> {
  if (!turn.spec.steps[index]) return false;
  // Before `ask`, which draws Back from it; a step answered at once (a single choice) clears it.
  turn.state.editing = true;
  await ask(turn, index);
  return true;
}

export async function cancelByButton(turn: Turn): Promise<void> {
  delete turn.session.form;
  turn.ctx.log.info({ form: turn.spec.id }, "form: cancelled");
  await show(turn, turn.ctx.t("form-cancelled"));
}

/** A sealed answer in clear, or undefined when it cannot be opened (e.g. its key was retired). */
function unseal(turn: Turn, step: TextStep): string | undefined {
  const sealed = turn.state.sealed[step.name];
  if (sealed === undefined) return undefined;
  try {
    return turn.ctx.services.secrets.open(sealed);
  } catch {
    turn.ctx.log.warn({ form: turn.spec.id, step: step.name }, "form: a sealed answer could not be opened");
    return undefined;
  }
}

/**
 * Parses every answer again (the stored form may predate a deploy), opens the secrets and calls
 * the submit handler; then ends the form, or keeps it open at the step the handler names.
 */
export async function finish(turn: Turn): Promise<void> {
  const { ctx, spec, state, session } = turn;
  const values = await publicValues(turn);
  const typed: Answers = {};
  for (const [index, step] of spec.steps.entries()) {
    const raw = state.values[step.name];
    if (!applies(step, values) || raw === null) {
      typed[step.name] = undefined;
      continue;
    }
    if (step.kind !== "text") {
      if (raw === undefined) return ask(turn, index);
      typed[step.name] = raw;
      continue;
    }
    const text = step.secret ? unseal(turn, step) : raw;
    if (text === undefined) {
      dropAnswers(turn, index);
      return ask(turn, index);
    }
    const parsed = await parseAnswer(ctx, step.schema, text);
    if (!parsed.ok) {
      dropAnswers(turn, index);
      turn.notes.push(invalidText(ctx, step.invalid, parsed.issue, text));
      return ask(turn, index);
    }
    typed[step.name] = parsed.value;
  }
  // Confirmed: the summary's buttons go, so it reads as done.
  if (turn.mode === "edit" && state.step === CONFIRM) {
    turn.mode = "reply";
    await ctx.editMessageReplyMarkup().catch(() => undefined);
  }
  ctx.log.info({ form: spec.id }, "form: submitted");
  const outcome = await spec.submit(ctx, typed);
  // The handler may have ended this form or started another one itself.
  if (storedForm(session) !== state) return;
  if (outcome?.retry === undefined) {
    delete session.form;
    return;
  }
  const index = stepIndex(turn, outcome.retry);
  if (index < 0) throw new Error(`form ${spec.id}: submit asked to retry unknown step "${outcome.retry}"`);
  dropAnswers(turn, index, { only: outcome.only === true });
  delete state.editing;
  if (outcome.prompt) return ask(turn, index);
  // Retrying the choice just pressed: its page stays on screen, and its buttons keep working.
  if (state.step !== outcome.retry) delete state.page;
  state.step = outcome.retry;
}
