/**
 * A message sent while a form waits: the answer to a text or photo step, a search at a choice
 * step, or text that goes back to an earlier step. A secret step deletes the message before
 * reading it, whatever it holds, and seals the answer before it is stored.
 */
import { advance, applies, dropAnswers, offer, publicValues, stepIndex } from "./formFlow.js";
import { deleteIncoming, invalidText, parseAnswer } from "./formInput.js";
import { PhotoTooLargeError, photoOf } from "./formPhoto.js";
import { show, type Turn } from "./formScreens.js";
import type { ChoiceStep, PhotoAnswer, PhotoStep, TextStep } from "./formTypes.js";

export async function onMessage(turn: Turn): Promise<void> {
  const { ctx, spec, state } = turn;
  const index = stepIndex(turn, state.step);
  const step = spec.steps[index];
  if (!step) return show(turn, ctx.t("form-use-buttons"));
  if (step.kind === "text") return answerText(turn, index, step);
  if (step.kind === "photo") return answerPhoto(turn, index, step);
  if (step.search) return search(turn, index, step);
  if (step.textGoesBack && ctx.message?.text !== undefined) {
    const values = await publicValues(turn);
    for (let i = index - 1; i >= 0; i--) {
      const earlier = spec.steps[i]!;
      if (
        !applies(earlier, values) ||
        earlier.kind === "photo" ||
        (earlier.kind === "choice" && !earlier.search)
      )
        continue;
      dropAnswers(turn, i);
      state.step = earlier.name;
      delete state.page;
      return earlier.kind === "text" ? answerText(turn, i, earlier) : search(turn, i, earlier);
    }
  }
  return show(turn, ctx.t("form-use-buttons"));
}

async function answerText(turn: Turn, index: number, step: TextStep): Promise<void> {
  const { ctx, state } = turn;
  const text = ctx.message?.text;
  const refused = !step.secret && text !== undefined && step.deleteIf?.(text) === true;
  if ((step.secret || refused) && !(await deleteIncoming(ctx))) {
    turn.notes.push(ctx.t(step.deleteFailed ?? "form-delete-failed"));
  }
  if (text === undefined) return show(turn, ctx.t(step.notText ?? "form-not-text"));
  if (refused) {
    // Something that must not stay in the chat (a credential at the wrong step): never an answer.
    ctx.log.info({ form: turn.spec.id, step: step.name }, "form: answer deleted and refused");
    return show(turn, ctx.t(typeof step.invalid === "string" ? step.invalid : "form-refused"));
  }
  const parsed = await parseAnswer(ctx, step.schema, text);
  if (!parsed.ok) {
    ctx.log.info({ form: turn.spec.id, step: step.name, issue: parsed.issue.code }, "form: answer refused");
    return show(turn, invalidText(ctx, step.invalid, parsed.issue, text));
  }
  if (step.secret) {
    state.sealed[step.name] = ctx.services.secrets.seal(text);
    delete state.values[step.name];
  } else {
    state.values[step.name] = text;
    delete state.sealed[step.name];
  }
  delete state.labels[step.name];
  dropAnswers(turn, index + 1, { choicesOnly: true });
  ctx.log.debug({ form: turn.spec.id, step: step.name }, "form: answered");
  return advance(turn);
}

/** A photo (or an image file) at a photo step: kept as its file_id, or as what `accept` made of it. */
async function answerPhoto(turn: Turn, index: number, step: PhotoStep): Promise<void> {
  const { ctx, state } = turn;
  const photo = photoOf(ctx);
  if (!photo) return show(turn, ctx.t(step.notPhoto ?? "form-not-photo"));
  let answer: PhotoAnswer;
  try {
    answer = step.accept ? await step.accept(ctx, photo) : { value: photo.fileId };
  } catch (error) {
    if (!(error instanceof PhotoTooLargeError)) throw error;
    return show(turn, ctx.t("form-photo-too-large", { megabytes: Math.floor(error.maxBytes / 1024 / 1024) }));
  }
  if ("problem" in answer) {
    ctx.log.info({ form: turn.spec.id, step: step.name }, "form: photo refused");
    return show(turn, answer.problem);
  }
  state.values[step.name] = answer.value;
  state.labels[step.name] = answer.label ?? ctx.t("form-photo-received");
  dropAnswers(turn, index + 1, { choicesOnly: true });
  ctx.log.debug({ form: turn.spec.id, step: step.name }, "form: answered");
  return advance(turn);
}

/** Text at a choice step that searches: validated, then the choices matching it. */
async function search(turn: Turn, index: number, step: ChoiceStep): Promise<void> {
  const { ctx } = turn;
  const rules = step.search!;
  const text = ctx.message?.text;
  if (text === undefined) return show(turn, ctx.t(rules.notText ?? rules.invalid ?? "form-not-text"));
  const parsed = await parseAnswer(ctx, rules.schema, text);
  if (!parsed.ok) return show(turn, invalidText(ctx, rules.invalid, parsed.issue, text));
  const query = String(parsed.value);
  const values = await publicValues(turn);
  return offer(turn, index, await step.choices(ctx, { values, query }), query, 0, values);
}
