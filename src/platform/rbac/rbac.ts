import type { Context, MiddlewareFn } from "grammy";

/** A module's RBAC table: role → permissions, plus how to find a user's role. Deny by default. */
export interface RbacPolicy<C extends Context = Context> {
  roles: Record<string, readonly string[]>;
  /** The user's role in this module (undefined = no role, everything denied). */
  resolveRole(ctx: C): Promise<string | undefined> | string | undefined;
}

export interface Rbac {
  register<C extends Context>(module: string, policy: RbacPolicy<C>): void;
  can(module: string, role: string | undefined, permission: string): boolean;
  /**
   * Middleware for commands and callback queries alike: passes when the user's role allows
   * `permission`, otherwise answers the user (callback alert or message) and audits the denial.
   */
  guard<C extends Context>(module: string, permission: string): MiddlewareFn<C>;
}
