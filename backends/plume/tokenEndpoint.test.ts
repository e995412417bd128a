import { afterEach, describe, expect, it } from "vitest";
import { basicAuthHeader, DEMO_CLIENTS, DEMO_PARTNERS, PLUME_TOKEN_PATH } from "./demoCredentials.js";
import { createPlumeBackend, type PlumeBackend } from "./plumeBackend.js";
import { getWithToken, manualClock, obtainToken, tokenRequest } from "./testKit.js";
import { parseBasicCredentials } from "./tokenEndpoint.js";

const nw = DEMO_CLIENTS.northwind;
let backend: PlumeBackend;

afterEach(async () => {
  await backend?.app.close();
});

function post(headers: Record<string, string>, payload: string) {
  return backend.app.inject({ method: "POST", url: PLUME_TOKEN_PATH, headers, payload });
}

const form = { "content-type": "application/x-www-form-urlencoded" };
const nwAuth = { authorization: basicAuthHeader(nw.clientId, nw.clientSecret) };
const goodBody = `grant_type=client_credentials&scope=partnerId:${DEMO_PARTNERS.northwind.id}%20role:partnerIdAdmin`;

describe("token endpoint: client credentials grant", () => {
  it("issues an opaque Bearer token with the configured lifetime and the granted scope", async () => {
    backend = createPlumeBackend({ tokenLifetimeSec: 120 });
    const response = await backend.app.inject(tokenRequest());
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      token_type: "Bearer",
      expires_in: 120,
      access_token: expect.any(String),
      scope: `partnerId:${DEMO_PARTNERS.northwind.id} role:partnerIdAdmin`,
    });
    expect(body.access_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("issues a different token on every request", async () => {
    backend = createPlumeBackend();
    const [a, b] = await Promise.all([obtainToken(backend), obtainToken(backend)]);
    expect(a).not.toBe(b);
  });

  it("accepts the scope parts in any order", async () => {
    backend = createPlumeBackend();
    const body = `grant_type=client_credentials&scope=role:partnerIdAdmin+partnerId:${DEMO_PARTNERS.northwind.id}`;
    expect((await post({ ...form, ...nwAuth }, body)).statusCode).toBe(200);
  });

  it("decodes RFC 6749 §2.3.1 form-encoded Basic credentials", () => {
    const header = `Basic ${Buffer.from("my%20client:s%3Acret+x").toString("base64")}`;
    expect(parseBasicCredentials(header)).toEqual({ id: "my client", secret: "s:cret x" });
    expect(parseBasicCredentials("Bearer abc")).toBeNull();
    expect(parseBasicCredentials(`Basic ${Buffer.from("no-colon").toString("base64")}`)).toBeNull();
  });
});

describe("token endpoint: RFC 6749 §5.2 errors", () => {
  it("invalid_client (401, WWW-Authenticate: Basic) without an Authorization header", async () => {
    backend = createPlumeBackend();
    const response = await post(form, goodBody);
    expect(response.statusCode).toBe(401);
    expect(response.headers["www-authenticate"]).toMatch(/^Basic /);
    expect(response.json()).toMatchObject({ error: "invalid_client" });
  });

  it("invalid_client for an unknown client and for a wrong secret", async () => {
    backend = createPlumeBackend();
    const unknown = await post({ ...form, authorization: basicAuthHeader("nobody", "x") }, goodBody);
    const wrongSecret = await post(
      { ...form, authorization: basicAuthHeader(nw.clientId, "wrong") },
      goodBody,
    );
    for (const response of [unknown, wrongSecret]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toBe("invalid_client");
    }
  });

  it("invalid_client for a header that is not Basic", async () => {
    backend = createPlumeBackend();
    const response = await post({ ...form, authorization: "Bearer abc" }, goodBody);
    expect(response.statusCode).toBe(401);
  });

  it("unsupported_grant_type for any grant but client_credentials", async () => {
    backend = createPlumeBackend();
    const response = await post({ ...form, ...nwAuth }, "grant_type=password&username=a&password=b");
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe("unsupported_grant_type");
  });

  it("invalid_request without grant_type, with a repeated parameter, or with a JSON body", async () => {
    backend = createPlumeBackend();
    const missing = await post({ ...form, ...nwAuth }, `scope=partnerId:${DEMO_PARTNERS.northwind.id}`);
    const repeated = await post({ ...form, ...nwAuth }, `${goodBody}&grant_type=client_credentials`);
    const json = await post(
      { ...nwAuth, "content-type": "application/json" },
      JSON.stringify({ grant_type: "client_credentials" }),
    );
    const textPlain = await post(
      { ...nwAuth, "content-type": "text/plain" },
      "grant_type=client_credentials",
    );
    for (const response of [missing, repeated, json, textPlain]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe("invalid_request");
    }
  });

  it("invalid_scope for another partner's id", async () => {
    backend = createPlumeBackend();
    const response = await backend.app.inject(tokenRequest(nw, DEMO_PARTNERS.bluebird.id));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: "invalid_scope",
      error_description: "The client may not act for this partner.",
    });
  });

  it("invalid_scope for a missing, malformed or over-reaching scope", async () => {
    backend = createPlumeBackend();
    const bodies = [
      "grant_type=client_credentials",
      `grant_type=client_credentials&scope=partnerId:${DEMO_PARTNERS.northwind.id}`,
      `grant_type=client_credentials&scope=partnerId:${DEMO_PARTNERS.northwind.id}+role:superAdmin`,
      `grant_type=client_credentials&scope=partnerId:+role:partnerIdAdmin`,
      `grant_type=client_credentials&scope=partnerId:${DEMO_PARTNERS.northwind.id}+role:partnerIdAdmin+admin`,
    ];
    for (const body of bodies) {
      const response = await post({ ...form, ...nwAuth }, body);
      expect(response.statusCode, body).toBe(400);
      expect(response.json().error, body).toBe("invalid_scope");
    }
  });

  it("answers 404 for an unknown authorization server", async () => {
    backend = createPlumeBackend();
    const response = await backend.app.inject({ ...tokenRequest(), url: "/oauth2/default/v1/token" });
    expect(response.statusCode).toBe(404);
  });
});

