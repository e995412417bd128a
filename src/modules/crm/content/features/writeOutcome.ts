/**
 * A form's write (POST or PATCH) and what follows: audited either way; on success the item is
 * shown with a notice; a 422 is told field by field and the form asks the first refused field
 * again (keeping the other answers); a 403 or a 404 is told and the form ends; a backend that did
 * not answer is told and the last step is asked again, so the answers are not lost.
 */
import type { BotContext } from "../../../../kernel/context.js";
import type { SubmitOutcome } from "../../../../kernel/forms/index.js";
import { BackendError } from "../../../../platform/http/backendError.js";
import type { Operation } from "../../domain/rbac.js";
import type { Content } from "../contentRuntime.js";
import type { ContentItem } from "../domain/listShape.js";
import type { TypeSpec } from "../types/typeSpec.js";
import { refusalOf, refusalText, refusedFields } from "./backendRefusals.js";
import { showItem } from "./browse.js";
import { HTML } from "./present.js";

export interface Write {
  operation: Extract<Operation, "create" | "update">;
  /** The item changed (update). */
  id?: number;
  /** The form steps that could be asked again, in order: a refused field among them is. */
  steps: readonly string[];
  /** The step to ask again when the backend did not answer. */
  lastStep: string;
  /** What the audit record says beside the result (never a value: it may be personal data). */
  details?: Record<string, unknown>;
  run(): Promise<ContentItem>;
  /** Fluent key of the notice shown above the item. */
  done: string;
}

// biome-ignore lint/suspicious/noExplicitAny: the form's answers, by field name
type Outcome = SubmitOutcome<any>;

export async function performWrite(
  content: Content,
  ctx: BotContext,
  type: TypeSpec,
  write: Write,
): Promise<Outcome> {
  let item: ContentItem;
  try {
    item = await write.run();
  } catch (error) {
    const refusal = refusalOf(error);
    const status = error instanceof BackendError ? error.status : undefined;
    await content.audit(ctx, type.module, write.operation, write.id, "failed", {
      ...write.details,
      ...(status === undefined ? {} : { status }),
      ...(refusal === "invalid" ? { fields: refusedFields(ctx, type, error).map((f) => f.field) } : {}),
    });
    if (refusal === "invalid") {
      await ctx.reply(refusalText(ctx, type, error), HTML);
      const again = refusedFields(ctx, type, error).find((f) => write.steps.includes(f.field));
      return again ? { retry: again.field, prompt: true, only: true } : undefined;
    }
    if (refusal) {
      await ctx.reply(refusalText(ctx, type, error), HTML);
      return undefined;
    }
    if (!(error instanceof BackendError)) throw error;
    ctx.log.warn({ kind: error.kind, status }, "crm content: write failed, answers kept");
    await ctx.reply(ctx.t("crm-content-write-failed"), HTML);
    return { retry: write.lastStep, prompt: true, only: true };
  }
  await content.audit(ctx, type.module, write.operation, item.id, "ok", write.details);
  await showItem(content, ctx, type, item, ctx.t(write.done));
  return undefined;
}
