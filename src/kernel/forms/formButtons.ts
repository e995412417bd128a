/**
 * A form's buttons. Their data is `<prefix>.f.…` made by the kernel's callback codec, so the
 * kernel hands a press to the module owning the form, the data is HMAC-tagged and fits 64 bytes,
 * and nothing about it lives in memory: it names the form, its run and the screen it was drawn
 * on, and the session says what that screen meant.
 */
import type { InlineKeyboardButton } from "grammy/types";
import { defineCallback, id, int, oneOf } from "../callbackData.js";
import { callbackButton } from "../callbacks.js";
import type { BotContext } from "../context.js";
import type { ActiveForm } from "./formState.js";

export const FORM_ACTIONS = ["pick", "page", "back", "skip", "ok", "edit", "field", "cancel"] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];

/** Screens counted modulo this (two base-36 digits). */
export const SEQ_LIMIT = 36 * 36;
const ARG_MAX = 36 * 36 - 1;

/** Form ids: short, because they travel in every button. */
export const FORM_ID = /^[a-z0-9_-]{1,12}$/;

/**
 * The codec of a module's form buttons: `<prefix>.f`. A module must not use `f` as one of its own
 * callback actions. Every form of the module shares it; the `form` field tells them apart.
 */
export function formCodec(prefix: string) {
  return defineCallback(`${prefix}.f`, 1, {
    form: id(12),
    run: id(6),
    seq: int(0, SEQ_LIMIT - 1),
    act: oneOf(FORM_ACTIONS),
    arg: int(0, ARG_MAX),
  });
}

export type FormCodec = ReturnType<typeof formCodec>;

/** Buttons of one screen: the screen number is taken once, when the maker is created. */
export function buttonMaker(ctx: BotContext, codec: FormCodec, state: ActiveForm) {
  state.seq = (state.seq + 1) % SEQ_LIMIT;
  const { form, run, seq } = state;
  return (text: string, act: FormAction, arg = 0): InlineKeyboardButton.CallbackButton =>
    callbackButton(ctx.botIdentity, text, codec, { form, run, seq, act, arg });
}

export type ButtonMaker = ReturnType<typeof buttonMaker>;

/** Rows of `columns` buttons. */
export function rows<T>(items: readonly T[], columns: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += columns) out.push(items.slice(i, i + columns));
  return out;
}
