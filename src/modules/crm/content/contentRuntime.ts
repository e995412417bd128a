/**
 * What every content screen shares in one crm instance: the core's deps, the backend calls, the
 * photo shelf, and the two rules every handler follows: act only behind the RBAC guard, and audit
 * every write. Built once by `contentFeatures`; per-user state lives in storage, never here.
 */
import type { BotContext } from "../../../kernel/context.js";
import { action, type CrmModule, type Operation } from "../domain/rbac.js";
import { CRM } from "../runtime.js";
import { type ContentApi, contentApi } from "./contentApi.js";
import type { ContentDeps } from "./deps.js";
import { type PhotoShelf, photoShelf } from "./features/photos.js";

export interface Content {
  deps: ContentDeps;
  api: ContentApi;
  photos: PhotoShelf;
  /**
   * Runs `run` when the user's role may do `operation` on `module`; otherwise the RBAC guard
   * answers the user and audits the refusal (a forged or stale button meets the same check).
   */
  guarded(ctx: BotContext, module: CrmModule, operation: Operation, run: () => Promise<void>): Promise<void>;
  /** Records a write: `events:create` on `events:42`, ok or failed (with what the backend said). */
  audit(
    ctx: BotContext,
    module: CrmModule,
    operation: Operation,
    id: number | undefined,
    result: "ok" | "failed",
    details?: Record<string, unknown>,
  ): Promise<void>;
}

export function createContent(deps: ContentDeps): Content {
  const api = contentApi(deps);
  return {
    deps,
    api,
    photos: photoShelf(deps, api),
    async guarded(ctx, module, operation, run) {
      await deps.rbac.guard<BotContext>(action(module, operation))(ctx, run);
    },
    async audit(ctx, module, operation, id, result, details) {
      await deps.audit.record({
        bot: deps.bot,
        module: CRM,
        actor: String(ctx.from?.id),
        action: action(module, operation),
        ...(id === undefined ? {} : { target: `${module}:${id}` }),
        ...(details ? { details } : {}),
        result,
      });
    },
  };
}
