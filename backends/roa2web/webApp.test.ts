/**
 * The web app: sign-in with the demo credentials shown, Settings → Telegram's "Generate code"
 * handing the code to the bot (a stub standing in for it) with the contract's body, the deep
 * link, a QR code that decodes to it, the copy button, the linked accounts with Unlink; CSRF,
 * escaping, a bot that refuses or is away, and no secret in the log.
 */
import { Writable } from "node:stream";
import jsqr from "jsqr";
import pino from "pino";
import { PNG } from "pngjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Roa2webApp } from "./roa2webBackend.js";
import {
  type BotStub,
  hiddenField,
  linkTelegram,
  postForm,
  refresh,
  type SessionBody,
  startBotStub,
  testBackend,
  testIdAttribute,
  testIdText,
  verifyUser,
  webSignIn,
} from "./testKit.js";
import { WEB_PATHS } from "./webPages.js";

let bot: BotStub;
let backend: Roa2webApp;
beforeEach(async () => {
  bot = await startBotStub();
  backend = await testBackend({ botInternalUrl: bot.url, telegramLinkBase: "http://127.0.0.1:8080" });
});
afterEach(async () => {
  await backend.close();
  await bot.close();
});

const getPage = (url: string, cookie?: string) =>
  backend.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });

async function signedInPage(email = "ana@firma.ro") {
  const cookie = await webSignIn(backend, email);
  const page = await getPage(WEB_PATHS.telegram, cookie);
  return { cookie, html: page.body, csrf: hiddenField(page.body, "csrf") };
}

