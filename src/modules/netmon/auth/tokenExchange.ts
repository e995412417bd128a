/**
 * The OAuth 2.0 client credentials grant (RFC 6749 §4.4) against Plume's SSO:
 *
 *     POST <PLUME_SSO_URL>
 *     Authorization: Basic base64(client_id:client_secret)      ← the header the user pasted
 *     Content-Type: application/x-www-form-urlencoded
 *     grant_type=client_credentials&scope=partnerId:<id> role:partnerIdAdmin
 *
 * Failures are sorted by what the user can do about them. The backend client does not hand us
 * error bodies (they may hold anything), so the status decides, as RFC 6749 §5.2 lays out:
 * 401 is `invalid_client` (the header is wrong or revoked), 400/403 means the client was known but
 * the request was refused, which for this fixed request is the partner scope (`invalid_scope`).
 */
import type { BackendClient } from "../../../platform/http/backendClient.js";
import { BackendError } from "../../../platform/http/backendError.js";
import { tokenResponseSchema } from "../domain/schemas.js";

export const PARTNER_ROLE = "partnerIdAdmin";

/** Why an exchange failed, in the user's terms. */
export type ExchangeFailure =
  /** The SSO does not accept the client id/secret (wrong header, or the client was revoked). */
  | "invalid_client"
  /** The client is fine but may not act for this partner (or the scope was refused). */
  | "invalid_scope"
  /** No answer: network, timeout, 5xx, wrong URL. */
  | "unreachable"
  /** The SSO asked us to slow down. */
  | "rate_limited"
  /** It answered 2xx with something that is not a token. */
  | "bad_response";

export class TokenExchangeError extends Error {
  override readonly name = "TokenExchangeError";
  constructor(
    readonly reason: ExchangeFailure,
    readonly retryAfterMs?: number,
  ) {
    // Never the credentials or the answer: only the reason.
    super(`token exchange failed: ${reason}`);
  }

  /** Only these mean the stored credentials themselves are refused: the user must run /setup. */
  get credentialsRefused(): boolean {
    return this.reason === "invalid_client" || this.reason === "invalid_scope";
  }
}

export interface IssuedToken {
  accessToken: string;
  /** Seconds, from `expires_in` (3600 when the SSO leaves it out). */
  expiresInSec: number;
}

/** Splits the token endpoint URL into a base for the HTTP client and the path to POST to. */
export function splitTokenUrl(tokenUrl: string): { baseUrl: string; path: string } {
  const url = new URL(tokenUrl);
  const cut = url.pathname.lastIndexOf("/");
  return { baseUrl: `${url.origin}${url.pathname.slice(0, cut + 1)}`, path: url.pathname.slice(cut + 1) };
}

function failureOf(error: BackendError): TokenExchangeError {
  switch (error.kind) {
    case "unauthorized":
      return new TokenExchangeError("invalid_client");
    case "bad_request":
    case "forbidden":
      return new TokenExchangeError("invalid_scope");
    case "rate_limited":
      return new TokenExchangeError("rate_limited", error.retryAfterMs);
    case "bad_response":
      return new TokenExchangeError("bad_response");
    default:
      return new TokenExchangeError("unreachable");
  }
}

/** One exchange; throws `TokenExchangeError`. `sso` is a client whose base is the token URL's folder. */
export async function exchangeClientCredentials(
  sso: BackendClient,
  tokenPath: string,
  credentials: { authorization: string; partnerId: string },
): Promise<IssuedToken> {
  try {
    const answer = await sso.request({
      method: "POST",
      path: tokenPath,
      headers: { authorization: credentials.authorization },
      form: {
        grant_type: "client_credentials",
        scope: `partnerId:${credentials.partnerId} role:${PARTNER_ROLE}`,
      },
      schema: tokenResponseSchema,
      cache: false,
    });
    return { accessToken: answer.access_token, expiresInSec: answer.expires_in ?? 3600 };
  } catch (error) {
    if (error instanceof BackendError) throw failureOf(error);
    throw error;
  }
}
