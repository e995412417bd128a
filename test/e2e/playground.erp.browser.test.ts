/**
 * The erp bot in the playground, in headless Chromium, as a person uses it with two tabs: the
 * ROA2WEB web app, whose address is in the playground's backends, and the playground's web chat.
 * On the web app: sign in as the demo accountant and generate a link code; the QR code on the
 * page (a PNG data URL) decodes to exactly the deep link the page offers, which in the playground
 * is `<playground>/?bot=<erp bot>&start=<CODE>`. The chat tab follows that link as Telegram would:
 * after picking who you are (Maria, the demo accountant), the page opens the ERP bot's chat and
 * sends `/start CODE` itself. The account is linked (the code's message deleted), the company
 * picker offers the accountant's companies, one is chosen, and `/dashboard` shows the backend's
 * figures for it, written as the module writes money in Romanian. Every wait is on a page's state.
 */
import jsqr from "jsqr";
import type { Browser, Locator, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTANT } from "../../backends/roa2web/index.js";
import { formatCount, formatMoney } from "../../src/modules/erp/domain/money.js";
import { DEMO_USERS } from "../../src/playground/index.js";
import {
  chatPane,
  chromiumMissing,
  launchChromium,
  startTestPlayground,
  type TestPlayground,
} from "./playgroundSupport.js";

const missing = chromiumMissing();
/** The ERP bot of the playground (`src/playground/demoBots.ts`). */
const BOT = "roa2web_erp_bot";
/** Maria Lungu, the playground's accountant, who reads Romanian. */
const MARIA = DEMO_USERS.find((u) => u.username === "maria_accounts")!;
const SCREENSHOT = "/tmp/switchboard-playground-erp.png";

