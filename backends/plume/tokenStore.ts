/**
 * Issued access tokens: opaque random strings mapped to who may use them and until when.
 * Opaque on purpose: a client must treat the token as a string and learn its lifetime from
 * `expires_in`, never by decoding it.
 */
import { randomBytes } from "node:crypto";

export interface Grant {
  clientId: string;
  partnerId: string;
  scope: string;
  issuedAt: number;
  expiresAt: number;
}

export type TokenCheck =
  | { ok: true; grant: Grant }
  | { ok: false; reason: "unknown" | "expired" | "revoked" };

export class TokenStore {
  private readonly tokens = new Map<string, Grant>();

  constructor(
    private readonly now: () => number,
    readonly lifetimeSec: number,
    private readonly isClientRevoked: (clientId: string) => boolean,
  ) {}

  issue(clientId: string, partnerId: string, scope: string): { accessToken: string; grant: Grant } {
    const issuedAt = this.now();
    const grant: Grant = {
      clientId,
      partnerId,
      scope,
      issuedAt,
      expiresAt: issuedAt + this.lifetimeSec * 1000,
    };
    const accessToken = randomBytes(32).toString("base64url");
    this.tokens.set(accessToken, grant);
    this.dropExpired();
    return { accessToken, grant };
  }

  check(accessToken: string): TokenCheck {
    const grant = this.tokens.get(accessToken);
    if (!grant) return { ok: false, reason: "unknown" };
    if (this.now() >= grant.expiresAt) return { ok: false, reason: "expired" };
    if (this.isClientRevoked(grant.clientId)) return { ok: false, reason: "revoked" };
    return { ok: true, grant };
  }

  /** Every token issued so far stops working at once (the "token revocation" fault). */
  revokeAll(): void {
    this.tokens.clear();
  }

  get size(): number {
    return this.tokens.size;
  }

  /** Keeps a long-running playground from growing without bound; expired tokens answer "unknown" after a day. */
  private dropExpired(): void {
    const horizon = this.now() - 24 * 3_600_000;
    for (const [token, grant] of this.tokens) if (grant.expiresAt < horizon) this.tokens.delete(token);
  }
}
