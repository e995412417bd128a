/** `/login <OTP>`: generating OTPs on the web page, verify-otp with its bot secret, and what an OTP may be used for. */
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { demoAdmin } from "./demoAdmins.js";
import type { TabysApp } from "./tabysBackend.js";
import { botCall, call, signIn, testBackend } from "./testKit.js";

const VERIFY = "/api/v1/telegram-auth/verify-otp";
let backend: TabysApp;
beforeEach(async () => {
  backend = await testBackend();
});
afterEach(() => backend.close());

const verify = (otp: string, telegramUserId = "555", secret?: string | null) =>
  botCall(
    backend,
    VERIFY,
    { otp_token: otp, telegram_user_id: telegramUserId, telegram_username: "aigerim" },
    secret,
  );

const generate = async (jwt: string, body?: object) =>
  call(backend, "POST", "/api/v1/telegram-auth/generate-otp", jwt, body);

describe("generate-otp", () => {
  it("gives 8 characters [A-Z0-9] as a /login command, valid 10 minutes by default", async () => {
    const jwt = await signIn(backend, "administrator");
    const response = await generate(jwt);
    expect(response.statusCode).toBe(200);
    const otp = response.json();
    expect(otp.otp_token).toMatch(/^[A-Z0-9]{8}$/);
    expect(otp).toEqual({
      otp_id: 1,
      otp_token: otp.otp_token,
      command: `/login ${otp.otp_token}`,
      expires_at: "2025-03-10T04:10:00.000Z",
      expires_in_seconds: 600,
    });
  });

  it("takes 5..60 minutes, and names the field otherwise", async () => {
    const jwt = await signIn(backend, "msb");
    expect((await generate(jwt, { expires_in_minutes: 60 })).json().expires_in_seconds).toBe(3600);
    const tooShort = await generate(jwt, { expires_in_minutes: 4 });
    expect(tooShort.statusCode).toBe(422);
    expect(tooShort.json().detail).toEqual([
      {
        loc: ["body", "expires_in_minutes"],
        msg: "Input should be greater than or equal to 5",
        type: "greater_than_equal",
      },
    ]);
    expect((await generate(jwt, { expires_in_minutes: 61 })).json().detail[0].type).toBe("less_than_equal");
    expect((await generate(jwt, { expires_in_minutes: "ten" })).json().detail[0].type).toBe("int_parsing");
  });

  it("needs a sign-in", async () => {
    expect((await generate("not-a-jwt")).statusCode).toBe(401);
    const anonymous = await call(backend, "POST", "/api/v1/telegram-auth/generate-otp");
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ detail: "Could not validate credentials" });
    expect(anonymous.headers["www-authenticate"]).toBe("Bearer");
  });

  it("stores only a hash: the OTP appears nowhere in the database", async () => {
    const jwt = await signIn(backend, "super_admin");
    const { otp_token } = (await generate(jwt)).json();
    const rows = await backend.db.selectFrom("otps").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(otp_token);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("verify-otp", () => {
  it("signs the OTP's admin in once, with a JWT and the session", async () => {
    const otp = await backend.issueOtp(demoAdmin("npo").email);
    const response = await verify(otp);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      access_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      token_type: "bearer",
      admin_id: 4,
      admin_name: "Ерлан_Жақсыбеков <НКО & Co>",
      role: "npo",
      telegram_user_id: "555",
      session_created: true,
    });
    const again = await verify(otp, "556");
    expect(again.statusCode).toBe(401);
    expect(again.json()).toEqual({ detail: "Invalid OTP token" });
  });

  it("accepts the OTP in lower case, as a person might type it", async () => {
    const otp = await backend.issueOtp(demoAdmin("msb").email);
    expect((await verify(otp.toLowerCase())).statusCode).toBe(200);
  });

  it("refuses an unknown OTP and a malformed one alike", async () => {
    expect((await verify("ZZZZ9999")).json()).toEqual({ detail: "Invalid OTP token" });
    expect((await verify("A7B9-C3D")).json()).toEqual({ detail: "Invalid OTP token" });
  });

  it("tells an expired OTP apart (the clock moved past its expiry)", async () => {
    const otp = await backend.issueOtp(demoAdmin("msb").email, { expiresInMinutes: 5 });
    backend.clock.advance(5 * 60_000 - 1);
    const fresh = await backend.issueOtp(demoAdmin("msb").email, { expiresInMinutes: 5 });
    backend.clock.advance(1);
    const expired = await verify(otp);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toEqual({ detail: "OTP token is invalid: expired" });
    expect((await verify(fresh)).statusCode).toBe(200);
  });

  it("refuses a revoked OTP", async () => {
    const jwt = await signIn(backend, "government");
    const { otp_id, otp_token } = (await generate(jwt)).json();
    const revoked = await call(backend, "POST", "/api/v1/telegram-auth/revoke-otp", jwt, { otp_id });
    expect(revoked.json()).toEqual({ ok: true });
    expect((await verify(otp_token)).json()).toEqual({ detail: "Invalid OTP token" });
  });

  it("answers 404 when the OTP's account no longer exists or is disabled", async () => {
    const otp = await backend.issueOtp(demoAdmin("msb").email);
    await backend.db.updateTable("admins").set({ is_active: 0 }).where("role", "=", "msb").execute();
    const response = await verify(otp);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ detail: "Admin account not found" });
  });

  it("is for the bot only: 403 without or with a wrong X-Bot-Secret, before looking at the OTP", async () => {
    const otp = await backend.issueOtp(demoAdmin("administrator").email);
    for (const secret of [null, "wrong", `${backend.botSecret}x`, ""]) {
      const response = await verify(otp, "555", secret);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ detail: "Invalid bot secret" });
    }
    expect((await verify(otp)).statusCode).toBe(200);
  });

  it("answers 422 naming the field for a malformed body", async () => {
    const response = await botCall(backend, VERIFY, { otp_token: "A7B9C3D5", telegram_user_id: 555 });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toEqual([
      { loc: ["body", "telegram_user_id"], msg: "Input should be a valid string", type: "string_type" },
    ]);
    const missing = await botCall(backend, VERIFY, { telegram_user_id: "555" });
    expect(missing.json().detail).toEqual([
      { loc: ["body", "otp_token"], msg: "Field required", type: "missing" },
    ]);
    const notJson = await backend.app.inject({
      method: "POST",
      url: VERIFY,
      headers: { "x-bot-secret": backend.botSecret, "content-type": "application/json" },
      payload: "{otp",
    });
    expect(notJson.statusCode).toBe(422);
    expect(notJson.json().detail[0].type).toBe("json_invalid");
  });

  it("gives a client a session too (the bot tells them they have no access)", async () => {
    const otp = await backend.issueOtp(demoAdmin("client").email);
    expect((await verify(otp)).json()).toMatchObject({ role: "client", admin_id: 1 });
  });
});

