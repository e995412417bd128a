/**
 * `ctx.role(module)` and `ctx.can(module, action)`: the user's role in a module is resolved at
 * most once per update, by that module instance's `roleOf` (crm asks its backend session, not
 * Telegram), and read synchronously afterwards so views can hide what a role lacks.
 */
import type { MiddlewareFn } from "grammy";
import type { ModuleRbac } from "../platform/rbac/rbac.js";
import type { BotContext } from "./context.js";
import type { ModuleInstance } from "./defineModule.js";

export interface RoleSource {
  rbac: ModuleRbac;
  roleOf?: ModuleInstance["roleOf"];
}

export function rolesMiddleware(sources: ReadonlyMap<string, RoleSource>): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const settled = new Map<string, string | undefined>();
    const pending = new Map<string, Promise<string | undefined>>();
    ctx.role = (module) => {
      let role = pending.get(module);
      if (!role) {
        const roleOf = sources.get(module)?.roleOf;
        role = Promise.resolve(roleOf ? roleOf(ctx) : undefined).then((resolved) => {
          settled.set(module, resolved);
          return resolved;
        });
        pending.set(module, role);
      }
      return role;
    };
    ctx.can = (module, action) => {
      const source = sources.get(module);
      return source !== undefined && settled.has(module) && source.rbac.allows(settled.get(module), action);
    };
    return next();
  };
}
