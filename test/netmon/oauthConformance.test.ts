/**
 * The token exchange against an OAuth 2.0 server this project did not write (oauth2-mock-server),
 * to show that /setup speaks standard client credentials (RFC 6749 §4.4), not just our backend.
 */
import type { IncomingMessage } from "node:http";
import { OAuth2Server } from "oauth2-mock-server";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exchangeClientCredentials, splitTokenUrl } from "../../src/modules/netmon/auth/tokenExchange.js";
import { createBackendClientFactory } from "../../src/platform/http/createBackendClient.js";
import { alice } from "../support/botHarness.js";
import {
  NORTHWIND_HEADER,
  NORTHWIND_PARTNER,
  netmonHarness,
  outputs,
  startBackend,
} from "./netmonHarness.js";

let server: OAuth2Server;
let tokenUrl: string;
beforeAll(async () => {
  server = new OAuth2Server();
  await server.issuer.keys.generate("RS256");
  await server.start(0, "127.0.0.1");
  tokenUrl = `${server.issuer.url}/token`;
});
afterAll(() => server.stop());

type TokenRequest = IncomingMessage & { body: Record<string, string> };

/** Runs `work` and returns the token request the server saw. */
async function seen<T>(work: () => Promise<T>): Promise<{ result: T; request: TokenRequest }> {
  let request: TokenRequest | undefined;
  server.service.once("beforeResponse", (_response: unknown, req: TokenRequest) => {
    request = req;
  });
  const result = await work();
  return { result, request: request! };
}

function ssoClient() {
  const { baseUrl, path } = splitTokenUrl(tokenUrl);
  const client = createBackendClientFactory({ registry: new Registry() })({
    name: "SSO",
    baseUrl,
    retries: 0,
  });
  return { client, path };
}

describe("client credentials against oauth2-mock-server", () => {
  it("sends Basic client authentication, a form body with grant_type and the partner scope, and reads the token", async () => {
    const { client, path } = ssoClient();
    const { result, request } = await seen(() =>
      exchangeClientCredentials(client, path, {
        authorization: NORTHWIND_HEADER,
        partnerId: NORTHWIND_PARTNER,
      }),
    );
    expect(request.method).toBe("POST");
    expect(request.headers.authorization).toBe(NORTHWIND_HEADER);
    expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request.body).toEqual({
      grant_type: "client_credentials",
      scope: `partnerId:${NORTHWIND_PARTNER} role:partnerIdAdmin`,
    });
    expect(result.expiresInSec).toBe(3600);
    // A JWT the server signed, carrying the scope we asked for.
    const [, payload] = result.accessToken.split(".");
    expect(JSON.parse(Buffer.from(payload!, "base64url").toString())).toMatchObject({
      scope: `partnerId:${NORTHWIND_PARTNER} role:partnerIdAdmin`,
    });
    await client.close();
  });

  it("reads RFC 6749 §5.2 errors: 401 invalid_client and 400 invalid_scope", async () => {
    const { client, path } = ssoClient();
    const credentials = { authorization: NORTHWIND_HEADER, partnerId: NORTHWIND_PARTNER };
    server.service.once("beforeResponse", (response: { statusCode: number; body: unknown }) => {
      response.statusCode = 401;
      response.body = { error: "invalid_client", error_description: "Client authentication failed." };
    });
    await expect(exchangeClientCredentials(client, path, credentials)).rejects.toMatchObject({
      reason: "invalid_client",
    });
    server.service.once("beforeResponse", (response: { statusCode: number; body: unknown }) => {
      response.statusCode = 400;
      response.body = { error: "invalid_scope" };
    });
    await expect(exchangeClientCredentials(client, path, credentials)).rejects.toMatchObject({
      reason: "invalid_scope",
    });
    await client.close();
  });

  it("/setup completes against it", async () => {
    const backend = await startBackend();
    const h = await netmonHarness(backend, { config: { PLUME_SSO_URL: tokenUrl } });
    await h.send(alice, "/setup");
    await h.send(alice, NORTHWIND_HEADER);
    expect(outputs(await h.send(alice, NORTHWIND_PARTNER))[0]).toMatch(/^✅ <b>Connected to Plume<\/b>/);
    await h.close();
    await backend.close();
  });
});
