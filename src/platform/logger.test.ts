import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { createLogger, isSecretField, REDACTED, redactText } from "./logger.js";

const BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
const BOT_TOKEN_SECRET = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
const JWT =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
const BASIC = "dXNlcjpodW50ZXIy"; // user:hunter2

function captured(level = "debug") {
  const lines: string[] = [];
  const logger = createLogger({ level, name: "test", destination: { write: (s: string) => lines.push(s) } });
  return { logger, text: () => lines.join("") };
}

describe("redactText", () => {
  it("replaces the bot token inside a Bot API URL and keeps the method", () => {
    expect(redactText(`GET https://api.telegram.org/bot${BOT_TOKEN}/getMe failed`)).toBe(
      `GET https://api.telegram.org/bot${REDACTED}/getMe failed`,
    );
  });

  it("scrubs Bearer, Basic, JWTs, URL passwords and token parameters, leaving other text alone", () => {
    const text = redactText(
      `Bearer sk-live-1 / basic ${BASIC} / jwt ${JWT} / redis://:p4ss@host:6379 / ?a=1&token=t0k&password=pw / {"otp":"123456"}`,
    );
    for (const secret of ["sk-live-1", BASIC, JWT, "p4ss", "t0k", "pw", "123456"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("a=1");
    expect(text).toContain("host:6379");
  });

  it("keeps ordinary text unchanged", () => {
    expect(redactText("status 503 from /api/bottles/42")).toBe("status 503 from /api/bottles/42");
  });
});

describe("isSecretField", () => {
  it("matches secret names in any case and style but not statusCode", () => {
    for (const name of [
      "Authorization",
      "AUTHORIZATION",
      "link_code",
      "linkCode",
      "apiKey",
      "botToken",
      "x-api-key",
    ]) {
      expect(isSecretField(name), name).toBe(true);
    }
    for (const name of ["statusCode", "errorCode", "tokens", "userKey", "module"]) {
      expect(isSecretField(name), name).toBe(false);
    }
  });
});

describe("createLogger", () => {
  it("logger: secret fields at any depth and in any case are censored, other fields kept", () => {
    const { logger, text } = captured();
    const fields = {
      token: "s-token",
      access_token: "s-access",
      refresh_token: "s-refresh",
      password: "s-password",
      secret: "s-secret",
      otp: "s-otp",
      code: "s-code",
      linkCode: "s-linkcode",
      link_code: "s-link_code",
      apiKey: "s-apikey",
      api_key: "s-api_key",
      credentials: { user: "u", pass: "s-credentials" },
      jwt: "s-jwt",
      cookie: "s-cookie",
    };
    logger.info({ ...fields, statusCode: 200 }, "top level");
    logger.info({ deep: { deeper: { list: [fields] } } }, "nested");
    logger.info({ req: { headers: { authorization: "Bearer s-req-auth" } } }, "req");
    logger.info({ call: { headers: { AUTHORIZATION: "Token s-upper-auth", Authorization: "s-mixed" } } });
    const out = text();
    for (const secret of [
      ...Object.values(fields).filter((v) => typeof v === "string"),
      "s-credentials",
      "s-req-auth",
      "s-upper-auth",
      "s-mixed",
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('"statusCode":200');
    expect(out).toContain(REDACTED);
  });

  it("logger: errors have their message, stack, cause and own fields scrubbed", () => {
    const { logger, text } = captured();
    const err = new Error(`request to https://api.telegram.org/bot${BOT_TOKEN}/sendMessage failed`, {
      cause: new Error(`upstream said Bearer s-cause-bearer`),
    });
    Object.assign(err, { config: { headers: { Authorization: `Basic ${BASIC}` } } });
    logger.error(err);
    logger.error({ err, chat: 1 }, "with merge object");
    logger.warn({ failure: err }, "error under another key");
    const out = text();
    expect(out).not.toContain(BOT_TOKEN_SECRET);
    expect(out).not.toContain("s-cause-bearer");
    expect(out).not.toContain(BASIC);
    expect(out).toContain(`bot${REDACTED}/sendMessage`);
    expect(out).toContain('"stack"');
  });

  it("logger: free-text messages, interpolation arguments, URLs and child bindings are scrubbed", () => {
    const { logger, text } = captured();
    logger.info(`calling https://api.telegram.org/bot${BOT_TOKEN}/getUpdates with Bearer s-free`);
    logger.info("auth header %s and body %o", `Basic ${BASIC}`, { password: "s-interp", jwt: JWT });
    logger.info({ url: new URL(`https://api.telegram.org/bot${BOT_TOKEN}/getMe`) }, "url object");
    logger.info(`session ${JWT}`);
    const child = logger.child({ token: "s-child", botUrl: `https://x/bot${BOT_TOKEN}/` });
    child.info("from child");
    child.child({ otp: "s-grandchild" }).info("from grandchild");
    const out = text();
    for (const secret of [BOT_TOKEN_SECRET, "s-free", BASIC, "s-interp", JWT, "s-child", "s-grandchild"]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain("from child");
  });

  it("logger: the caller's objects are not mutated", () => {
    const { logger } = captured();
    const obj = { password: "kept", nested: { token: "kept" } };
    logger.info(obj);
    expect(obj).toEqual({ password: "kept", nested: { token: "kept" } });
  });

  it("logger: circular values are logged without hanging", () => {
    const { logger, text } = captured();
    const a: Record<string, unknown> = { name: "a", token: "s-circ" };
    a.self = a;
    logger.info({ a });
    expect(text()).toContain("[Circular]");
    expect(text()).not.toContain("s-circ");
  });
});

describe("pretty logs (a person at a terminal)", () => {
  it("are lines a person reads, not JSON, and as redacted as JSON lines", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ pretty: true, destination: sink });
    logger.info({ bot: "crm", token: "s-pretty-token" }, "bot started with Bearer s-pretty-bearer");
    await vi.waitFor(() => expect(lines.length).toBeGreaterThan(0));
    const out = lines.join("");
    expect(out).toMatch(
      new RegExp(`^\\[\\d\\d:\\d\\d:\\d\\d\\] INFO: bot started with Bearer \\${REDACTED}`),
    );
    expect(out).toContain('bot: "crm"');
    expect(out).not.toContain("s-pretty");
    expect(() => JSON.parse(out)).toThrow();
  });
});
