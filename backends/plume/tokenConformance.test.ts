/**
 * What any RFC 6749 client may rely on, checked the same way against our token endpoint and
 * against an OAuth server this project did not write (oauth2-mock-server): if the expectations
 * were tailored to our implementation, the second run would show it.
 */
import { OAuth2Server } from "oauth2-mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { basicAuthHeader, DEMO_CLIENTS, DEMO_PARTNERS } from "./demoCredentials.js";
import { type StartedPlumeBackend, startPlumeBackend } from "./plumeBackend.js";

/** §5.1: a successful access token response. */
const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().regex(/^bearer$/i),
  expires_in: z.number().int().positive().optional(),
  scope: z.string().optional(),
});

/** §5.2: error codes and the error_description charset (%x20-21 / %x23-5B / %x5D-7E). */
const tokenErrorSchema = z.object({
  error: z.enum([
    "invalid_request",
    "invalid_client",
    "invalid_grant",
    "unauthorized_client",
    "unsupported_grant_type",
    "invalid_scope",
  ]),
  error_description: z
    .string()
    .regex(/^[\x20-\x21\x23-\x5B\x5D-\x7E]*$/)
    .optional(),
});

/** A client credentials request the way a generic client library sends it (§4.4.2, §2.3.1). */
function requestToken(tokenUrl: string, clientId: string, clientSecret: string, scope: string) {
  return fetch(tokenUrl, {
    method: "POST",
    headers: {
      authorization: basicAuthHeader(clientId, clientSecret),
      "content-type": "application/x-www-form-urlencoded;charset=UTF-8",
      accept: "application/json",
    },
    body: new URLSearchParams({ grant_type: "client_credentials", scope }),
  });
}

async function expectRfc6749Success(response: Response): Promise<z.infer<typeof tokenResponseSchema>> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("cache-control")).toMatch(/no-store/);
  expect(response.headers.get("pragma")).toBe("no-cache");
  return tokenResponseSchema.parse(await response.json());
}

const scope = `partnerId:${DEMO_PARTNERS.northwind.id} role:partnerIdAdmin`;
const nw = DEMO_CLIENTS.northwind;
let plume: StartedPlumeBackend;
let mock: OAuth2Server;

beforeAll(async () => {
  plume = await startPlumeBackend();
  mock = new OAuth2Server();
  await mock.issuer.keys.generate("RS256");
  await mock.start(0, "127.0.0.1");
});

afterAll(async () => {
  await plume?.close();
  await mock?.stop();
});

describe("RFC 6749 §5.1 token response, same expectations for every server", () => {
  const servers = [
    ["the reference Plume backend", () => plume.ssoTokenUrl],
    ["oauth2-mock-server", () => `${mock.issuer.url}/token`],
  ] as const;

  for (const [name, tokenUrl] of servers) {
    it(`${name}: answers a client credentials request with a JSON, non-cacheable Bearer token`, async () => {
      const body = await expectRfc6749Success(
        await requestToken(tokenUrl(), nw.clientId, nw.clientSecret, scope),
      );
      expect(body.expires_in).toBeGreaterThan(60);
    });
  }
});

describe("RFC 6749 §5.2 error responses of the reference backend", () => {
  it("every refusal is JSON, non-cacheable, with a registered error code and a plain-ASCII description", async () => {
    const refusals = [
      await requestToken(plume.ssoTokenUrl, nw.clientId, "wrong", scope),
      await requestToken(plume.ssoTokenUrl, nw.clientId, nw.clientSecret, "partnerId:x role:partnerIdAdmin"),
      await requestToken(plume.ssoTokenUrl, nw.clientId, nw.clientSecret, `${scope} "quoted\\"`),
      await fetch(plume.ssoTokenUrl, {
        method: "POST",
        headers: { authorization: basicAuthHeader(nw.clientId, nw.clientSecret) },
        body: new URLSearchParams({ grant_type: "authorization_code", code: "x" }),
      }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([401, 400, 400, 400]);
    for (const response of refusals) {
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      tokenErrorSchema.parse(await response.json());
    }
  });

  it("the token it issues is accepted by the API that trusts it", async () => {
    const { access_token } = await expectRfc6749Success(
      await requestToken(plume.ssoTokenUrl, nw.clientId, nw.clientSecret, scope),
    );
    const customers = await fetch(`${plume.apiBase}Customers`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(customers.status).toBe(200);
  });
});
