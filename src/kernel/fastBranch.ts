/**
 * grammY's `Composer.branch` (behind `filter`, and so behind every `command`, `on`, `chatType`,
 * `callbackQuery`…) goes through `lazy`, which builds a new Composer for every update at every
 * filter it meets: a quarter of the bytes a netmon /status allocated. The branches are fixed
 * when registered, so they are resolved once here, with the same behaviour: the predicate is
 * awaited per update, and a Composer branch still runs whatever was registered on it later.
 * Installed once per process by the kernel, before any bot is built; written by hand because
 * grammY offers no option for it.
 */
import { Composer, type Middleware, type MiddlewareFn } from "grammy";

type Branch = Middleware<never> | Array<Middleware<never>>;

function resolved(branch: Branch): MiddlewareFn<never> {
  if (typeof branch === "function") return branch;
  const composer = Array.isArray(branch) ? new Composer(...branch) : branch;
  return (ctx, next) => composer.middleware()(ctx, next);
}

let installed = false;

export function installFastBranch(): void {
  if (installed) return;
  installed = true;
  Composer.prototype.branch = function branch(predicate, trueMiddleware, falseMiddleware) {
    const onTrue = resolved(trueMiddleware as Branch);
    const onFalse = resolved(falseMiddleware as Branch);
    return this.use(async (ctx, next) => {
      const chosen = (await predicate(ctx)) ? onTrue : onFalse;
      return chosen(ctx as never, next);
    });
  };
}
