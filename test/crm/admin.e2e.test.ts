/**
 * The super_admin's admin panel end to end: active Telegram sessions with a confirmed revoke (the
 * revoked admin is asked to sign in again), active OTPs with a confirmed revoke (the OTP no longer
 * signs anyone in), the bot's audit log, and the dashboard.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin } from "../../backends/tabys/demoAdmins.js";
import type { ChatDriver } from "../support/liveStack.js";
import { CrmStack } from "./crmStack.js";

let stack: CrmStack;
let boss: ChatDriver;

beforeAll(async () => {
  stack = await CrmStack.start();
  boss = await stack.loginAs("super_admin");
});
afterAll(async () => {
  await stack?.close();
});

/** Opens the admin panel from /menu; the message the panel is on. */
async function adminPanel() {
  const menu = await boss.ask("/menu", /Choose a section/);
  await boss.press(menu, "🛠 Admin panel");
  return boss.edited(menu.message_id, /Admin panel/);
}

const buttons = (message: { reply_markup?: { inline_keyboard: Array<Array<{ text: string }>> } }) =>
  message.reply_markup?.inline_keyboard.map((row) => row.map((b) => b.text)) ?? [];

describe("the admin panel", () => {
  it("lists the active Telegram sessions and revokes one after asking", async () => {
    const npo = await stack.loginAs("npo");
    const npoMenu = await npo.ask("/menu", /Choose a section/);
    const panel = await adminPanel();
    expect(buttons(panel)).toEqual([
      ["👥 Telegram sessions", "🔑 Active OTPs"],
      ["📜 Audit log"],
      ["« Menu"],
    ]);
    await boss.press(panel, "👥 Telegram sessions");
    const list = await boss.edited(panel.message_id, /Active Telegram sessions: 2/);
    const npoName = demoAdmin("npo").name;
    expect(list.text).toContain(`${npoName} (non-profit (NPO)), —, Telegram id ${npo.userId}`);
    const revoke = buttons(list)
      .flat()
      .find((label) => label.startsWith("✖") && label.includes("Ерлан"));
    expect(revoke).toBeDefined();
    await boss.press(list, revoke!);
    const question = await boss.edited(panel.message_id, /Revoke the Telegram session of/);
    expect(question.text).toBe(
      `Revoke the Telegram session of ${npoName} (non-profit (NPO)), Telegram id ${npo.userId}? They will have to sign in again.`,
    );
    expect(buttons(question)).toEqual([["✅ Yes, revoke", "✖ Cancel"]]);
    const done = await boss.press(question, "✅ Yes, revoke");
    expect(done).toMatchObject({ text: "Session revoked." });
    const after = await boss.edited(panel.message_id, /Active Telegram sessions: 1/);
    expect(after.text).not.toContain(npoName);
    // The revoked admin's next request asks them to sign in again.
    const answer = await npo.press(npoMenu, "📊 Dashboard");
    expect(answer).toMatchObject({
      show_alert: true,
      text: expect.stringMatching(/^Your Tabys session has ended/),
    });
  });

  it("lists the OTPs waiting to be used and revokes one: it signs no one in afterwards", async () => {
    const otp = await stack.otpFor("msb");
    const panel = await adminPanel();
    await boss.press(panel, "🔑 Active OTPs");
    const list = await boss.edited(panel.message_id, /Active one-time passwords: 1/);
    expect(list.text).not.toContain(otp);
    expect(list.text).toMatch(
      new RegExp(
        `1\\. ${demoAdmin("msb").name} \\(small business \\(MSB\\)\\), created .* UTC, expires .* UTC`,
      ),
    );
    await boss.press(list, /^✖ 1\./);
    await boss.edited(panel.message_id, /Revoke the one-time password of/);
    const question = (await boss.transcript()).find((m) => m.message_id === panel.message_id)!;
    expect(await boss.press(question, "✅ Yes, revoke")).toMatchObject({
      text: "One-time password revoked.",
    });
    await boss.edited(panel.message_id, /No one-time password is waiting to be used/);
    const msb = await stack.user("Мадина");
    await msb.ask(`/login ${otp}`, /not valid or was already used/);
  });

  it("shows the bot's audit log: sign-ins, revocations, readable", async () => {
    const panel = await adminPanel();
    await boss.press(panel, "📜 Audit log");
    const log = await boss.edited(panel.message_id, /Audit log/);
    expect(log.text).toMatch(/OTP revoked · otp:\d+ · ✅ done/);
    expect(log.text).toMatch(/session revoked · tg:\d+ · ✅ done/);
    expect(log.text).toContain(`${demoAdmin("super_admin").name} (${boss.userId}) · sign-in · admin:`);
    expect(log.text).toMatch(/sign-in · — · ❌ failed/); // the revoked OTP tried above
  });

  it("the dashboard counts the super_admin's modules and the active sessions", async () => {
    const menu = await boss.ask("/menu", /Choose a section/);
    await boss.press(menu, "📊 Dashboard");
    const dashboard = await boss.edited(menu.message_id, /Dashboard/);
    expect(dashboard.text).toMatch(
      /^📊 Dashboard\n\nEvents: \d+\nNews: \d+\n[\s\S]*Technical tasks: \d+\nActive Telegram sessions: \d+$/,
    );
    expect(buttons(dashboard)).toEqual([["« Menu"]]);
  });
});
