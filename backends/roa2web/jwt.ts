/**
 * The access tokens the bot carries: HS256 JWTs (jose) with `sub` = the ERP user's id, `server_id`
 * = the server the session belongs to, `sid` = the link's token family (revoking the family ends
 * them at once), and `exp` after `jwtTtlSec`, read from the backend's clock so a test that moves
 * the clock sees them expire. The signing key is given, or generated on the first start and kept
 * in the database, so a restart keeps the tokens valid, as a real deployment's fixed key would.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import type { Kysely } from "kysely";
import type { ErpDatabase } from "./db/schema.js";
import { isServerId, type ServerId } from "./servers.js";

export interface AccessClaims {
  userId: number;
  serverId: ServerId;
  sessionId: string;
}

const ISSUER = "roa2web";
const KEY_SETTING = "jwt_signing_key";

/** The given secret's bytes, or the key stored in the database (made on the first start). */
export async function signingKey(db: Kysely<ErpDatabase>, secret?: string): Promise<Uint8Array> {
  if (secret) return new TextEncoder().encode(secret);
  const stored = await db
    .selectFrom("settings")
    .select("value")
    .where("name", "=", KEY_SETTING)
    .executeTakeFirst();
  if (stored) return new Uint8Array(Buffer.from(stored.value, "base64"));
  const key = randomBytes(32);
  await db
    .insertInto("settings")
    .values({ name: KEY_SETTING, value: key.toString("base64") })
    .execute();
  return new Uint8Array(key);
}

export class AccessTokens {
  constructor(
    private readonly key: Uint8Array,
    private readonly now: () => number,
    readonly ttlSec: number,
  ) {}

  async issue(claims: AccessClaims): Promise<string> {
    const iat = Math.floor(this.now() / 1000);
    return new SignJWT({ server_id: claims.serverId, sid: claims.sessionId })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setIssuer(ISSUER)
      .setSubject(String(claims.userId))
      .setJti(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.ttlSec)
      .sign(this.key);
  }

  /** The claims of a token this backend signed and that has not expired, or null. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ["HS256"],
        issuer: ISSUER,
        currentDate: new Date(this.now()),
        requiredClaims: ["sub", "exp", "server_id", "sid"],
      });
      const userId = Number(payload.sub);
      const serverId = payload.server_id;
      if (!Number.isSafeInteger(userId) || typeof serverId !== "string" || !isServerId(serverId)) return null;
      if (typeof payload.sid !== "string") return null;
      return { userId, serverId, sessionId: payload.sid };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}
