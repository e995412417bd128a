/**
 * Typed answers: validated with the step's zod schema, refused in the user's language, and never
 * echoed whole. zod's own messages come in the user's language through zod's locales (passed per
 * parse, so nothing global is configured).
 */
import { z } from "zod";
import type { BotContext } from "../context.js";
import { cut, ECHO_LIMIT, escapeHtml } from "../html.js";
import type { Language } from "../i18n.js";
import type { Invalid } from "./formTypes.js";

const ZOD_LOCALES: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  ru: z.locales.ru,
  ro: z.locales.ro,
  // zod ships no Kazakh messages; Russian is the one most Kazakh speakers also read.
  kk: z.locales.ru,
};
const errorMaps = new Map<Language, z.core.$ZodErrorMap>();

function errorMap(language: Language): z.core.$ZodErrorMap {
  let map = errorMaps.get(language);
  if (!map) {
    map = (ZOD_LOCALES[language] ?? z.locales.en)().localeError;
    errorMaps.set(language, map);
  }
  return map;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; issue: z.core.$ZodIssue };

/** Parses `text` with `schema`; zod's messages in the user's language. */
export async function parseAnswer(ctx: BotContext, schema: z.ZodType, text: string): Promise<Parsed> {
  const result = await schema.safeParseAsync(text, { error: errorMap(ctx.language) });
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0] ?? { code: "custom", message: "", path: [], input: undefined };
  return { ok: false, issue: issue as z.core.$ZodIssue };
}

/** User text to show inside HTML: cut, then escaped. */
export function echo(text: string, limit = ECHO_LIMIT): string {
  return escapeHtml(cut(text, limit));
}

/**
 * The answer to invalid input: the step's key (or the key its function picks for the issue), or
 * zod's problem in a generic sentence. The text typed is removed from zod's message (a custom
 * message could quote it), so a refused secret is never repeated.
 */
export function invalidText(
  ctx: BotContext,
  invalid: Invalid | undefined,
  issue: z.core.$ZodIssue,
  typed: string,
): string {
  if (typeof invalid === "function") {
    const answer = invalid(issue);
    return typeof answer === "string" ? ctx.t(answer) : ctx.t(answer.key, answer.args);
  }
  if (invalid) return ctx.t(invalid);
  const problem = typed.length >= 3 ? issue.message.split(typed).join("…") : issue.message;
  // `t` escapes variables: the problem goes in as plain text.
  return ctx.t("form-invalid", { problem: cut(problem, 200) });
}

/** Deletes the message being handled; false when Telegram refused (too old, no right…). */
export async function deleteIncoming(ctx: BotContext): Promise<boolean> {
  try {
    await ctx.deleteMessage();
    return true;
  } catch (error) {
    ctx.log.warn({ reason: (error as Error).message.slice(0, 120) }, "form: could not delete a message");
    return false;
  }
}
