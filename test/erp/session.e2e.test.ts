/**
 * An erp link's life end to end: the access token (60 s here) is renewed silently before it
 * expires, and once after a 401; tokens are sealed at rest; a link revoked in the web app asks for
 * a new code; the daily digest is scheduled in the user's zone and sends the overdue invoices; the
 * hourly clean-up forgets codes past their memory.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMoney } from "../../src/modules/erp/domain/money.js";
import { ErpStack, LINKED } from "./erpStack.js";

let stack: ErpStack;
const REFRESH = "POST /api/telegram/auth/refresh-token";
const refreshes = () => stack.roa2web.counts().byRoute[REFRESH] ?? 0;

beforeAll(async () => {
  stack = await ErpStack.start({ roa2web: { jwtTtlSec: 60 } });
});
afterAll(async () => {
  await stack?.close();
});

describe("erp tokens", () => {
  it("are sealed at rest: no token, e-mail or name readable in the store", async () => {
    const user = await stack.linkedAs("mihai.ionescu@firma.ro");
    const storage = stack.app.services.storage;
    const record = String(await storage.get(`erp:erp:cred:${user.userId}`));
    expect(record).not.toMatch(/rt_|eyJ|mihai|Ionescu/);
  });

  it("an access token near its expiry is renewed silently, once, and the new one serves", async () => {
    const user = await stack.linkedAs("ana@firma.ro");
    await user.ask("/companies", /Your companies/);
    const before = refreshes();
    stack.clock.advance(61_000);
    await user.ask("/companies", /Your companies/);
    expect(refreshes()).toBe(before + 1);
    await user.ask("/companies", /Your companies/);
    expect(refreshes()).toBe(before + 1);
  });

  it("a token the backend already refuses (its clock ran ahead) is renewed after the 401, and the call retried", async () => {
    const user = await stack.linkedAs("elena.stanescu@firma.ro");
    const before = refreshes();
    stack.roa2web.clock.advance(120_000); // the backend alone: to the bot the token is still fresh
    try {
      await user.ask("/companies", /Your companies/);
      expect(refreshes()).toBe(before + 1);
    } finally {
      stack.roa2web.clock.advance(-120_000);
    }
  });

  it("a link revoked in the web app asks the user to link again; a new code does", async () => {
    const user = await stack.linkedAs("ana@firma.ro");
    expect(await stack.roa2web.revokeLink(user.userId)).toBe(true);
    const ended = await user.ask("/companies", /Your link to ROA2WEB has ended/);
    expect(ended.text).toBe(
      "Your link to ROA2WEB has ended (it was revoked, or your account was disabled). Please link again with a new code from ROA2WEB (Settings → Telegram).",
    );
    await user.ask("/companies", /Please link your ROA2WEB account first/);
    await user.ask(await stack.codeFor("ana@firma.ro"), LINKED);
    await user.ask("/companies", /Your companies/);
  });

  it("tokens and codes never reach the log", () => {
    const logs = stack.logText();
    expect(logs).not.toMatch(/rt_[A-Za-z0-9_-]{20}/);
    expect(logs).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ/);
  });
});

describe("erp daily digest", () => {
  it("is set at an hour in the user's zone, and sends the overdue invoices of their company", async () => {
    const user = await stack.linkedAs("mihai.ionescu@firma.ro");
    const settings = await user.ask("/digest", /Daily digest of overdue invoices/);
    expect(settings.text).toContain(
      "It is off. Choose the hour to receive it every day (time zone Europe/Bucharest):",
    );
    await user.press(settings, "🌍 Europe/Bucharest");
    const zones = await user.edited(settings.message_id, /Choose your time zone/);
    await user.press(zones, "Europe/London");
    const london = await user.edited(settings.message_id, /time zone Europe\/London/);
    // The company first: the hour's button asks for one when none is active.
    await user.press(london, "09:00");
    const picker = await user.reply(/First choose the company/);
    await user.press(picker, /Carpați/);
    await user.reply(/Every day at 09:00 \(Europe\/London\) for Carpați Distribuție SRL/);
    await user.ask("/digest", /Every day at 09:00 \(Europe\/London\) for Carpați Distribuție SRL/);

    const overdue = await stack.roa2web.invoicesOf(1, { status: "overdue" });
    await user.mark();
    await stack.runJob("digest", { userId: user.userId });
    const digest = await user.reply(/Overdue invoices: Carpați Distribuție SRL/);
    expect(digest.text).toContain(`${overdue.total} invoices are overdue.`);
    for (const [currency, sum] of Object.entries(overdue.totals.by_currency))
      expect(digest.text).toContain(`Left to pay: ${formatMoney(sum.outstanding, currency, "en")}`);
    expect(digest.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["🧾 Overdue invoices"]);
    await user.press(digest, "🧾 Overdue invoices");
    await user.reply(/🧾 Invoices: Carpați Distribuție SRL \(overdue\)/);
  });

  it("turned off, it no longer comes", async () => {
    const user = await stack.linkedAs("ana@firma.ro");
    const settings = await user.ask("/digest", /It is off/);
    await user.press(settings, "12:00");
    const picker = await user.reply(/First choose the company/);
    await user.press(picker, /Delta/);
    const on = await user.ask("/digest", /Every day at 12:00/);
    await user.press(on, "🔕 Turn off");
    await user.edited(on.message_id, /It is off/);
    await user.mark();
    await stack.runJob("digest", { userId: user.userId });
    await user.ask("/digest", /It is off/);
    const since = (await user.transcript()).filter((m) => /Overdue invoices:/.test(m.text ?? ""));
    expect(since).toEqual([]);
  });
});

describe("erp hourly clean-up", () => {
  it("forgets codes a day past their expiry: a late code is then wrong, no longer expired", async () => {
    const user = await stack.user("Late");
    const code = await stack.codeFor("elena.stanescu@firma.ro");
    stack.clock.advance(16 * 60_000);
    await user.ask(code, /That code has expired/);
    await stack.runJob("cleanup");
    await user.ask(code, /That code has expired/);
    stack.clock.advance(24 * 3_600_000);
    await stack.runJob("cleanup");
    await user.ask(code, /That code is not valid/);
    expect(stack.logText()).toMatch(
      /"codes":[1-9]\d*,"links":0,"digests":0[^}]*"msg":"erp: hourly clean-up"/,
    );
  });
});
