/**
 * zod's issues as the envelope's `{field, message}` list: the field as a dotted path
 * (`warnings.limit`, `group_id`, `page`; `body` for the body as a whole) and the problem in plain
 * words. Messages a schema spells itself ("must be HH:MM") win over the plain defaults here.
 */
import type { z } from "zod";
import type { FieldIssue } from "./commonSchemas.js";

export type InputPart = "body" | "query" | "path";

const EXPECTED: Record<string, string> = {
  int: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  null: "null",
};

const bound = (issue: { origin: string; inclusive?: boolean }, limit: unknown, side: "least" | "most") => {
  const word = issue.inclusive === false ? (side === "least" ? "more than" : "less than") : `at ${side}`;
  if (issue.origin === "string") return `must have ${word} ${limit} characters`;
  if (issue.origin === "array" || issue.origin === "set") return `must have ${word} ${limit} items`;
  return `must be ${word} ${limit}`;
};

/** A per-parse error map: used only where the schema gave no message of its own. */
const plainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "is required"
        : `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case "too_small":
      return bound(issue, issue.minimum, "least");
    case "too_big":
      return bound(issue, issue.maximum, "most");
    case "invalid_value":
      return `must be one of: ${issue.values.map(String).join(", ")}`;
    case "invalid_format":
      return issue.format === "datetime"
        ? "must be an ISO 8601 date-time"
        : `must be a valid ${issue.format}`;
    case "unrecognized_keys":
      return "is not a known field";
    default:
      return undefined;
  }
};

function issuesOf(error: z.ZodError, part: InputPart): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    const field = (key: string[]) => (key.length > 0 ? key.join(".") : part);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: field([...path, key]), message: issue.message }));
    }
    return [{ field: field(path), message: issue.message }];
  });
}

/** Parses `input` with `schema`: the data, or the issues naming each field at fault. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  part: InputPart,
): { data: z.output<Schema> } | { issues: FieldIssue[] } {
  const result = schema.safeParse(input, { error: plainWords });
  return result.success ? { data: result.data } : { issues: issuesOf(result.error, part) };
}
