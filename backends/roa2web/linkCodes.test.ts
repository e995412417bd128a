/**
 * Link codes: 8 characters of A-Z and 2-9 without O and I, from the CSPRNG; the deep link (t.me or
 * the playground's stand-in); and the hand-over to the bot's save-code with the contract's exact
 * body and key, its refusals explained, a 409 answered with a fresh code.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_PATTERN, deepLink, newLinkCode } from "./linkCodes.js";
import type { Roa2webApp } from "./roa2webBackend.js";
import { type BotStub, startBotStub, TEST_NOW, testBackend } from "./testKit.js";

describe("a link code", () => {
  it("is 8 characters of A-Z and 2-9, never O, I, 0 or 1, every allowed one in use", () => {
    expect(CODE_ALPHABET).toBe("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    const codes = Array.from({ length: 2000 }, newLinkCode);
    for (const code of codes) expect(code).toMatch(CODE_PATTERN);
    expect(new Set(codes.join(""))).toEqual(new Set(CODE_ALPHABET));
    expect(new Set(codes).size).toBe(2000);
  });

  it("opens t.me, or the stand-in page given as telegramLinkBase", () => {
    expect(deepLink("ABCD2345", { botUsername: "roa2web_bot" })).toBe(
      "https://t.me/roa2web_bot?start=ABCD2345",
    );
    expect(
      deepLink("ABCD2345", { botUsername: "roa2web_bot", telegramLinkBase: "http://127.0.0.1:8080" }),
    ).toBe("http://127.0.0.1:8080/?bot=roa2web_bot&start=ABCD2345");
  });
});

describe("generateCode", () => {
  let bot: BotStub;
  let backend: Roa2webApp;
  beforeEach(async () => {
    bot = await startBotStub();
    backend = await testBackend({ botInternalUrl: bot.url, internalApiKey: "shared-key-123" });
  });
  afterEach(async () => {
    await backend.close();
    await bot.close();
  });

  it("hands the bot the contract's exact body with the internal key; 201: delivered", async () => {
    const issued = await backend.generateCode("ana@firma.ro");
    expect(bot.calls).toHaveLength(1);
    const [sent] = bot.calls;
    expect(sent!.headers.authorization).toBe("Bearer shared-key-123");
    expect(sent!.headers["content-type"]).toBe("application/json");
    expect(sent!.body).toEqual({
      code: issued.code,
      user_id: 1,
      email: "ana@firma.ro",
      server_id: "main",
      expires_at: new Date(TEST_NOW + 15 * 60_000).toISOString(),
    });
    expect(issued).toEqual({
      code: issued.code,
      userId: 1,
      email: "ana@firma.ro",
      serverId: "main",
      expiresAt: "2025-03-10T08:15:00.000Z",
      deepLink: `https://t.me/roa2web_bot?start=${issued.code}`,
      status: 201,
      delivered: true,
    });
    expect(issued.code).toMatch(CODE_PATTERN);
  });

  it("is for the user's first server unless told; a manager can ask for the archive", async () => {
    await backend.generateCode("elena.stanescu@firma.ro");
    await backend.generateCode("mihai.ionescu@firma.ro", { serverId: "archive" });
    expect(bot.calls.map((c) => (c.body as { server_id: string }).server_id)).toEqual(["archive", "archive"]);
    await expect(backend.generateCode("nobody@firma.ro")).rejects.toThrow(/no ROA2WEB user/);
  });

  it("a 409 (the bot holds that code already) is answered with a fresh code", async () => {
    bot.answerInTurn([409, { error: "code_exists" }], [201, { saved: true }]);
    const issued = await backend.generateCode("ana@firma.ro");
    expect(bot.calls).toHaveLength(2);
    const [first, second] = bot.calls.map((c) => (c.body as { code: string }).code);
    expect(first).not.toBe(second);
    expect(issued).toMatchObject({ code: second, status: 201, delivered: true });
  });

  it("says why the bot refused: wrong key, bad body, rate limit, repeated conflicts", async () => {
    const cases: Array<[number, unknown, RegExp]> = [
      [401, { error: "unauthorized" }, /refused this ERP's internal API key/],
      [
        400,
        { error: "bad_request", field: "expires_at", message: "is in the past" },
        /refused the code: expires_at is in the past/,
      ],
      [429, { error: "rate_limited", retry_after: 30 }, /Too many codes/],
      [409, { error: "code_exists" }, /already holds this code/],
      [503, { error: "telegram_disabled" }, /answered 503 \(telegram_disabled\)/],
    ];
    for (const [status, body, problem] of cases) {
      bot.answer(status, body);
      const issued = await backend.generateCode("ana@firma.ro");
      expect([status, issued.status, issued.delivered]).toEqual([status, status, false]);
      expect(issued.problem).toMatch(problem);
    }
    expect(bot.calls).toHaveLength(7); // 409 is tried three times
  });
});

describe("without a reachable bot", () => {
  it("unreachable: status null and the bot's origin named", async () => {
    const bot = await startBotStub();
    const url = bot.url;
    await bot.close();
    const backend = await testBackend({ botInternalUrl: url });
    try {
      const issued = await backend.generateCode("ana@firma.ro");
      expect(issued).toMatchObject({ status: null, delivered: false });
      expect(issued.problem).toBe(
        `The Telegram bot is unreachable (${new URL(url).origin}): try again in a moment.`,
      );
    } finally {
      await backend.close();
    }
  });

  it("appUrl gives the default <appUrl>/internal/save-code; none at all is said plainly", async () => {
    const viaApp = await testBackend({ appUrl: "http://127.0.0.1:9/" });
    const none = await testBackend();
    try {
      expect(viaApp.config.botInternalUrl).toBe("http://127.0.0.1:9/internal/save-code");
      expect((await none.generateCode("ana@firma.ro")).problem).toBe(
        "No Telegram bot is configured for this ERP (appUrl or botInternalUrl).",
      );
    } finally {
      await viaApp.close();
      await none.close();
    }
  });
});
