/** Linking a platform account to Telegram: link-token on the web page, confirm-link from the bot. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { demoAdmin } from "./demoAdmins.js";
import type { TabysApp } from "./tabysBackend.js";
import { botCall, call, signIn, testBackend } from "./testKit.js";

const CONFIRM = "/api/v2/telegram/confirm-link";
let backend: TabysApp;
beforeEach(async () => {
  backend = await testBackend({ linkTokenTtlSec: 300 });
});
afterEach(() => backend.close());

const confirm = (token: string, secret?: string | null) =>
  botCall(
    backend,
    CONFIRM,
    { token, telegram_chat_id: 123456789, telegram_username: "aigerim_s", telegram_first_name: "Айгерім" },
    secret,
  );

describe("link-token", () => {
  it("gives any signed-in account a token and its /start payload", async () => {
    const jwt = await signIn(backend, "client");
    const response = await call(backend, "POST", "/api/v2/telegram/link-token", jwt);
    expect(response.statusCode).toBe(200);
    const link = response.json();
    expect(link).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
      expires_at: "2025-03-10T04:05:00.000Z",
      start_payload: `link_${link.token}`,
    });
    expect(link.start_payload.length).toBeLessThanOrEqual(64);
    expect(JSON.stringify(await backend.db.selectFrom("link_tokens").selectAll().execute())).not.toContain(
      link.token,
    );
    expect((await call(backend, "POST", "/api/v2/telegram/link-token")).statusCode).toBe(401);
  });
});

describe("confirm-link", () => {
  it("links the token's account (200 with its id), once", async () => {
    const token = await backend.issueLinkToken(demoAdmin("client").email);
    const response = await confirm(token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, user_id: 1 });
    const jwt = await signIn(backend, "client");
    expect((await call(backend, "GET", "/api/v2/telegram/link", jwt)).json()).toEqual({
      linked: true,
      telegram_chat_id: "123456789",
      telegram_username: "aigerim_s",
      telegram_first_name: "Айгерім",
      linked_at: "2025-03-10T04:00:00.000Z",
    });
    const reused = await confirm(token);
    expect(reused.statusCode).toBe(404);
  });

  it("404 for an unknown or expired token", async () => {
    expect((await confirm("no-such-token")).statusCode).toBe(404);
    const token = await backend.issueLinkToken(demoAdmin("msb").email);
    backend.clock.advance(300_000);
    const expired = await confirm(token);
    expect(expired.statusCode).toBe(404);
    expect(expired.json()).toEqual({ detail: "Link token is invalid or expired" });
  });

  it("409 when the account is already linked; unlinking allows it again", async () => {
    await confirm(await backend.issueLinkToken(demoAdmin("client").email));
    const second = await backend.issueLinkToken(demoAdmin("client").email);
    const conflict = await confirm(second);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toEqual({ detail: "This account is already linked to a Telegram chat" });
    const jwt = await signIn(backend, "client");
    expect((await call(backend, "DELETE", "/api/v2/telegram/link", jwt)).json()).toEqual({ ok: true });
    expect((await call(backend, "DELETE", "/api/v2/telegram/link", jwt)).statusCode).toBe(404);
    expect((await confirm(second)).json()).toEqual({ ok: true, user_id: 1 });
  });

  it("403 without or with a wrong bot secret", async () => {
    const token = await backend.issueLinkToken(demoAdmin("client").email);
    for (const secret of [null, "wrong"]) {
      const response = await confirm(token, secret);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ detail: "Invalid bot secret" });
    }
    expect((await confirm(token)).statusCode).toBe(200);
  });

  it("400 with a detail for a malformed body (not FastAPI's 422, as the original)", async () => {
    const missing = await botCall(backend, CONFIRM, { telegram_chat_id: "abc" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ detail: "Malformed request: check token, telegram_chat_id" });
    const notJson = await backend.app.inject({
      method: "POST",
      url: CONFIRM,
      headers: { "x-bot-secret": backend.botSecret, "content-type": "application/json" },
      payload: "{token",
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toEqual({ detail: "Malformed request" });
  });

  it("takes the chat id as a number or a string of digits", async () => {
    const token = await backend.issueLinkToken(demoAdmin("npo").email);
    const response = await botCall(backend, CONFIRM, { token, telegram_chat_id: "987654321" });
    expect(response.json()).toEqual({ ok: true, user_id: 4 });
  });
});