function decodeQr(dataUrl: string): string | undefined {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64"));
  // A CommonJS module whose function is also its own `default`: the one spelling both TS and Node accept.
  return jsqr.default(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe("sign-in", () => {
  it("shows the form and the demo credentials, under a strict CSP", async () => {
    const page = await getPage(WEB_PATHS.login);
    expect(page.statusCode).toBe(200);
    for (const id of ["login-email", "login-password", "login-submit", "demo-credentials"])
      expect(page.body).toContain(`data-testid="${id}"`);
    expect(testIdText(page.body, "demo-hint")).toContain("Demo accountant: ");
    expect(page.body).toContain("<code>ana@firma.ro</code>, password <code>Contabil-2024</code>");
    expect(page.headers["content-security-policy"]).toMatch(/default-src 'none'; script-src 'nonce-/);
    expect(page.headers["cache-control"]).toBe("no-store");
  });

  it("signs in with the right password; a wrong one or a disabled account is told apart", async () => {
    const form = (email: string, password: string) =>
      backend.app.inject({
        method: "POST",
        url: WEB_PATHS.login,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ email, password }).toString(),
      });
    const ok = await form("Ana@Firma.ro ", "Contabil-2024");
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(WEB_PATHS.telegram);
    expect(ok.headers["set-cookie"]).toMatch(
      /^roa2web_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=28800$/,
    );
    for (const [email, password] of [
      ["ana@firma.ro", "wrong"],
      ["nobody@firma.ro", "Contabil-2024"],
    ]) {
      const refused = await form(email!, password!);
      expect(refused.statusCode).toBe(401);
      expect(testIdText(refused.body, "error")).toBe("Wrong e-mail or password.");
    }
    const disabled = await form("radu.gheorghiu@firma.ro", "Inactiv-2024");
    expect(testIdText(disabled.body, "error")).toBe("This account is disabled: ask your administrator.");
  });

  it("sends the signed-out to the sign-in page, and signs out", async () => {
    expect((await getPage(WEB_PATHS.telegram)).headers.location).toBe(WEB_PATHS.login);
    expect((await getPage("/")).headers.location).toBe(WEB_PATHS.telegram);
    const { cookie, csrf } = await signedInPage();
    expect((await getPage(WEB_PATHS.login, cookie)).headers.location).toBe(WEB_PATHS.telegram);
    const out = await postForm(backend, WEB_PATHS.logout, cookie, { csrf });
    expect(out.headers.location).toBe(WEB_PATHS.login);
    expect((await getPage(WEB_PATHS.telegram, cookie)).headers.location).toBe(WEB_PATHS.login);
  });
});

describe("Settings → Telegram", () => {
  it("Generate code: the bot gets the contract's body; the page shows the code, link, QR and copy", async () => {
    const { cookie, html, csrf } = await signedInPage();
    expect(html).toContain('data-testid="generate-code"');
    expect(html).not.toContain('data-testid="server-picker"'); // Ana's companies are all on main
    const page = await postForm(backend, WEB_PATHS.code, cookie, { csrf });
    expect(page.statusCode).toBe(200);
    const code = testIdText(page.body, "link-code")!;
    expect(bot.calls.map((c) => c.body)).toEqual([
      { code, user_id: 1, email: "ana@firma.ro", server_id: "main", expires_at: "2025-03-10T08:15:00.000Z" },
    ]);
    expect(bot.calls[0]!.headers.authorization).toBe(`Bearer ${backend.internalApiKey}`);
    const link = `http://127.0.0.1:8080/?bot=roa2web_bot&amp;start=${code}`;
    expect(testIdAttribute(page.body, "open-in-telegram", "href")).toBe(link);
    expect(decodeQr(testIdAttribute(page.body, "qr-image", "src")!)).toBe(link.replace("&amp;", "&"));
    expect(page.body).toContain('data-testid="copy-code"');
    expect(testIdText(page.body, "code-expiry")).toContain("valid until 2025-03-10 10:15 (Bucharest time)");
  });

  it("a manager picks the server; the code is for it", async () => {
    const { cookie, html, csrf } = await signedInPage("mihai.ionescu@firma.ro");
    expect(html).toContain('data-testid="server-picker"');
    await postForm(backend, WEB_PATHS.code, cookie, { csrf, server_id: "archive" });
    expect(bot.calls.map((c) => (c.body as { server_id: string }).server_id)).toEqual(["archive"]);
    const refused = await postForm(backend, WEB_PATHS.code, cookie, { csrf, server_id: "elsewhere" });
    expect(refused.statusCode).toBe(400);
  });

  it("a bot that refuses or is away: 502 and a clear error, no code shown", async () => {
    const { cookie, csrf } = await signedInPage();
    bot.answer(401, { error: "unauthorized" });
    const refused = await postForm(backend, WEB_PATHS.code, cookie, { csrf });
    expect(refused.statusCode).toBe(502);
    expect(testIdText(refused.body, "error")).toBe(
      "The Telegram bot refused this ERP&#39;s internal API key (ERP_INTERNAL_API_KEY differs).",
    );
    expect(refused.body).not.toContain('data-testid="link-code"');
    await bot.close();
    const away = await postForm(backend, WEB_PATHS.code, cookie, { csrf });
    expect(testIdText(away.body, "error")).toMatch(/^The Telegram bot is unreachable/);
  });

  it("refuses a form without the session's anti-CSRF token", async () => {
    const { cookie } = await signedInPage();
    const forged = await postForm(backend, WEB_PATHS.code, cookie, { csrf: "guess" });
    expect(forged.statusCode).toBe(403);
    expect(bot.calls).toEqual([]);
    expect((await postForm(backend, WEB_PATHS.code, "roa2web_session=stolen", {})).headers.location).toBe(
      WEB_PATHS.login,
    );
  });

  it("lists the linked accounts (escaped) and unlinks one, revoking its tokens", async () => {
    await verifyUser(backend, {
      user_id: 1,
      server_id: "main",
      telegram_user_id: 4242,
      telegram_username: "<b>ana</b>",
    });
    const session = await linkTelegram(backend, "ana@firma.ro", 5151);
    const { cookie, html, csrf } = await signedInPage();
    expect(html).toContain('data-testid="linked-accounts"');
    expect(html).toContain("@&lt;b&gt;ana&lt;/b&gt; (4242)");
    expect(html).not.toContain("<b>ana</b>");
    expect(html.match(/data-testid="linked-account"/g)).toHaveLength(2);
    const done = await postForm(backend, WEB_PATHS.unlink, cookie, { csrf, telegram_user_id: "5151" });
    expect(done.headers.location).toBe(WEB_PATHS.telegram);
    expect((await refresh(backend, session.refresh_token)).statusCode).toBe(401);
    const after = await getPage(WEB_PATHS.telegram, cookie);
    expect(after.body.match(/data-telegram-user-id="(\d+)"/g)).toEqual(['data-telegram-user-id="4242"']);
  });

  it("will not unlink another user's account", async () => {
    await linkTelegram(backend, "elena.stanescu@firma.ro", 31, "archive");
    const { cookie, csrf } = await signedInPage();
    await postForm(backend, WEB_PATHS.unlink, cookie, { csrf, telegram_user_id: "31" });
    expect(await backend.linksOf("elena.stanescu@firma.ro")).toHaveLength(1);
  });
});

describe("the log", () => {
  it("never carries a password, a code, a token or a session cookie", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await testBackend({ botInternalUrl: bot.url, logger: pino({ level: "trace" }, sink) });
    try {
      const cookie = await webSignIn(logged, "ana@firma.ro");
      const page = await logged.app.inject({ method: "GET", url: WEB_PATHS.telegram, headers: { cookie } });
      const issued = await postForm(logged, WEB_PATHS.code, cookie, { csrf: hiddenField(page.body, "csrf") });
      const code = testIdText(issued.body, "link-code")!;
      const session = await linkTelegram(logged, "ana@firma.ro");
      const next = (await refresh(logged, session.refresh_token)).json<SessionBody>();
      const log = lines.join("");
      expect(log).toContain("bot save-code answered");
      for (const secret of [
        "Contabil-2024",
        code,
        session.access_token,
        session.refresh_token,
        next.refresh_token,
        cookie.split("=")[1]!,
        logged.internalApiKey,
      ])
        expect(log).not.toContain(secret);
    } finally {
      await logged.close();
    }
  });
});
