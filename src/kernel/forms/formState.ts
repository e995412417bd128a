/**
 * The form in progress, kept in the chat's session under `session.form` (so in storage: a restart
 * resumes it at the same step, and the heap holds nothing between updates). One field for every
 * module: a chat fills in one form at a time, and the kernel routes the chat's ordinary messages
 * to the module named in it. Private chats only.
 *
 * The session is always read as `await ctx.session`: that works whether the kernel loads it
 * eagerly or lazily, and nothing here keeps it past the update.
 */
import type { BotContext, SessionData } from "../context.js";
import type { Choice, ChoiceData } from "./formTypes.js";

/** Step names the engine uses for its own screens. */
export const CONFIRM = "@confirm";
export const EDIT = "@edit";

/** The choice page on screen, so a press means what the user saw (and survives a restart). */
export type ChoicePage = {
  page: number;
  pages: number;
  count: number;
  /** This page's choices only: the session stays small however long the list. */
  choices: Choice[];
  query?: string;
  data?: ChoiceData;
};

/**
 * `session.form`. A type alias (not an interface) so it fits the session's JSON record type.
 * Text answers are kept as typed (and parsed again when used, so a schema change in a deploy
 * cannot slip an invalid value into submit); secret ones only sealed, in `sealed`.
 */
export type ActiveForm = {
  module: string;
  form: string;
  /** Random per start: buttons of an earlier run of the same form are refused. */
  run: string;
  /** The step waiting for an answer, or CONFIRM / EDIT. */
  step: string;
  /** Counts screens: only the latest screen's buttons are accepted. */
  seq: number;
  /** Answers by step name; `null` = skipped. */
  values: Record<string, string | null>;
  /** Secret answers, sealed with the secret box. */
  sealed: Record<string, string>;
  /** Labels of the choices taken, for the summary. */
  labels: Record<string, string>;
  /** Steps answered automatically (a single choice): Back passes over them. */
  auto?: string[];
  page?: ChoicePage;
  /** Set while an answer is changed from the confirmation: Back returns there. */
  editing?: boolean;
  startedAt: number;
  expiresAt: number;
};

/** The chat's session when it is a private chat (the only place forms live), else undefined. */
export async function privateSession(ctx: BotContext): Promise<SessionData | undefined> {
  if (ctx.chat?.type !== "private") return undefined;
  return await ctx.session;
}

/** The form stored in `session` (active or expired). */
export function storedForm(session: SessionData): ActiveForm | undefined {
  return session.form as ActiveForm | undefined;
}

export function isExpired(form: ActiveForm, now: number): boolean {
  return now > form.expiresAt;
}
