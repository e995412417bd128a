/**
 * The backend's refusals in the user's words: a 404 is "this item no longer exists", a 403 "not
 * allowed", a 422 one sentence per field it named (the field by its label, the reason in the
 * user's language). Anything else is the kernel's error boundary's to tell.
 */
import type { BotContext } from "../../../../kernel/context.js";
import { BackendError } from "../../../../platform/http/backendError.js";
import { type FieldProblem, fieldProblems } from "../domain/backendProblems.js";
import { backendField, type TypeSpec } from "../types/typeSpec.js";
import { backendLabel } from "../views/fieldValues.js";
import { tell } from "./present.js";

/** A refusal the screens tell themselves. */
export type Refusal = "gone" | "forbidden" | "invalid";

export function refusalOf(error: unknown): Refusal | undefined {
  if (!(error instanceof BackendError)) return undefined;
  if (error.kind === "not_found") return "gone";
  if (error.kind === "forbidden") return "forbidden";
  if (error.status === 422) return "invalid";
  return undefined;
}

/** The fields a 422 named, with the type's labels (fields the type does not know by their name). */
export function refusedFields(
  ctx: BotContext,
  type: TypeSpec,
  error: unknown,
): Array<FieldProblem & { label: string }> {
  const detail = error instanceof BackendError ? error.detail : undefined;
  return fieldProblems(detail).map((problem) => {
    const field = backendField(type, problem.field);
    return { ...problem, label: field ? backendLabel(ctx, field) : problem.field };
  });
}

/** HTML: what the backend refused, one line per field. */
export function refusalText(ctx: BotContext, type: TypeSpec, error: unknown): string {
  const refusal = refusalOf(error);
  if (refusal !== "invalid") return ctx.t(refusal === "gone" ? "crm-content-gone" : "crm-content-forbidden");
  const lines = refusedFields(ctx, type, error).map(
    (p) => `• ${ctx.t(`crm-content-refused-${p.reason}`, { field: p.label })}`,
  );
  return [ctx.t("crm-content-refused"), ...lines].join("\n");
}

/**
 * Runs a read; a 404 or a 403 is told (an alert on a press) and gives undefined. Other errors
 * go on to the error boundary.
 */
export async function orTell<T>(ctx: BotContext, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal !== "gone" && refusal !== "forbidden") throw error;
    await tell(ctx, ctx.t(refusal === "gone" ? "crm-content-gone" : "crm-content-forbidden"));
    return undefined;
  }
}
