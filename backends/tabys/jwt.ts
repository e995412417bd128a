/**
 * The backend's access tokens: HS256 JWTs (jose) with `sub` = admin id, `role`, `sid` = the
 * session they belong to, and `exp` after the configured lifetime — all read from the backend's
 * clock, so a test that moves the clock sees them expire. The secret lives as long as the process
 * unless given: a restarted backend refuses old tokens, and the bot restores its session.
 */
import { randomBytes } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { isRole, type Role } from "./rbac.js";

export interface AccessClaims {
  adminId: number;
  role: Role;
  sid: string;
}

export class JwtIssuer {
  private readonly key: Uint8Array;

  constructor(
    private readonly now: () => number,
    readonly ttlSec: number,
    secret?: string,
  ) {
    this.key = secret ? new TextEncoder().encode(secret) : new Uint8Array(randomBytes(32));
  }

  async issue(claims: AccessClaims): Promise<string> {
    const iat = Math.floor(this.now() / 1000);
    return new SignJWT({ role: claims.role, sid: claims.sid })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(String(claims.adminId))
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.ttlSec)
      .sign(this.key);
  }

  /** The claims of a token this backend signed and that has not expired, or null. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ["HS256"],
        currentDate: new Date(this.now()),
        requiredClaims: ["sub", "exp", "sid", "role"],
      });
      const adminId = Number(payload.sub);
      if (!Number.isSafeInteger(adminId) || !isRole(payload.role) || typeof payload.sid !== "string")
        return null;
      return { adminId, role: payload.role, sid: payload.sid };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}
