/**
 * The SSO token endpoint: OAuth 2.0 client credentials grant (RFC 6749 §4.4) with HTTP Basic
 * client authentication (§2.3.1), Plume's partner scope, and RFC-shaped errors (§5.2).
 */
import formbody from "@fastify/formbody";
import type { FastifyInstance, FastifyReply } from "fastify";
import { secretsEqual } from "../kit/bearerAuth.js";
import { type DemoClient, PLUME_AUTH_SERVER_ID, PLUME_PARTNER_ROLE } from "./demoCredentials.js";
import type { PlumeFaults } from "./faults.js";
import type { TokenStore } from "./tokenStore.js";

type OAuthError = "invalid_request" | "invalid_client" | "unsupported_grant_type" | "invalid_scope";

export interface TokenEndpointDeps {
  clients: readonly DemoClient[];
  tokens: TokenStore;
  faults: PlumeFaults;
}

function sendOAuthError(reply: FastifyReply, error: OAuthError, description: string): FastifyReply {
  const status = error === "invalid_client" ? 401 : 400;
  // §5.2: a client that authenticated with the Authorization header gets a matching challenge.
  if (status === 401) reply.header("WWW-Authenticate", 'Basic realm="plume-sso"');
  return reply
    .code(status)
    .header("Cache-Control", "no-store")
    .header("Pragma", "no-cache")
    .send({ error, error_description: description });
}

/** §2.3.1: `Basic base64(urlencode(id) ":" urlencode(secret))`; `null` when it is not that. */
export function parseBasicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return null;
  try {
    const unform = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
    return { id: unform(decoded.slice(0, colon)), secret: unform(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

/** `partnerId:<id> role:partnerIdAdmin`, in any order, nothing else. */
function parseScope(scope: string): { partnerId: string } | { problem: string } {
  const parts = scope.trim().split(/ +/).filter(Boolean);
  const partners = parts.filter((p) => p.startsWith("partnerId:")).map((p) => p.slice("partnerId:".length));
  const roles = parts.filter((p) => p.startsWith("role:")).map((p) => p.slice("role:".length));
  const others = parts.filter((p) => !p.startsWith("partnerId:") && !p.startsWith("role:"));
  // §5.2 limits error_description to printable ASCII without quotes: never echo client input.
  if (others.length > 0) return { problem: "The scope holds an unknown value." };
  if (partners.length !== 1 || !partners[0]) return { problem: "The scope must name exactly one partnerId." };
  if (roles.length !== 1 || roles[0] !== PLUME_PARTNER_ROLE) {
    return { problem: `The scope must request role:${PLUME_PARTNER_ROLE}.` };
  }
  return { partnerId: partners[0] };
}

export function registerTokenEndpoint(app: FastifyInstance, deps: TokenEndpointDeps): void {
  app.register(async (scope) => {
    await scope.register(formbody);
    // Unsupported media types and unparsable bodies are the client's fault, said the OAuth way.
    scope.setErrorHandler((error, _request, reply) => {
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      if (status >= 400 && status < 500) {
        return sendOAuthError(reply, "invalid_request", "The request body could not be read.");
      }
      throw error;
    });

    scope.post<{ Params: { authServerId: string } }>(
      "/oauth2/:authServerId/v1/token",
      async (request, reply) => {
        if (request.params.authServerId !== PLUME_AUTH_SERVER_ID) {
          return reply
            .code(404)
            .send({ errorCode: "E0000007", errorSummary: "Not found: authorization server" });
        }

        const credentials = parseBasicCredentials(request.headers.authorization);
        if (!credentials) {
          return sendOAuthError(
            reply,
            "invalid_client",
            "Client authentication with HTTP Basic is required.",
          );
        }
        const client = deps.clients.find((c) => c.clientId === credentials.id);
        if (
          !client ||
          !secretsEqual(credentials.secret, client.clientSecret) ||
          deps.faults.isClientRevoked(client.clientId)
        ) {
          return sendOAuthError(reply, "invalid_client", "Client authentication failed.");
        }

        const contentType = request.headers["content-type"] ?? "";
        const body = request.body;
        if (
          !contentType.startsWith("application/x-www-form-urlencoded") ||
          !body ||
          typeof body !== "object"
        ) {
          return sendOAuthError(
            reply,
            "invalid_request",
            "The body must be application/x-www-form-urlencoded.",
          );
        }
        const form = body as Record<string, string | string[] | undefined>;
        // §3.2: parameters must not be repeated.
        const repeated = Object.entries(form).find(([, value]) => Array.isArray(value));
        if (repeated) return sendOAuthError(reply, "invalid_request", "A parameter is repeated.");
        const grantType = form.grant_type as string | undefined;
        if (!grantType) return sendOAuthError(reply, "invalid_request", "grant_type is required.");
        if (grantType !== "client_credentials") {
          return sendOAuthError(reply, "unsupported_grant_type", "Only client_credentials is supported.");
        }

        const scopeValue = form.scope as string | undefined;
        if (!scopeValue) return sendOAuthError(reply, "invalid_scope", "A partner scope is required.");
        const parsed = parseScope(scopeValue);
        if ("problem" in parsed) return sendOAuthError(reply, "invalid_scope", parsed.problem);
        if (!client.partnerIds.includes(parsed.partnerId)) {
          return sendOAuthError(reply, "invalid_scope", "The client may not act for this partner.");
        }

        const grantedScope = `partnerId:${parsed.partnerId} role:${PLUME_PARTNER_ROLE}`;
        const { accessToken } = deps.tokens.issue(client.clientId, parsed.partnerId, grantedScope);
        // §5.1: the answer carries a credential, so no cache may keep it.
        return reply.header("Cache-Control", "no-store").header("Pragma", "no-cache").send({
          token_type: "Bearer",
          expires_in: deps.tokens.lifetimeSec,
          access_token: accessToken,
          scope: grantedScope,
        });
      },
    );
  });
}
