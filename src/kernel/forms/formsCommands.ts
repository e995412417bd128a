/**
 * The kernel's part of forms, installed once before the modules: /cancel for whichever module's
 * form is open, and the rule that any other command ends the open form. So a user who gives up on
 * /setup by sending /status gets their status, and nothing they type afterwards is taken for an
 * answer. Modules never declare /cancel themselves (two modules claiming it would clash).
 */
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import { commandFor } from "../updateKind.js";
import { isExpired, privateSession, storedForm } from "./formState.js";

export interface FormsCommandsOptions {
  /** The clock that judges time-outs (tests move it). */
  now?: () => number;
}

/**
 * Handles `/cancel` in private chats ("Cancelled." or "Nothing to cancel.", localized; an expired
 * form counts as nothing) and ends the open form on any other command, which then goes on to its
 * module. Group chats pass through untouched: forms live in private chats only.
 */
export function formsCommands(options: FormsCommandsOptions = {}): MiddlewareFn<BotContext> {
  const now = options.now ?? Date.now;
  return async (ctx, next) => {
    const command = ctx.message ? commandFor(ctx) : undefined;
    if (command === undefined) return next();
    const session = await privateSession(ctx);
    if (!session) return next();
    const form = storedForm(session);
    if (form) {
      delete session.form;
      ctx.log.info({ form: form.form, module: form.module, by: command }, "form: ended by a command");
    }
    if (command !== "cancel") return next();
    const open = form !== undefined && !isExpired(form, now());
    await ctx.reply(ctx.t(open ? "form-cancelled" : "form-nothing-to-cancel"), { parse_mode: "HTML" });
  };
}