/** The text a QR code in a PNG data URL holds. */
function decodeQr(dataUrl: string): string | undefined {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64"));
  return jsqr.default(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe.skipIf(missing !== undefined)(
  `erp in the playground ${missing ? `(skipped: ${missing})` : ""}`,
  () => {
    let demo: TestPlayground;
    let browser: Browser;
    /** The ROA2WEB web app. */
    let web: Page;
    /** The playground's web chat, in another tab. */
    let chat: Page;
    let code: string;
    let deepLink: string;
    const errors: string[] = [];

    const roa2web = () => demo.playground.backends.roa2web!;

    beforeAll(async () => {
      [demo, browser] = await Promise.all([startTestPlayground(), launchChromium()]);
      const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
      web = await context.newPage();
      web.setDefaultTimeout(8000); // fail on the waited-for element, well within the test's timeout
      web.on("pageerror", (error) => errors.push(`web app: ${error.message}`));
      chat = await context.newPage();
      chat.setDefaultTimeout(8000);
      chat.on("pageerror", (error) => errors.push(`chat: ${error.message}`));
      chat.on("console", (message) => {
        if (message.type() === "error") errors.push(`chat: ${message.text()}`);
      });
    });

    afterAll(async () => {
      await browser?.close();
      await demo?.stop();
    });

    const botMessages = () => chat.locator('[data-testid="message"][data-from="bot"]');
    /** The latest message of the bot matching `text`. */
    const botMessage = (text: string | RegExp) => botMessages().filter({ hasText: text }).last();
    const buttons = (message: Locator) => message.getByTestId("inline-button");

    it("signs in to the ROA2WEB web app as the demo accountant and generates a code", async () => {
      await web.bringToFront();
      await web.goto(roa2web().webUrl); // signed out: it leads to the sign-in page
      await web.getByTestId("login-email").fill(DEMO_ACCOUNTANT.email);
      await web.getByTestId("login-password").fill(DEMO_ACCOUNTANT.password);
      await web.getByTestId("login-submit").click();
      await expect
        .poll(() => web.getByTestId("signed-in-as").textContent())
        .toBe(`${DEMO_ACCOUNTANT.name} (${DEMO_ACCOUNTANT.email})`);
      await web.getByTestId("no-linked-accounts").waitFor();

      await web.getByTestId("generate-code").click();
      await web.getByTestId("code-result").waitFor();
      code = String(await web.getByTestId("link-code").textContent());
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      deepLink = String(await web.getByTestId("open-in-telegram").getAttribute("href"));
      // "Open in Telegram" opens the playground's chat with the ERP bot.
      const expected = new URL(demo.playground.url);
      expected.pathname = "/";
      expected.search = new URLSearchParams({ bot: BOT, start: code }).toString();
      expect(deepLink).toBe(expected.href);
    });

    it("shows a QR code that decodes to exactly the deep link the page offers", async () => {
      const image = web.getByTestId("qr-image");
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
        .toBeGreaterThan(0);
      const src = String(await image.getAttribute("src"));
      expect(src).toMatch(/^data:image\/png;base64,/);
      expect(decodeQr(src)).toBe(deepLink);
    });

    it("follows the link in the playground's chat: the account linked, the companies offered", async () => {
      await chat.bringToFront();
      await chat.goto(deepLink);
      // A new browser: the playground asks who you are first, then follows the link.
      await expect.poll(() => chat.getByTestId("identity-dialog").isVisible()).toBe(true);
      await chat.getByTestId(`identity-${MARIA.username}`).click();

      // The page opened the ERP bot's chat and sent `/start CODE`; the bot linked the account.
      const linked = botMessage("este acum legat de ROA2WEB");
      await linked.waitFor();
      expect(await linked.locator("strong, b").first().textContent()).toBe(DEMO_ACCOUNTANT.name);
      expect(await linked.textContent()).toContain(DEMO_ACCOUNTANT.email);
      expect(new URL(chat.url()).search).toBe(""); // followed once: a reload sends nothing again

      // The message holding the code was deleted, and the code is nowhere in the chat.
      await chat.locator('[data-testid="message"][data-deleted="true"]').first().waitFor();
      expect(await chat.getByTestId("transcript").textContent()).not.toContain(code);

      // The accountant has three companies: the bot asks which one (the picker lists them by name).
      const picker = botMessage("Alegeți o firmă");
      await picker.waitFor();
      const companies = await roa2web().companiesOf(DEMO_ACCOUNTANT.email);
      expect(companies.length).toBeGreaterThan(1);
      expect(await buttons(picker).allTextContents()).toEqual(
        companies.map((c) => `🏢 ${c.name} · ${c.cui}`).sort((a, b) => a.localeCompare(b, "ro")),
      );

      // The web app lists the link to Maria's Telegram account.
      await web.reload();
      await web.locator(`[data-testid="linked-account"][data-telegram-user-id="${MARIA.id}"]`).waitFor();
    });

    it("chooses the company and shows /dashboard with the backend's figures, in Romanian", async () => {
      await chat.bringToFront();
      const company = (await roa2web().companiesOf(DEMO_ACCOUNTANT.email))[0]!;
      await buttons(botMessage("Alegeți o firmă")).filter({ hasText: company.name }).click();
      const selected = botMessage("Firma activă");
      await selected.waitFor();
      expect(await selected.textContent()).toContain(`${company.name} (CUI ${company.cui})`);

      await chatPane(chat).send("/dashboard");
      const dashboard = botMessage(`📊 ${company.name}`);
      await dashboard.getByText("Situația la").waitFor();
      const text = String(await dashboard.getByTestId("message-text").textContent());

      const d = await roa2web().dashboardOf(company.id);
      const money = (amount: number) => formatMoney(amount, d.currency, MARIA.language_code);
      const count = (n: number) => formatCount(n, MARIA.language_code);
      const lines = text.split("\n");
      for (const line of [
        `Sold: ${money(d.balance)}`,
        `Creanțe: ${money(d.receivables)}`,
        `Datorii: ${money(d.payables)}`,
        `Facturi: ${count(d.invoices_issued)} emise · ${count(d.invoices_paid)} încasate · ${count(d.invoices_unpaid)} neîncasate`,
        `Luna aceasta: încasări ${money(d.collections_month)} · plăți ${money(d.payments_month)}`,
      ]) {
        expect(lines).toContain(line);
      }
      if (d.overdue_count > 0) {
        const overdue = lines.find((line) => line.startsWith("⚠️ Restante:"));
        expect(overdue).toMatch(new RegExp(`· ${escapeRegExp(money(d.overdue_amount))}$`));
        expect(overdue).toContain(d.overdue_count === 1 ? "o factură" : count(d.overdue_count));
      } else {
        expect(lines).toContain("✅ Nicio restanță");
      }
      // The demo ledger is not empty: the figures compared are real ones.
      expect(d.invoices_issued).toBeGreaterThan(0);
      expect(d.currency).toBe("RON");
      expect(text).toContain(" lei");

      await chat.screenshot({ path: SCREENSHOT });
      expect(errors).toEqual([]);
    });
  },
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
