import type { Context, MiddlewareFn } from "grammy";
import type { Logger } from "pino";
import type { AuditLog } from "../audit/auditLog.js";

/**
 * One (bot, module)'s RBAC: its roles table, read by one guard. Built by the kernel for every
 * module instance, so two bots carrying the same module never share a policy. Deny by default.
 */
export interface ModuleRbac {
  readonly module: string;
  /** True only when `role` is one of the table's roles and lists `action`. */
  allows(role: string | undefined, action: string): boolean;
  /**
   * Middleware for commands and callback queries alike: passes when the user's role allows
   * `action`, otherwise answers the user (callback alert or message) and audits the denial.
   * A forged or stale button runs into the same check as the command, so guard the callback
   * handler itself, not only the command that drew the keyboard.
   */
  guard<C extends RbacContext>(action: string): MiddlewareFn<C>;
}

/**
 * What the guard reads from a context: the role the kernel resolved for a module in this update
 * (once per update, by the module instance's `roleOf`), the i18n `t` and the bot id.
 */
export interface RbacContext extends Context {
  role?(module: string): Promise<string | undefined>;
  t?: (key: string) => string;
  botIdentity?: { id: string };
}

export interface CreateModuleRbacOptions {
  bot: string;
  module: string;
  /** Role → actions. */
  roles: Readonly<Record<string, readonly string[]>>;
  /** Where denials are recorded; omitted in tests that do not care. */
  audit?: Pick<AuditLog, "record">;
  /** Told when recording a denial fails; the user is answered either way. */
  logger?: Logger;
}

/** The message key every denial is answered with (kernel locales define it). */
export const RBAC_DENIED_KEY = "rbac-denied";
const DENIED_FALLBACK = "You do not have permission to do this.";

/** Makes one module instance's RBAC. */
export function createModuleRbac(options: CreateModuleRbacOptions): ModuleRbac {
  const { bot, module } = options;
  // A Map, not an object: a role named "constructor" must not hit Object.prototype.
  const roles = new Map(Object.entries(options.roles).map(([role, actions]) => [role, new Set(actions)]));

  function allows(role: string | undefined, action: string): boolean {
    return role !== undefined && (roles.get(role)?.has(action) ?? false);
  }

  async function deny(ctx: RbacContext, action: string, role: string | undefined) {
    const text = typeof ctx.t === "function" ? ctx.t(RBAC_DENIED_KEY) : DENIED_FALLBACK;
    const callback = ctx.callbackQuery;
    const command = ctx.message?.text?.startsWith("/") ? ctx.message.text.split(/\s/, 1)[0] : undefined;
    try {
      await options.audit?.record({
        bot,
        module,
        actor: String(ctx.from?.id),
        action,
        result: "denied",
        details: {
          role: role ?? null,
          via: callback ? "callback_query" : "message",
          ...(callback?.data !== undefined ? { data: callback.data } : {}),
          // Only the command: its arguments may be a secret the user typed (`/link 123456`).
          ...(command ? { command } : {}),
        },
      });
    } catch (error) {
      options.logger?.error({ err: error, module, action }, "could not audit an RBAC denial");
    }
    if (callback) await ctx.answerCallbackQuery({ text, show_alert: true });
    else if (ctx.chat) await ctx.reply(text);
  }

  return {
    module,
    allows,
    guard<C extends RbacContext>(action: string): MiddlewareFn<C> {
      return async (ctx, next) => {
        const role = await ctx.role?.(module);
        if (allows(role, action)) return next();
        await deny(ctx, action, role);
      };
    },
  };
}
