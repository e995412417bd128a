/**
 * The bot's auth routes: verify-user (internal key; 200, 404, 403, 401, 400) records the link and
 * answers the session body; refresh tokens rotate (the old one refused; presenting it again
 * revokes the link's tokens); JWTs expire by the backend's clock; unlink revokes.
 */
import { decodeJwt } from "jose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Roa2webApp } from "./roa2webBackend.js";
import {
  call,
  linkTelegram,
  refresh,
  type SessionBody,
  TEST_NOW,
  testBackend,
  verifyUser,
} from "./testKit.js";

let backend: Roa2webApp;
beforeEach(async () => {
  backend = await testBackend();
});
afterEach(() => backend.close());

const companies = (token: string) => call(backend, "GET", "/api/companies", token);

describe("verify-user", () => {
  it("answers the session body and records the link", async () => {
    const response = await verifyUser(backend, {
      user_id: 1,
      server_id: "main",
      telegram_user_id: 500_000_006,
      telegram_username: "maria_accounts",
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<SessionBody>();
    expect(Object.keys(body).sort()).toEqual(["access_token", "expires_in", "refresh_token", "user"]);
    expect(body.expires_in).toBe(900);
    expect(body.user).toEqual({ id: 1, email: "ana@firma.ro", name: "Ana Popescu", companies: [1, 2, 3] });
    expect(body.refresh_token).toMatch(/^rt_[A-Za-z0-9_-]{43}$/);
    const claims = decodeJwt(body.access_token);
    expect(claims).toMatchObject({ sub: "1", server_id: "main", iss: "roa2web", iat: TEST_NOW / 1000 });
    expect(claims.exp! - claims.iat!).toBe(900);
    expect(await backend.linksOf("ana@firma.ro")).toMatchObject([
      {
        telegramUserId: "500000006",
        telegramUsername: "maria_accounts",
        serverId: "main",
        linkedAt: TEST_NOW,
      },
    ]);
    expect((await companies(body.access_token)).json()).toEqual([
      { id: 1, name: "Carpați Distribuție SRL", cui: "RO18452718", city: "Brașov" },
      { id: 2, name: "Delta Logistic & Transport SRL", cui: "RO22619378", city: "Constanța" },
      { id: 3, name: "Agromureș Cereale SA", cui: "RO11806435", city: "Târgu Mureș" },
    ]);
  });

  it("a manager's session on the archive server carries that server and sees its companies", async () => {
    const session = await linkTelegram(backend, "mihai.ionescu@firma.ro", 42, "archive");
    expect(decodeJwt(session.access_token).server_id).toBe("archive");
    expect(session.user.companies).toEqual([5, 6]);
    expect((await companies(session.access_token)).json().map((c: { id: number }) => c.id)).toEqual([5, 6]);
  });

  it("404 for an unknown user, a server the user has no company on, or an unknown server", async () => {
    for (const [user_id, server_id] of [
      [99, "main"],
      [3, "main"],
      [1, "archive"],
      [1, "nowhere"],
    ] as const) {
      const response = await verifyUser(backend, { user_id, server_id, telegram_user_id: 1 });
      expect([user_id, server_id, response.statusCode, response.json()]).toEqual([
        user_id,
        server_id,
        404,
        { error: "user_not_found", message: "No such user on this ERP server." },
      ]);
    }
  });

  it("403 for a disabled user", async () => {
    const response = await verifyUser(backend, { user_id: 4, server_id: "main", telegram_user_id: 1 });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: "user_disabled", message: "This user is disabled." });
    expect(await backend.linksOf("radu.gheorghiu@firma.ro")).toEqual([]);
  });

  it("401 for a wrong or missing internal key, before the body is read", async () => {
    for (const key of ["wrong-key", null]) {
      const response = await verifyUser(backend, { user_id: 1, server_id: "main", telegram_user_id: 1 }, key);
      expect(response.statusCode).toBe(401);
      expect(response.headers["www-authenticate"]).toMatch(/^Bearer realm="roa2web"/);
      expect(response.json()).toMatchObject({ error: "unauthorized" });
    }
    expect((await verifyUser(backend, {} as never, "wrong")).statusCode).toBe(401);
  });

  it("400 naming the field of a bad body", async () => {
    const bad = await verifyUser(backend, { user_id: "one", server_id: "main", telegram_user_id: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: "invalid_body", field: "user_id" });
    const noTelegram = await verifyUser(backend, { user_id: 1, server_id: "main", telegram_user_id: -5 });
    expect(noTelegram.json()).toMatchObject({ field: "telegram_user_id" });
    const notJson = await backend.app.inject({
      method: "POST",
      url: "/api/telegram/auth/verify-user",
      headers: { authorization: `Bearer ${backend.internalApiKey}`, "content-type": "application/json" },
      payload: "{nope",
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ error: "invalid_body", field: "body" });
  });

  it("linking a Telegram account again replaces its link and ends the old tokens", async () => {
    const first = await linkTelegram(backend, "ana@firma.ro", 77);
    const second = await linkTelegram(backend, "mihai.ionescu@firma.ro", 77);
    expect((await companies(first.access_token)).statusCode).toBe(401);
    expect((await refresh(backend, first.refresh_token)).statusCode).toBe(401);
    expect((await companies(second.access_token)).json()).toHaveLength(4);
    expect(await backend.linksOf("ana@firma.ro")).toEqual([]);
  });
});

