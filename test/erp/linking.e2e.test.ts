/**
 * Linking a Telegram account to ROA2WEB end to end, with codes the reference backend makes and
 * hands to the bot's internal API: the deep link, a pasted code and `/start CODE` typed; wrong,
 * expired and reused codes told apart; guessing capped per user and per code; the internal API
 * refusing a wrong key and a bad body; relinking asked first; one ERP account on one Telegram
 * account; /unlink on both sides. No code ever reaches the log.
 */
import jsqr from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEB_PATHS } from "../../backends/roa2web/index.js";
import { hiddenField, postForm, testIdAttribute, webSignIn } from "../../backends/roa2web/testKit.js";
import { ERP_BOT, ErpStack, LINKED } from "./erpStack.js";

let stack: ErpStack;
const codes: string[] = [];
const code = async (email: string) => {
  const issued = await stack.codeFor(email);
  codes.push(issued);
  return issued;
};

beforeAll(async () => {
  stack = await ErpStack.start({ erp: { guessBudget: 6 } });
});
afterAll(async () => {
  await stack?.close();
});

/** A code-shaped string no live code has (the alphabet's last letters). */
const wrong = (n: number) => `ZZZZZZ${"23456789"[n % 8]}${"23456789"[Math.floor(n / 8) % 8]}`;

