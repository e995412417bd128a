import type { Context, MiddlewareFn } from "grammy";
import type { Logger } from "pino";
import type { AuditLog } from "../audit/auditLog.js";

/** A module's RBAC table: role → permissions, plus how to find a user's role. Deny by default. */
export interface RbacPolicy<C extends Context = Context> {
  roles: Record<string, readonly string[]>;
  /** The user's role in this module (undefined = no role, everything denied). */
  resolveRole(ctx: C): Promise<string | undefined> | string | undefined;
}

export interface Rbac {
  /**
   * Registers (or replaces) a module's table. The kernel calls it once per bot hosting the
   * module; all bots share one policy per module name, so the last registration wins.
   */
  register<C extends Context>(module: string, policy: RbacPolicy<C>): void;
  /** True only when `module` is registered, `role` is one of its roles and lists `permission`. */
  can(module: string, role: string | undefined, permission: string): boolean;
  /**
   * Middleware for commands and callback queries alike: passes when the user's role allows
   * `permission`, otherwise answers the user (callback alert or message) and audits the denial.
   * A forged or stale button runs into the same check as the command, so guard the callback
   * handler itself, not only the command that drew the keyboard.
   */
  guard<C extends Context>(module: string, permission: string): MiddlewareFn<C>;
}

export interface CreateRbacOptions {
  /** Where denials are recorded; omitted in tests that do not care. */
  audit?: Pick<AuditLog, "record">;
  /** Bot id for audit records when the context carries none (`ctx.botIdentity.id` wins). */
  botId?: string;
  /** Told when recording a denial fails; the user is answered either way. */
  logger?: Logger;
}

/** The message key every denial is answered with (kernel locales define it). */
export const RBAC_DENIED_KEY = "rbac-denied";
const DENIED_FALLBACK = "You do not have permission to do this.";

/** What the guard reads from a context beyond grammY's own: the i18n flavor and the kernel's bot id. */
interface GuardedContext {
  t?: (key: string) => string;
  botIdentity?: { id: string };
}

/** Makes the process's RBAC: one table per module, read by one guard. */
export function createRbac(options: CreateRbacOptions = {}): Rbac {
  // A Map, not an object: a module or role named "constructor" must not hit Object.prototype.
  const policies = new Map<string, { roles: Map<string, ReadonlySet<string>>; policy: RbacPolicy<never> }>();

  function can(module: string, role: string | undefined, permission: string): boolean {
    if (role === undefined) return false;
    return policies.get(module)?.roles.get(role)?.has(permission) ?? false;
  }

  async function deny(ctx: Context & GuardedContext, module: string, permission: string, role?: string) {
    const text = typeof ctx.t === "function" ? ctx.t(RBAC_DENIED_KEY) : DENIED_FALLBACK;
    const callback = ctx.callbackQuery;
    const command = ctx.message?.text?.startsWith("/") ? ctx.message.text.split(/\s/, 1)[0] : undefined;
    try {
      await options.audit?.record({
        bot: ctx.botIdentity?.id ?? options.botId ?? ctx.me?.username ?? "",
        module,
        actor: String(ctx.from?.id),
        action: permission,
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
      options.logger?.error({ err: error, module, permission }, "could not audit an RBAC denial");
    }
    if (callback) await ctx.answerCallbackQuery({ text, show_alert: true });
    else if (ctx.chat) await ctx.reply(text);
  }

  return {
    register(module, policy) {
      const roles = new Map(Object.entries(policy.roles).map(([role, perms]) => [role, new Set(perms)]));
      policies.set(module, { roles, policy: policy as RbacPolicy<never> });
    },
    can,
    guard<C extends Context>(module: string, permission: string): MiddlewareFn<C> {
      return async (ctx, next) => {
        const entry = policies.get(module);
        const role = entry ? await (entry.policy as unknown as RbacPolicy<C>).resolveRole(ctx) : undefined;
        if (can(module, role, permission)) return next();
        await deny(ctx as Context & GuardedContext, module, permission, role);
      };
    },
  };
}
