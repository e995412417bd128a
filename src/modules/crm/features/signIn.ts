/**
 * What guards crm's commands and buttons: a sign-in first (else "please /login"), then, where an
 * action is named, the RBAC guard of the role the sign-in holds (a forged or stale button is
 * refused and audited by the platform's guard), and the sliding session lifetime on activity.
 */
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../../../kernel/context.js";
import { commandFor } from "../../../kernel/updateKind.js";
import { type Crm, userIdOf } from "../runtime.js";
import type { CrmSession } from "../session/crmSession.js";
import { SignedOutError } from "../session/signedOutError.js";

/** The user's sign-in, or `SignedOutError` (the crm boundary tells them to /login). */
export async function requireSession(crm: Crm, ctx: BotContext): Promise<CrmSession> {
  const session = await crm.sessions.get(userIdOf(ctx));
  if (!session) throw new SignedOutError("signed_out");
  return session;
}

/** Middleware: signed in, and (when given) allowed `action` by the role. */
export function signedIn(crm: Crm, action?: string): MiddlewareFn<BotContext> {
  const guard = action === undefined ? undefined : crm.rbac.guard<BotContext>(action);
  return async (ctx, next) => {
    await requireSession(crm, ctx);
    if (guard) await guard(ctx, next);
    else await next();
  };
}

/** Commands that start or replace a sign-in: recording activity first would be pointless. */
const SIGN_IN_COMMANDS = new Set(["login", "start"]);

/**
 * Records activity of a signed-in user (restarting the session's lifetime, at most once a
 * minute) before any crm handler runs. A session the backend ended is said at once.
 */
export function activity(crm: Crm): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const command = commandFor(ctx);
    if (ctx.from && !(command && SIGN_IN_COMMANDS.has(command))) await crm.sessions.touch(ctx.from.id);
    await next();
  };
}
