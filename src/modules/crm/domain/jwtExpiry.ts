/**
 * When a Tabys JWT expires, from its `exp` claim. The bot cannot verify the token (HS256, the
 * backend's key), and need not: it only decides when to renew it. The backend still judges every
 * call, and a 401 renews the token whatever this said.
 */
import { decodeJwt } from "jose";

/** Epoch ms of the token's `exp`, or undefined when it has none or is not a JWT. */
export function jwtExpiresAt(token: string): number | undefined {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === "number" && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