describe("the OTP lists", () => {
  it("my-otps lists my own OTPs, newest first, with their state", async () => {
    const jwt = await signIn(backend, "administrator");
    const first = (await generate(jwt)).json();
    const second = (await generate(jwt)).json();
    await backend.issueOtp(demoAdmin("msb").email);
    await verify(first.otp_token);
    const mine = (await call(backend, "GET", "/api/v1/telegram-auth/my-otps", jwt)).json();
    expect(mine).toEqual([
      {
        otp_id: second.otp_id,
        created_at: "2025-03-10T04:00:00.000Z",
        expires_at: "2025-03-10T04:10:00.000Z",
        used_at: null,
        revoked_at: null,
        status: "active",
      },
      {
        otp_id: first.otp_id,
        created_at: "2025-03-10T04:00:00.000Z",
        expires_at: "2025-03-10T04:10:00.000Z",
        used_at: "2025-03-10T04:00:00.000Z",
        revoked_at: null,
        status: "used",
      },
    ]);
  });

  it("otps (super_admin only) lists everyone's usable OTPs with their owner", async () => {
    await backend.issueOtp(demoAdmin("msb").email);
    const used = await backend.issueOtp(demoAdmin("npo").email);
    await verify(used);
    const superJwt = await signIn(backend, "super_admin");
    const all = (await call(backend, "GET", "/api/v1/telegram-auth/otps", superJwt)).json();
    expect(all).toEqual([
      {
        otp_id: 1,
        admin_id: 3,
        admin_name: "Мадина Ахметова",
        role: "msb",
        created_at: "2025-03-10T04:00:00.000Z",
        expires_at: "2025-03-10T04:10:00.000Z",
      },
    ]);
    const adminJwt = await signIn(backend, "administrator");
    const refused = await call(backend, "GET", "/api/v1/telegram-auth/otps", adminJwt);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ detail: "Not enough permissions" });
  });

  it("revoke-otp: my own, or anyone's for super_admin; another's is not found", async () => {
    const msbOtp = await backend.issueOtp(demoAdmin("msb").email);
    const adminJwt = await signIn(backend, "administrator");
    const notMine = await call(backend, "POST", "/api/v1/telegram-auth/revoke-otp", adminJwt, { otp_id: 1 });
    expect(notMine.statusCode).toBe(404);
    const superJwt = await signIn(backend, "super_admin");
    expect(
      (await call(backend, "POST", "/api/v1/telegram-auth/revoke-otp", superJwt, { otp_id: 1 })).json(),
    ).toEqual({
      ok: true,
    });
    expect((await verify(msbOtp)).statusCode).toBe(401);
  });
});

describe("web sign-in", () => {
  it("refuses a wrong password or an unknown email with the same answer", async () => {
    const wrong = await call(backend, "POST", "/api/v1/auth/login", undefined, {
      email: demoAdmin("msb").email,
      password: "nope",
    });
    const unknown = await call(backend, "POST", "/api/v1/auth/login", undefined, {
      email: "nobody@tabys.example",
      password: "nope",
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ detail: "Incorrect email or password" });
    expect(unknown.json()).toEqual(wrong.json());
  });

  it("answers who signed in", async () => {
    const admin = demoAdmin("super_admin");
    const response = await call(backend, "POST", "/api/v1/auth/login", undefined, {
      email: admin.email.toUpperCase(),
      password: admin.password,
    });
    expect(response.json()).toMatchObject({
      token_type: "bearer",
      admin_id: 7,
      admin_name: admin.name,
      role: "super_admin",
    });
  });
});

describe("logs", () => {
  it("never carry an OTP, a JWT or a password, even at trace level", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "trace" }, { write: (line: string) => lines.push(line) });
    const logged = await testBackend({ logger });
    try {
      const admin = demoAdmin("super_admin");
      const login = await call(logged, "POST", "/api/v1/auth/login", undefined, {
        email: admin.email,
        password: admin.password,
      });
      const jwt = login.json().access_token;
      const otp = (await call(logged, "POST", "/api/v1/telegram-auth/generate-otp", jwt)).json().otp_token;
      const session = await botCall(logged, VERIFY, { otp_token: otp, telegram_user_id: "99" });
      await call(logged, "GET", "/api/v2/events/", session.json().access_token);
      expect(lines.length).toBeGreaterThan(0);
      const text = lines.join("");
      for (const secret of [admin.password, jwt, otp, session.json().access_token, logged.botSecret]) {
        expect(text).not.toContain(secret);
      }
    } finally {
      await logged.close();
    }
  });
});
