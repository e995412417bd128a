/**
 * What a 422 from the Tabys backend says (FastAPI's `{"detail": [{loc, msg, type}, …]}`), as the
 * body fields it refused and why, in a small set of reasons the bot has sentences for. The
 * English `msg` is never shown: the reason is told in the user's language. Pure.
 */

/** Why a field was refused; `other` for a code the bot has no sentence for. */
export type RefusalReason =
  | "missing"
  | "short"
  | "long"
  | "date"
  | "order"
  | "number"
  | "small"
  | "large"
  | "choice"
  | "url"
  | "other";

const REASONS: Record<string, RefusalReason> = {
  missing: "missing",
  string_too_short: "short",
  string_too_long: "long",
  date_format: "date",
  date_order: "order",
  int_parsing: "number",
  greater_than_equal: "small",
  less_than_equal: "large",
  enum: "choice",
  url: "url",
};

export interface FieldProblem {
  /** The body field (`start_date`, `title_ru`). */
  field: string;
  reason: RefusalReason;
}

/** The body fields a 422's `detail` names, in its order, once each; none when it is not that shape. */
export function fieldProblems(detail: unknown): FieldProblem[] {
  if (!Array.isArray(detail)) return [];
  const problems: FieldProblem[] = [];
  for (const entry of detail) {
    const { loc, type } = (entry ?? {}) as { loc?: unknown; type?: unknown };
    if (!Array.isArray(loc) || loc[0] !== "body" || typeof loc[1] !== "string") continue;
    if (problems.some((p) => p.field === loc[1])) continue;
    problems.push({ field: loc[1], reason: (typeof type === "string" && REASONS[type]) || "other" });
  }
  return problems;
}
