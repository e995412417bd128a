/**
 * crm for someone who is not signed in, on a real bot (BotHarness) whose Tabys backend is a
 * closed port: everything here must be answered without asking the backend (a call would end in
 * "Tabys CRM is unavailable… Error id").
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackButton } from "../../src/kernel/callbacks.js";
import { openAdminPanel, sessionsPage } from "../../src/modules/crm/callbacks.js";
import { createCrmModule, crmConfigSchema } from "../../src/modules/crm/index.js";
import { alice, BotHarness, boris, ioana } from "../support/botHarness.js";

let harness: BotHarness;

beforeAll(async () => {
  harness = await BotHarness.create({
    botId: "crm",
    modules: [
      {
        module: createCrmModule(),
        config: crmConfigSchema.parse({
          TABYS_API_URL: "http://127.0.0.1:9",
          TABYS_BOT_SECRET: "test-secret",
          TABYS_API_TIMEOUT: 0.5,
        }),
      },
    ],
  });
});
afterAll(() => harness.close());

const said = async (text: string, user = alice) =>
  harness.texts(await harness.send(user, text)).join("\n---\n");

describe("crm while signed out", () => {
  it("/start says how administrators sign in", async () => {
    expect(await said("/start")).toContain(
      'Tabys CRM administrators: press "Generate Telegram OTP" in the web admin panel, then send it here: <code>/login A7B9C3D5</code>',
    );
  });

  it("/help lists /login, not the commands that need a sign-in", async () => {
    const help = await said("/help");
    expect(help).toContain("/login — Sign in with a one-time password from the Tabys web panel");
    expect(help).not.toMatch(/\/menu|\/status|\/logout/);
  });

  it("/login alone explains the usage and deletes nothing", async () => {
    const calls = await harness.send(alice, "/login");
    expect(harness.texts(calls)[0]).toMatch(/^To sign in, press "Generate Telegram OTP"/);
    expect(calls.map((c) => c.method)).not.toContain("deleteMessage");
  });

  it("a malformed OTP is deleted at once and refused without a backend call", async () => {
    const calls = await harness.send(alice, "/login abc-123", undefined, 7001);
    expect(calls.find((c) => c.method === "deleteMessage")?.payload).toMatchObject({ message_id: 7001 });
    expect(harness.texts(calls)).toEqual([
      "That is not a one-time password: it has 8 Latin letters and digits, like <code>A7B9C3D5</code>. Please send <code>/login</code> followed by the password from the web panel.",
    ]);
  });

  it("an OTP sent in a group is deleted there and the user is sent to a private chat", async () => {
    const group = { id: -100777, type: "supergroup" as const, title: "Team" };
    const calls = await harness.send(alice, "/login A7B9C3D5", group, 7002);
    expect(calls.find((c) => c.method === "deleteMessage")?.payload).toMatchObject({
      chat_id: -100777,
      message_id: 7002,
    });
    expect(harness.texts(calls)).toEqual([
      "For your security, please sign in in a private chat with me. I deleted your message.",
    ]);
  });

  it("/menu asks to sign in; /status and /logout say there is no sign-in", async () => {
    expect(await said("/menu")).toBe(
      "Please sign in first: send <code>/login</code> with a one-time password from the Tabys web panel.",
    );
    expect(await said("/status")).toMatch(/^You are not signed in to Tabys CRM\./);
    expect(await said("/logout")).toBe("You are not signed in.");
  });

  it("a genuine admin button pressed while signed out asks to sign in; a tampered one is refused", async () => {
    const data = callbackButton(harness.built.identity, "x", sessionsPage, { page: 0 }).callback_data;
    const calls = await harness.press(alice, data);
    expect(calls.find((c) => c.method === "answerCallbackQuery")?.payload).toMatchObject({
      text: "Please sign in first: send /login with a one-time password from the Tabys web panel.",
      show_alert: true,
    });
    const panel = callbackButton(harness.built.identity, "x", openAdminPanel, {}).callback_data;
    const forged = await harness.press(alice, `${panel.slice(0, -2)}zz`);
    expect(forged.find((c) => c.method === "answerCallbackQuery")?.payload).toMatchObject({
      text: "This button is not valid.",
    });
  });

  it("an unknown /start payload is answered, not swallowed", async () => {
    const text = await said("/start ref_42");
    expect(text).toMatch(/^I don't know this link\./);
    expect(text).toContain("/login A7B9C3D5");
  });

  it("in Russian, Kazakh and Romanian", async () => {
    expect(await said("/menu", boris)).toBe(
      "Сначала войдите: отправьте <code>/login</code> с одноразовым паролем из веб-панели Tabys.",
    );
    expect(await said("/menu", { id: 505, first_name: "Әсел", language_code: "kk" })).toBe(
      "Алдымен кіріңіз: Tabys веб-панеліндегі бір реттік құпиясөзбен <code>/login</code> жіберіңіз.",
    );
    expect(await said("/logout", ioana)).toBe("Nu sunteți autentificat.");
  });

  it("never made a backend call: no error was reported", () => {
    expect(harness.texts().join("\n")).not.toMatch(/Error id|unavailable/);
  });
});
