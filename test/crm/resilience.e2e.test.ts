/**
 * crm when Tabys misbehaves, end to end: malformed JSON, 429 with Retry-After, 5xx and a timeout
 * are each told in one clear sentence (the kernel's, with an error id), the bot keeps serving
 * meanwhile, and once Tabys is back everything works again. No secret reaches the log.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatDriver } from "../support/liveStack.js";
import { CrmStack } from "./crmStack.js";

let stack: CrmStack;
let admin: ChatDriver;
const otps: string[] = [];

beforeAll(async () => {
  stack = await CrmStack.start({ env: { TABYS_API_TIMEOUT: "0.5" } });
  admin = await stack.user("Нұрлан");
  const otp = await stack.otpFor("administrator");
  otps.push(otp);
  await admin.ask(`/login ${otp}`, /Signed in as/);
});
afterAll(async () => {
  await stack?.close();
});

/** Presses Dashboard on a fresh menu; the answer that follows (the dashboard, or an error message). */
async function dashboard(): Promise<string> {
  const menu = await admin.ask("/menu", /Choose a section/);
  await admin.press(menu, "📊 Dashboard");
  const answer = await Promise.race([
    admin.edited(menu.message_id, /Dashboard/, 10_000),
    admin.reply(/Error id/, 10_000),
  ]);
  return answer.text ?? "";
}

describe("Tabys faults", () => {
  it.each([
    [{ malformedJson: true }, /^Tabys CRM sent an answer we could not read\. Error id: [0-9a-f]{8}$/],
    [
      { rateLimitNext: 10, retryAfterSec: 120 },
      /^Tabys CRM is busy\. Please try again in 120 s\. Error id: [0-9a-f]{8}$/,
    ],
    [
      { errorRate: 1, errorStatus: 503 },
      /^Tabys CRM is unavailable right now\. Please try again later\. Error id/,
    ],
    [{ hang: true }, /^Tabys CRM did not answer in time\. Please try again in a moment\. Error id/],
  ])("%o is answered clearly, the bot keeps serving, and it recovers", async (fault, expected) => {
    stack.tabys.faults.set(fault);
    try {
      expect(await dashboard()).toMatch(expected);
      // Meanwhile the bot answers what needs no backend call.
      await admin.ask("/status", /Tabys CRM session/);
    } finally {
      stack.tabys.faults.reset();
    }
    expect(await dashboard()).toMatch(/^📊 Dashboard\n\nEvents: \d+/);
  });

  it("a sign-in while Tabys is down is told so, its OTP deleted and still good afterwards", async () => {
    const user = await stack.user("Patient");
    const otp = await stack.otpFor("government");
    otps.push(otp);
    stack.tabys.faults.set({ errorRate: 1, errorStatus: 502, targets: ["auth"] });
    try {
      const sent = await user.send(`/login ${otp}`);
      const reply = await user.reply(/Error id/);
      expect(reply.text).toMatch(/^Tabys CRM is unavailable right now\./);
      const transcript = await user.transcript();
      expect(transcript.find((m) => m.message_id === sent.message_id)?.deleted).toBe(true);
    } finally {
      stack.tabys.faults.reset();
    }
    await user.ask(`/login ${otp}`, /Signed in as/);
  });

  it("the health check reports the open circuit breaker while Tabys keeps failing", async () => {
    stack.tabys.faults.set({ errorRate: 1, errorStatus: 503 });
    try {
      for (let i = 0; i < 3; i++) await dashboard();
      const ready = await fetch(`${stack.app.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(JSON.stringify(await ready.json())).toContain("crm/crm");
    } finally {
      stack.tabys.faults.reset();
    }
  });

  it("no OTP or JWT reached the log, though every failure was logged", () => {
    const log = stack.logText();
    expect(log).toContain('"msg":"update failed"');
    for (const otp of otps) expect(log).not.toContain(otp);
    expect(log).not.toMatch(/eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/);
  });
});
