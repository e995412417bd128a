/**
 * crm sign-in end to end: a person in the emulator's chat, the real app (SQLite, long polling),
 * the reference Tabys backend. OTPs are issued as if the admin pressed "Generate Telegram OTP" in
 * the web panel. What the tests read is what the person would see.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin } from "../../backends/tabys/demoAdmins.js";
import type { ChatDriver } from "../support/liveStack.js";
import { CrmStack } from "./crmStack.js";

let stack: CrmStack;
/** Every OTP the tests typed: none may ever reach the log. */
const typed: string[] = [];

beforeAll(async () => {
  stack = await CrmStack.start();
});
afterAll(async () => {
  await stack?.close();
});

/** Sends `/login <otp>` and returns the message it sent and the bot's answer. */
async function login(user: ChatDriver, otp: string, answer: RegExp) {
  typed.push(otp);
  const sent = await user.send(`/login ${otp}`);
  const reply = await user.reply(answer);
  return { sent, reply };
}

async function isDeleted(user: ChatDriver, messageId: number): Promise<boolean> {
  const message = (await user.transcript()).find((m) => m.message_id === messageId);
  return message?.deleted === true;
}

describe("/login through the emulator", () => {
  it("the right OTP signs the admin in, shows name, role and the menu, and the OTP message is gone", async () => {
    const user = await stack.user("Нұрлан");
    const otp = await stack.otpFor("administrator");
    const { sent, reply } = await login(user, otp.toLowerCase(), /Signed in as/);
    expect(reply.text).toBe(
      `✅ Signed in as ${demoAdmin("administrator").name}.\n\nTabys CRM: ${demoAdmin("administrator").name} (administrator). Choose a section:`,
    );
    expect(reply.reply_markup?.inline_keyboard.flat().length).toBe(13); // twelve modules and the dashboard
    expect(await isDeleted(user, sent.message_id)).toBe(true);
    const status = await user.ask("/status", /Tabys CRM session/);
    expect(status.text).toMatch(/Role: administrator\nSigned in since: \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  });

  it("an OTP used once does not work again, even for someone else", async () => {
    const first = await stack.user("First");
    const otp = await stack.otpFor("npo");
    await login(first, otp, /Signed in as/);
    const second = await stack.user("Second");
    const { sent, reply } = await login(second, otp, /not valid or was already used/);
    expect(reply.text).toBe(
      "This one-time password is not valid or was already used. Please generate a new one in the web panel.",
    );
    expect(await isDeleted(second, sent.message_id)).toBe(true);
    await second.ask("/status", /You are not signed in/);
  });

  it("an unknown OTP of the right format is refused, and deleted", async () => {
    const user = await stack.user("Guess");
    const { sent } = await login(user, "ZZZZ9999", /not valid or was already used/);
    expect(await isDeleted(user, sent.message_id)).toBe(true);
  });

  it("an expired OTP is told apart from a wrong one", async () => {
    const user = await stack.user("Late");
    const otp = await stack.otpFor("msb", { expiresInMinutes: 5 });
    stack.tabys.clock.advance(6 * 60_000);
    try {
      const { reply } = await login(user, otp, /expired/);
      expect(reply.text).toBe(
        "This one-time password has expired. Please generate a new one in the web panel.",
      );
    } finally {
      stack.tabys.clock.reset();
    }
  });

  it("a malformed OTP is answered without a backend call, and deleted too", async () => {
    const user = await stack.user("Typo");
    const before = stack.tabys.counts().auth;
    const { sent, reply } = await login(user, "A7B9-C3D", /not a one-time password/);
    expect(reply.text).toContain("it has 8 Latin letters and digits");
    expect(await isDeleted(user, sent.message_id)).toBe(true);
    expect(stack.tabys.counts().auth).toBe(before);
  });

  it("/login alone explains how to get a one-time password", async () => {
    const user = await stack.user("Curious");
    const reply = await user.ask("/login", /To sign in/);
    expect(reply.text).toContain('press "Generate Telegram OTP" in the Tabys web admin panel');
  });

  it("a client's right OTP gets 'no admin access' and no session", async () => {
    const user = await stack.user("Айгерім");
    const { reply } = await login(user, await stack.otpFor("client"), /has no access/);
    expect(reply.text).toBe("Your Tabys account has no access to the administration bot.");
    await user.ask("/menu", /Please sign in first/);
  });

  it("LOGIN_RATE_LIMIT (5) attempts a minute, then 'too many attempts', right OTPs included", async () => {
    const user = await stack.user("Hasty");
    // Ten in a few seconds: even if a minute boundary falls among them, one minute gets six.
    const otps = await Promise.all(Array.from({ length: 10 }, () => stack.otpFor("government")));
    const answers: string[] = [];
    for (const otp of otps)
      answers.push((await login(user, otp, /Signed in as|Too many attempts/)).reply.text ?? "");
    expect(answers.slice(0, 5).every((a) => a.startsWith("✅ Signed in as"))).toBe(true);
    expect(answers.slice(5)).toContainEqual(
      expect.stringMatching(/^Too many attempts\. Please try again in \d+ s\.$/),
    );
  });

  it("five wrong OTPs lock the user out for 15 minutes, even the right one", async () => {
    const user = await stack.user("Brute");
    const wrong = ["AAAA0001", "AAAA0002", "AAAA0003", "AAAA0004", "AAAA0005"];
    const last: string[] = [];
    for (const otp of wrong) last.push((await login(user, otp, /not valid|Too many wrong/)).reply.text ?? "");
    expect(last.at(-1)).toBe("Too many wrong attempts. Please try again in 15 minutes.");
    const { reply } = await login(user, await stack.otpFor("super_admin"), /Too many wrong|Signed in/);
    expect(reply.text).toMatch(/^Too many wrong attempts\. Please try again in 1[45] minutes\.$/);
  });
});

describe("/start", () => {
  it("says whether the user is signed in, with name and role", async () => {
    const user = await stack.loginAs("volunteer_admin");
    const start = await user.ask("/start", /Hello/);
    expect(start.text).toContain(
      `Tabys CRM: you are signed in as ${demoAdmin("volunteer_admin").name} (volunteer administrator). Open the menu: /menu`,
    );
  });

  it("link_<TOKEN> links a platform user's Telegram; used again it has expired; the token is never echoed", async () => {
    const user = await stack.user("Platform");
    const token = await stack.tabys.issueLinkToken(demoAdmin("client").email);
    const sent = await user.send(`/start link_${token}`);
    const done = await user.reply(/linked/);
    expect(done.text).toMatch(/^✅ Your Telegram account is now linked to your Tabys account\./);
    expect(await isDeleted(user, sent.message_id)).toBe(true);
    await user.send(`/start link_${token}`);
    const again = await user.reply(/expired|already/);
    expect(again.text).toMatch(/^This link has expired or was already used\./);
    const visible = (await user.transcript()).filter((m) => !m.deleted).map((m) => m.text ?? "");
    expect(visible.join("\n")).not.toContain(token);
    typed.push(token);
    // A new token for the same, already linked account: 409.
    const another = await stack.tabys.issueLinkToken(demoAdmin("client").email);
    typed.push(another);
    const other = await stack.user("Other");
    const conflict = await other.ask(`/start link_${another}`, /already linked|expired/);
    expect(conflict.text).toMatch(/^This Tabys account is already linked to a Telegram account\./);
  });

  it("an unknown payload is answered, not swallowed", async () => {
    const user = await stack.user("Stranger");
    const reply = await user.ask("/start promo_2024", /link/);
    expect(reply.text).toMatch(/^I don't know this link\./);
  });
});

describe("secrets", () => {
  it("no OTP, link token or JWT ever reached the log", () => {
    const log = stack.logText();
    expect(log.length).toBeGreaterThan(1000);
    for (const secret of typed) {
      expect(log).not.toContain(secret);
      expect(log).not.toContain(secret.toLowerCase());
    }
    expect(log).not.toMatch(/eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/);
  });
});
