/**
 * The web app's sign-ins: a random session cookie (`HttpOnly`, `SameSite=Lax`), stored only as
 * its SHA-256, valid 8 hours by the backend's clock, with an anti-CSRF token that every form
 * carries back. Cookies are read and written by hand: two headers do not need a plugin.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { secretsEqual } from "../kit/bearerAuth.js";
import type { ErpDatabase } from "./db/schema.js";

export const SESSION_COOKIE = "roa2web_session";
const SESSION_TTL_MS = 8 * 3_600_000;

export interface WebSession {
  userId: number;
  csrfToken: string;
}

const sha256Hex = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

/** The named cookie of a `Cookie` header, or undefined. */
export function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/** The `Set-Cookie` value that stores the session (or, with null, forgets it). */
export function sessionCookie(token: string | null): string {
  const base = `${SESSION_COOKIE}=${token ?? ""}; Path=/; HttpOnly; SameSite=Lax`;
  return token === null ? `${base}; Max-Age=0` : `${base}; Max-Age=${SESSION_TTL_MS / 1000}`;
}

export class WebSessions {
  constructor(
    private readonly db: Kysely<ErpDatabase>,
    private readonly now: () => number,
  ) {}

  /** Starts a session; returns its cookie value (shown to nobody but the browser). */
  async start(userId: number): Promise<string> {
    const token = randomBytes(32).toString("base64url");
    const now = this.now();
    await this.db
      .insertInto("web_sessions")
      .values({
        token_hash: sha256Hex(token),
        user_id: userId,
        csrf_token: randomBytes(24).toString("base64url"),
        created_at: now,
        expires_at: now + SESSION_TTL_MS,
      })
      .execute();
    return token;
  }

  async resolve(token: string | undefined): Promise<WebSession | undefined> {
    if (!token) return undefined;
    const row = await this.db
      .selectFrom("web_sessions")
      .select(["user_id", "csrf_token"])
      .where("token_hash", "=", sha256Hex(token))
      .where("expires_at", ">", this.now())
      .executeTakeFirst();
    return row && { userId: row.user_id, csrfToken: row.csrf_token };
  }

  async end(token: string): Promise<void> {
    await this.db.deleteFrom("web_sessions").where("token_hash", "=", sha256Hex(token)).execute();
  }
}

/** Whether a form's anti-CSRF token is the session's (constant time). */
export const csrfMatches = (session: WebSession, given: unknown): boolean =>
  typeof given === "string" && secretsEqual(given, session.csrfToken);