describe("erp linking: three ways", () => {
  it("the deep link (and the QR code, the same link) links at once, deletes the code and offers the companies", async () => {
    const ana = await stack.user("Ana");
    const issued = await code("ana@firma.ro");
    await stack.openDeepLink(ana, issued);
    const linked = await ana.reply(LINKED);
    expect(linked.text).toBe(
      "✅ This Telegram account is now linked to ROA2WEB as Ana Popescu (ana@firma.ro).",
    );
    const picker = await ana.reply(/Choose a company/);
    expect(picker.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([
      "🏢 Agromureș Cereale SA · RO11806435",
      "🏢 Carpați Distribuție SRL · RO18452718",
      "🏢 Delta Logistic & Transport SRL · RO22619378",
    ]);
    const transcript = await ana.transcript();
    const start = transcript.find((m) => m.text === `/start ${issued}`);
    expect(start?.deleted).toBe(true);
    expect((await stack.roa2web.linksOf("ana@firma.ro")).map((l) => l.telegramUserId)).toContain(
      String(ana.userId),
    );
  });

  it("the QR code on the web page holds the same deep link, which links the phone that scans it", async () => {
    const { roa2web } = stack;
    const cookie = await webSignIn(roa2web, "mihai.ionescu@firma.ro");
    const settings = await roa2web.app.inject({
      method: "GET",
      url: WEB_PATHS.telegram,
      headers: { cookie },
    });
    const page = await postForm(roa2web, WEB_PATHS.code, cookie, {
      csrf: hiddenField(settings.body, "csrf"),
    });
    expect(page.statusCode).toBe(200);
    const dataUrl = testIdAttribute(page.body, "qr-image", "src")!;
    const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64"));
    const link = new URL(jsqr.default(new Uint8ClampedArray(png.data), png.width, png.height)!.data);
    expect(`${link.origin}${link.pathname}`).toBe(`https://t.me/${ERP_BOT.username}`);
    const phone = await stack.user("Phone");
    codes.push(link.searchParams.get("start")!);
    await stack.openDeepLink(phone, link.searchParams.get("start")!);
    await phone.reply(/linked to ROA2WEB as Mihai Ionescu/);
  });

  it("a code pasted alone (with a dash) links, and its message is deleted", async () => {
    const elena = await stack.user("Elena", "ro");
    const issued = await code("elena.stanescu@firma.ro");
    const pasted = `${issued.slice(0, 4)}-${issued.slice(4)}`;
    const sent = await elena.send(pasted);
    const reply = await elena.reply(/legat de ROA2WEB/);
    expect(reply.text).toBe(
      "✅ Acest cont de Telegram este acum legat de ROA2WEB ca Elena Stănescu (elena.stanescu@firma.ro).",
    );
    expect((await elena.transcript()).find((m) => m.message_id === sent.message_id)?.deleted).toBe(true);
  });

  it("/start CODE typed, and /link CODE, link too", async () => {
    const mihai = await stack.user("Mihai");
    await mihai.ask(`/start ${await code("mihai.ionescu@firma.ro")}`, LINKED);
    const other = await stack.user("Mihai2");
    await other.ask("/link", /To link your ROA2WEB account/);
    await other.ask(`/link ${await code("ana@firma.ro")}`, LINKED);
  });

  it("an ordinary word is not taken for a code", async () => {
    const someone = await stack.user("Someone");
    await someone.ask("invoices", /I did not expect a message here/);
  });

  it("/help offers /link before linking, and the reports after", async () => {
    const user = await stack.user("Helpful");
    const before = await user.ask("/help", /Commands/);
    expect(before.text).toContain("/link — Link your ROA2WEB account with a code");
    expect(before.text).not.toContain("/dashboard");
    await stack.linkedAs("elena.stanescu@firma.ro", user);
    const after = await user.ask("/help", /Commands/);
    expect(after.text).toContain(
      "/dashboard — Dashboard of the active company\n/sold — Balance (same as /dashboard)",
    );
    expect(after.text).not.toContain("/link");
  });

  it("in a group, a code is deleted at once and never used; reports stay private", async () => {
    const owner = await stack.user("GroupOwner");
    const group = await stack.control.createGroup({
      title: "Contabilitate",
      ownerId: owner.userId,
      bots: [{ bot: ERP_BOT.username, admin: true }],
    });
    const issued = await code("ana@firma.ro");
    const sent = await stack.control.sendText(owner.userId, group.id, `/start@${ERP_BOT.username} ${issued}`);
    const answer = await stack.control.waitForMessage(
      group.id,
      (m) => m.from?.is_bot === true && /private chat/.test(m.text ?? ""),
      15_000, // a group's answer waits behind the whole suite's load on a 2-core machine
    );
    expect(answer.text).toBe(
      "For your security, please link your account in a private chat with me. I deleted your message.",
    );
    const history = await stack.control.transcript(group.id);
    expect(history.find((m) => m.message_id === sent.message_id)?.deleted).toBe(true);
    await stack.control.sendText(owner.userId, group.id, `/dashboard@${ERP_BOT.username}`);
    await stack.control.waitForMessage(
      group.id,
      (m) => /only in a private chat with me/.test(m.text ?? ""),
      15_000,
    );
    // The code was not spent: it still links in private.
    await owner.ask(issued, LINKED);
  });
});

describe("erp linking: codes that do not link", () => {
  it("wrong, expired and already used codes are told apart", async () => {
    const user = await stack.user("Ioana");
    const wrongAnswer = await user.ask(wrong(1), /not valid/);
    expect(wrongAnswer.text).toBe(
      "❌ That code is not valid. Please check it, or generate a new one in ROA2WEB (Settings → Telegram).",
    );
    await user.ask("/link ABCD0O1I", /That is not a link code/);

    const late = await code("ana@firma.ro");
    stack.clock.advance(15 * 60_000);
    await user.ask(late, /That code has expired: codes work for 15 minutes/);

    const used = await code("elena.stanescu@firma.ro");
    const first = await stack.user("First");
    await first.ask(used, LINKED);
    await user.ask(used, /That code has already been used: a code works once/);
    await first.ask(`/start ${used}`, /You already used that code to link this account/);
  });

  it("guessing is capped per user: the fifth wrong code locks them out, right codes included", async () => {
    const guesser = await stack.user("Guesser");
    for (let i = 10; i < 14; i++) await guesser.ask(wrong(i), /not valid/);
    await guesser.ask(wrong(14), /Too many wrong attempts\. Please try again in 15 minutes\./);
    await guesser.ask(await code("ana@firma.ro"), /Too many wrong attempts/);
    expect(await stack.roa2web.linksOf("ana@firma.ro")).not.toContainEqual(
      expect.objectContaining({ telegramUserId: String(guesser.userId) }),
    );
  });

  it("and per code: a code that absorbed too many wrong guesses on the bot is burned", async () => {
    const owner = await stack.user("Owner");
    const target = await code("mihai.ionescu@firma.ro");
    // Several accounts guess (each under its own limit): 6 wrong codes while the code is live.
    for (let i = 0; i < 3; i++) {
      const guesser = await stack.user(`Guesser${i}`);
      await guesser.ask(wrong(20 + 2 * i), /not valid/);
      await guesser.ask(wrong(21 + 2 * i), /not valid/);
    }
    await owner.ask(target, /That code was blocked after too many wrong codes were tried on this bot/);
    // Burned for good: the owner asks for a new one, which works.
    await owner.ask(target, /blocked/);
    await owner.ask(await code("mihai.ionescu@firma.ro"), LINKED);
  });
});

describe("erp linking: the internal API", () => {
  const post = (body: unknown, key = stack.roa2web.internalApiKey) =>
    fetch(`${stack.app.url}/internal/save-code`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const body = (overrides: Record<string, unknown> = {}) => ({
    code: "KMNPQRS7",
    user_id: 1,
    email: "ana@firma.ro",
    server_id: "main",
    expires_at: new Date(stack.clock.now() + 10 * 60_000).toISOString(),
    ...overrides,
  });

  it("refuses a wrong key (401) and a bad body (400 naming the field); stores a good one once (201, then 409)", async () => {
    expect((await post(body(), "not-the-key")).status).toBe(401);
    const bad = await post(body({ expires_at: new Date(stack.clock.now() + 60 * 60_000).toISOString() }));
    expect([bad.status, await bad.json()]).toEqual([
      400,
      { error: "bad_request", field: "expires_at", message: "is more than 15 minutes ahead" },
    ]);
    const badCode = await post(body({ code: "kmnpqrs7" }));
    expect([badCode.status, (await badCode.json()).field]).toEqual([400, "code"]);
    const saved = await post(body());
    expect([saved.status, await saved.json()]).toEqual([201, { saved: true }]);
    expect((await post(body())).status).toBe(409);
  });
});

describe("erp linking: one account each way", () => {
  it("relinking to another ERP account is asked first; No keeps the link, Yes switches", async () => {
    const user = await stack.linkedAs("ana@firma.ro");
    const question = await user.ask(await code("mihai.ionescu@firma.ro"), /Link it to/);
    expect(question.text).toBe(
      "This Telegram account is linked to ana@firma.ro. Link it to mihai.ionescu@firma.ro instead? Your active company and daily digest will be reset.",
    );
    await user.press(question, "✖ No, keep the current one");
    await user.reply(/Nothing changed: you are still linked to ana@firma.ro/);
    const again = await user.ask(await code("mihai.ionescu@firma.ro"), /Link it to/);
    await user.press(again, "✅ Yes, switch accounts");
    await user.reply(/linked to ROA2WEB as Mihai Ionescu/);
    const links = await stack.roa2web.linksOf("mihai.ionescu@firma.ro");
    expect(links.find((l) => l.telegramUserId === String(user.userId))?.sessionId).not.toBeNull();
    expect((await stack.roa2web.linksOf("ana@firma.ro")).map((l) => l.telegramUserId)).not.toContain(
      String(user.userId),
    );
  });

  it("the same ERP account linked from another Telegram account leaves the first one, who is told", async () => {
    const phone = await stack.linkedAs("elena.stanescu@firma.ro");
    const laptop = await stack.user("Laptop");
    await phone.mark();
    await stack.linkedAs("elena.stanescu@firma.ro", laptop);
    await phone.reply(/has been linked to another Telegram account, so it is no longer linked here/);
    await phone.ask("/companies", /Please link your ROA2WEB account first/);
    await laptop.ask("/companies", /Your companies/);
    expect(
      (await stack.roa2web.linksOf("elena.stanescu@firma.ro")).map((l) => l.telegramUserId),
    ).not.toContain(String(phone.userId));
  });

  it("/unlink, confirmed, ends the link on the backend and here", async () => {
    const user = await stack.linkedAs("ana@firma.ro");
    const question = await user.ask("/unlink", /Unlink this Telegram account from ana@firma.ro\?/);
    await user.press(question, "✅ Yes, unlink");
    await user.edited(question.message_id, /Unlinked\. ROA2WEB has revoked this bot's access/);
    expect((await stack.roa2web.linksOf("ana@firma.ro")).map((l) => l.telegramUserId)).not.toContain(
      String(user.userId),
    );
    await user.ask("/dashboard", /Please link your ROA2WEB account first/);
    await user.ask("/unlink", /This Telegram account is not linked to ROA2WEB/);
  });

  it("no code ever reached the log", () => {
    const logs = stack.logText();
    expect(codes.length).toBeGreaterThan(5);
    for (const each of codes) expect(logs).not.toContain(each);
  });
});
