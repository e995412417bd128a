/**
 * `POST /internal/save-code`: the ROA2WEB backend hands the bot a link code it just showed a user
 * (the contract: `Authorization: Bearer <ERP_INTERNAL_API_KEY>`, body `{code, user_id, email,
 * server_id, expires_at}`). The platform answers 429 past 60 calls a minute from one client, 401
 * for a wrong or missing key and 400 for a body that fails the schema; here: 400 for an expiry in
 * the past or more than 15 minutes ahead, 409 for a code already stored, 503 while Telegram access
 * is disabled, else 201 `{saved: true}`. The code is stored hashed and never logged.
 */
import { z } from "zod";
import { defineRoute } from "../../../server/moduleRoutes.js";
import { expiryProblem } from "../domain/codeRules.js";
import { CODE_ALPHABET, CODE_LENGTH } from "../domain/linkCode.js";
import type { Erp } from "../runtime.js";

export const saveCodeBody = z.object({
  code: z
    .string({ message: "is required" })
    .regex(
      new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`),
      "must be 8 characters of A-Z and 2-9, without O and I",
    ),
  user_id: z.number({ message: "must be a number" }).int("must be an integer").positive("must be positive"),
  email: z.email({ message: "must be an e-mail address" }),
  server_id: z.string({ message: "is required" }).trim().min(1, "must not be empty").max(64, "is too long"),
  // Python's `datetime.utcnow().isoformat()` has no offset: such a time is read as UTC.
  expires_at: z.iso.datetime({ offset: true, local: true, message: "must be an ISO 8601 date-time" }),
});

/** Epoch ms of an ISO 8601 date-time, UTC when it names no offset. */
export const instantOf = (text: string): number =>
  Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`);

export function saveCodeRoute(erp: Erp) {
  return defineRoute({
    method: "POST",
    path: "/internal/save-code",
    body: saveCodeBody,
    auth: { secret: erp.config.ERP_INTERNAL_API_KEY },
    rateLimit: { max: 60, windowMs: 60_000 },
    async handler({ body }) {
      if (!erp.config.MODULE_TELEGRAM_ENABLED) return { status: 503, body: { error: "telegram_disabled" } };
      const expiresAt = instantOf(body.expires_at);
      const problem = expiryProblem(expiresAt, erp.now());
      if (problem)
        return { status: 400, body: { error: "bad_request", field: "expires_at", message: problem } };
      const saved = await erp.codes.save({
        code: body.code,
        userId: body.user_id,
        email: body.email,
        serverId: body.server_id,
        expiresAt,
      });
      if (!saved) return { status: 409, body: { error: "code_exists" } };
      return { status: 201, body: { saved: true } };
    },
  });
}
