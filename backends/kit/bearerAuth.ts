/**
 * Static bearer secrets (RFC 6750), the way the ERP and API V2 contracts protect their routes:
 * `Authorization: Bearer <key>`, 401 otherwise. Issued tokens (OAuth, JWT) are the backend's own
 * business; it can still use `bearerTokenOf` and `secretsEqual` from here.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), or null. */
export function bearerTokenOf(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}

const digest = (value: string): Buffer => createHash("sha256").update(value, "utf8").digest();

/**
 * Compares two secrets in constant time. Both are hashed first: `timingSafeEqual` needs equal
 * lengths, and comparing digests also hides the expected secret's length.
 */
export function secretsEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export type BearerRefusal = "missing" | "invalid";

export interface BearerAuthOptions {
  /** The accepted secret; several while a key is being rotated. */
  secrets: string | readonly string[];
  /** Named in the `WWW-Authenticate` challenge. */
  realm?: string;
  /** The 401 body, in the backend's own error shape. Default `{ error: "unauthorized", message }`. */
  body?: (refusal: BearerRefusal) => unknown;
}

const defaultBody = (refusal: BearerRefusal) => ({
  error: "unauthorized",
  message: refusal === "missing" ? "A bearer token is required." : "The bearer token is not valid.",
});

/** A Fastify `preHandler` that answers 401 JSON unless the request carries one of the secrets. */
export function bearerAuth(options: BearerAuthOptions) {
  const secrets = typeof options.secrets === "string" ? [options.secrets] : [...options.secrets];
  if (secrets.length === 0 || secrets.some((s) => s.length === 0)) {
    throw new Error("bearerAuth needs at least one non-empty secret");
  }
  const expected = secrets.map(digest);
  const realm = options.realm ?? "api";
  const body = options.body ?? defaultBody;

  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const token = bearerTokenOf(request.headers.authorization);
    if (token === null) {
      reply.header("WWW-Authenticate", `Bearer realm="${realm}"`);
      return reply.code(401).send(body("missing"));
    }
    const given = digest(token);
    // Every secret is compared, so the time taken does not say which one (if any) matched.
    let ok = false;
    for (const secret of expected) ok = timingSafeEqual(given, secret) || ok;
    if (!ok) {
      reply.header("WWW-Authenticate", `Bearer realm="${realm}", error="invalid_token"`);
      return reply.code(401).send(body("invalid"));
    }
    return undefined;
  };
}