describe("token endpoint: lifetime and revocation", () => {
  it("a token works until expires_in has passed on the backend's clock, then answers 401", async () => {
    const clock = manualClock();
    backend = createPlumeBackend({ now: clock.now, tokenLifetimeSec: 60 });
    const token = await obtainToken(backend);
    clock.advance(59_999);
    expect((await getWithToken(backend, "/api/Customers", token)).statusCode).toBe(200);
    clock.advance(1);
    const expired = await getWithToken(backend, "/api/Customers", token);
    expect(expired.statusCode).toBe(401);
    expect(expired.headers["www-authenticate"]).toContain('error="invalid_token"');
    expect(expired.json().error.code).toBe("TOKEN_EXPIRED");
  });

  it("a revoked client gets invalid_client and its existing tokens stop working", async () => {
    backend = createPlumeBackend();
    const token = await obtainToken(backend);
    backend.faults.revokeClient(nw.clientId);
    expect((await backend.app.inject(tokenRequest())).json().error).toBe("invalid_client");
    expect((await getWithToken(backend, "/api/Customers", token)).statusCode).toBe(401);
    backend.faults.restoreClient(nw.clientId);
    expect((await getWithToken(backend, "/api/Customers", token)).statusCode).toBe(200);
  });

  it("token revocation makes every current token 401 while new ones work", async () => {
    backend = createPlumeBackend();
    const old = await obtainToken(backend);
    backend.faults.revokeTokens();
    expect((await getWithToken(backend, "/api/Customers", old)).statusCode).toBe(401);
    const fresh = await obtainToken(backend);
    expect((await getWithToken(backend, "/api/Customers", fresh)).statusCode).toBe(200);
  });
});
