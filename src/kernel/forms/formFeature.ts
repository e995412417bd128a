/**
 * The middleware a module installs for a form: the chat's messages while the form waits, and its
 * buttons. Everything else passes on, so it can sit among the module's other features; it also
 * checks the form is its own, so it works whether or not the kernel routes by `session.form`.
 */
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { commandFor } from "../updateKind.js";
import { onMessage } from "./formAnswers.js";
import { goBack, pick, skip, stepIndex, turnPage } from "./formFlow.js";
import { deleteIncoming } from "./formInput.js";
import type { Turn } from "./formScreens.js";
import { type ActiveForm, isExpired, privateSession, storedForm } from "./formState.js";
import { cancelByButton, editAnswer, finish, showEdit } from "./formSubmit.js";
import type { FormSpec } from "./formTypes.js";

const HTML = { parse_mode: "HTML" } as const;

const owns = (spec: FormSpec, form: ActiveForm | undefined): form is ActiveForm =>
  form !== undefined && form.module === spec.module && form.form === spec.id;

/** A message after the time-out: the form is forgotten, and the user told (a secret deleted). */
async function expire(ctx: BotContext, spec: FormSpec, form: ActiveForm) {
  const step = spec.steps.find((s) => s.name === form.step);
  const text = ctx.message?.text;
  const sensitive =
    step?.kind === "text" && (step.secret === true || (text !== undefined && step.deleteIf?.(text) === true));
  const deleted = sensitive ? await deleteIncoming(ctx) : false;
  ctx.log.info({ form: spec.id, step: form.step }, "form: expired");
  let reply = ctx.t(spec.expired, { deleted: deleted ? "yes" : "no" });
  if (sensitive && !deleted) reply += `\n\n${ctx.t(step.deleteFailed ?? "form-delete-failed")}`;
  await ctx.reply(reply, HTML);
}

/** Runs the action of a press on the latest screen; false when it does not fit that screen. */
async function press(turn: Turn, act: string, arg: number): Promise<boolean> {
  const index = stepIndex(turn, turn.state.step);
  switch (act) {
    case "pick":
      return pick(turn, index, arg);
    case "page":
      return turnPage(turn, index, arg);
    case "skip":
      return skip(turn, index);
    case "back":
      await goBack(turn);
      return true;
    case "ok":
      await finish(turn);
      return true;
    case "edit":
      await showEdit(turn);
      return true;
    case "field":
      return editAnswer(turn, arg);
    case "cancel":
      await cancelByButton(turn);
      return true;
    default:
      return false;
  }
}

export function formFeature(spec: FormSpec): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").on("message", async (ctx, next) => {
    // Commands are the kernel's business (`formsCommands`): they end the form, never answer it.
    if (commandFor(ctx) !== undefined) return next();
    const session = await privateSession(ctx);
    const form = session && storedForm(session);
    if (!session || !owns(spec, form)) return next();
    if (isExpired(form, spec.now())) {
      delete session.form;
      return expire(ctx, spec, form);
    }
    form.expiresAt = spec.now() + spec.timeoutMs;
    await onMessage({ ctx, spec, session, state: form, mode: "reply", notes: [] });
  });

  feature.on("callback_query:data", async (ctx, next) => {
    const data = ctx.callbackQuery.data;
    if (!spec.codec.matches(data)) return next();
    const unpacked = spec.codec.unpack(data, ctx.botIdentity.callbackKey);
    if (!unpacked.ok) {
      ctx.log.warn({ callback: spec.codec.id, reason: unpacked.reason }, "callback data rejected");
      const key = unpacked.reason === "stale" ? "callback-stale" : "callback-invalid";
      await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true });
      return;
    }
    const button = unpacked.value;
    // Another form of the same module (they share the codec).
    if (button.form !== spec.id) return next();

    // Handlers may answer the press themselves (a toast); it is answered once, at the end otherwise.
    let answered = false;
    const answer = ctx.answerCallbackQuery.bind(ctx);
    ctx.answerCallbackQuery = ((...args: Parameters<typeof answer>) => {
      answered = true;
      return answer(...args);
    }) as typeof ctx.answerCallbackQuery;
    try {
      const session = await privateSession(ctx);
      const form = session && storedForm(session);
      if (!session || !owns(spec, form) || form.run !== button.run || isExpired(form, spec.now())) {
        if (session && owns(spec, form) && form.run === button.run) delete session.form;
        await ctx.answerCallbackQuery({ text: ctx.t("form-closed"), show_alert: true });
        return;
      }
      const turn: Turn = { ctx, spec, session, state: form, mode: "edit", notes: [] };
      form.expiresAt = spec.now() + spec.timeoutMs;
      if (button.seq !== form.seq || !(await press(turn, button.act, button.arg))) {
        await ctx.answerCallbackQuery({ text: ctx.t("form-button-old"), show_alert: true });
      }
    } finally {
      if (!answered) await answer().catch(() => undefined);
    }
  });

  return feature;
}