describe("refresh-token", () => {
  it("rotates: a new pair that works, the old refresh token refused", async () => {
    const session = await linkTelegram(backend, "ana@firma.ro");
    backend.clock.advance(60_000);
    const rotated = await refresh(backend, session.refresh_token);
    expect(rotated.statusCode).toBe(200);
    const next = rotated.json<SessionBody>();
    expect(next.refresh_token).not.toBe(session.refresh_token);
    expect(next.access_token).not.toBe(session.access_token);
    expect(next.user).toEqual(session.user);
    expect(decodeJwt(next.access_token).iat).toBe(TEST_NOW / 1000 + 60);
    expect((await companies(next.access_token)).statusCode).toBe(200);
    // The old access token lives until it expires: only its refresh token is spent.
    expect((await companies(session.access_token)).statusCode).toBe(200);
  });

  it("presenting a rotated refresh token again revokes the link's tokens", async () => {
    const session = await linkTelegram(backend, "ana@firma.ro");
    const next = (await refresh(backend, session.refresh_token)).json<SessionBody>();
    const reuse = await refresh(backend, session.refresh_token);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json()).toEqual({
      error: "invalid_refresh_token",
      message: "The refresh token is not valid: link the Telegram account again.",
    });
    expect((await companies(next.access_token)).statusCode).toBe(401);
    expect((await companies(session.access_token)).statusCode).toBe(401);
    expect((await refresh(backend, next.refresh_token)).statusCode).toBe(401);
    expect(await backend.linksOf("ana@firma.ro")).toMatchObject([
      { telegramUserId: "7001", sessionId: null },
    ]);
    // Linking again (a new code) starts a new family.
    const relinked = await linkTelegram(backend, "ana@firma.ro");
    expect((await companies(relinked.access_token)).statusCode).toBe(200);
  });

  it("refuses an unknown token, a malformed body and a token past its 30 days", async () => {
    expect((await refresh(backend, "rt_unknown")).statusCode).toBe(401);
    const missing = await call(backend, "POST", "/api/telegram/auth/refresh-token", undefined, {});
    expect([missing.statusCode, missing.json().field]).toEqual([400, "refresh_token"]);
    const session = await linkTelegram(backend, "ana@firma.ro");
    backend.clock.advance(30 * 86_400_000);
    expect((await refresh(backend, session.refresh_token)).statusCode).toBe(401);
  });

  it("keeps only the refresh token's hash", async () => {
    const session = await linkTelegram(backend, "ana@firma.ro");
    const rows = await backend.db.selectFrom("refresh_tokens").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(session.refresh_token.slice(3));
  });
});

describe("access tokens", () => {
  it("expire after jwtTtlSec by the backend's clock; a refresh brings a fresh one", async () => {
    const session = await linkTelegram(backend, "ana@firma.ro");
    backend.clock.advance(899_000);
    expect((await companies(session.access_token)).statusCode).toBe(200);
    backend.clock.advance(1_000);
    const expired = await companies(session.access_token);
    expect(expired.statusCode).toBe(401);
    expect(expired.headers["www-authenticate"]).toBe('Bearer realm="roa2web", error="invalid_token"');
    expect(expired.json()).toEqual({
      error: "unauthorized",
      message: "The access token is missing, expired or revoked.",
    });
    const next = (await refresh(backend, session.refresh_token)).json<SessionBody>();
    expect((await companies(next.access_token)).statusCode).toBe(200);
  });

  it("follow a configured lifetime", async () => {
    const short = await testBackend({ jwtTtlSec: 60 });
    try {
      const session = await linkTelegram(short, "ana@firma.ro");
      expect(session.expires_in).toBe(60);
      short.clock.advance(60_000);
      expect((await call(short, "GET", "/api/companies", session.access_token)).statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });

  it("401 without a token, with garbage, or with another backend's token", async () => {
    expect((await call(backend, "GET", "/api/companies")).statusCode).toBe(401);
    expect((await companies("not.a.jwt")).statusCode).toBe(401);
    const other = await testBackend();
    try {
      const foreign = await linkTelegram(other, "ana@firma.ro");
      expect((await companies(foreign.access_token)).statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe("unlink", () => {
  it("204, the link gone and its tokens revoked", async () => {
    const session = await linkTelegram(backend, "ana@firma.ro", 9001);
    const response = await call(backend, "POST", "/api/telegram/auth/unlink", session.access_token, {
      telegram_user_id: 9001,
    });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe("");
    expect(await backend.linksOf("ana@firma.ro")).toEqual([]);
    expect((await companies(session.access_token)).statusCode).toBe(401);
    expect((await refresh(backend, session.refresh_token)).statusCode).toBe(401);
  });

  it("204 for an account that is not linked; 403 for another user's; 401 without a token", async () => {
    const ana = await linkTelegram(backend, "ana@firma.ro", 1);
    await linkTelegram(backend, "elena.stanescu@firma.ro", 2, "archive");
    const unlink = (token: string | undefined, telegramUserId: number) =>
      call(backend, "POST", "/api/telegram/auth/unlink", token, { telegram_user_id: telegramUserId });
    expect((await unlink(ana.access_token, 3)).statusCode).toBe(204);
    const other = await unlink(ana.access_token, 2);
    expect([other.statusCode, other.json().error]).toEqual([403, "forbidden"]);
    expect(await backend.linksOf("elena.stanescu@firma.ro")).toHaveLength(1);
    expect((await unlink(undefined, 1)).statusCode).toBe(401);
  });

  it("the handle's revokeLink does what the web page's Unlink does", async () => {
    const session = await linkTelegram(backend, "ana@firma.ro", 555);
    expect(await backend.revokeLink(555)).toBe(true);
    expect(await backend.revokeLink("555")).toBe(false);
    expect((await companies(session.access_token)).statusCode).toBe(401);
  });
});
