/**
 * The playground in headless Chromium, as a person uses it: pick who you are, open the about
 * bot's chat, use the command suggestions, send /start and /help (formatted replies), /language,
 * press "Română" and see the message edited in place. Every wait is on the page's state.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ControlClient } from "../../src/emulator/index.js";
import { DEMO_USERS } from "../../src/playground/index.js";
import {
  chatPane,
  chromiumMissing,
  launchChromium,
  startTestPlayground,
  type TestPlayground,
} from "./playgroundSupport.js";

const missing = chromiumMissing();
const SCREENSHOT = "/tmp/switchboard-playground.png";

describe.skipIf(missing !== undefined)(
  `the playground in Chromium ${missing ? `(skipped: ${missing})` : ""}`,
  () => {
    let demo: TestPlayground;
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      [demo, browser] = await Promise.all([startTestPlayground(), launchChromium()]);
      page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
      page.setDefaultTimeout(8000); // fail on the waited-for element, well within the test's timeout
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
    });

    afterAll(async () => {
      await browser?.close();
      await demo?.stop();
    });

    const input = () => chatPane(page).input();
    const send = (text: string) => chatPane(page).send(text);
    const botMessage = (text: string) => chatPane(page).botMessage(text);

    it("lets a person pick who they are and lists their chats", async () => {
      await page.goto(demo.playground.url);
      await expect.poll(() => page.getByTestId("identity-dialog").isVisible()).toBe(true);
      await page.getByTestId("identity-daniel_support").click();
      await expect
        .poll(() => page.getByTestId("user-role").textContent())
        .toBe("ISP support agent · English");
      await page.getByTestId("chat-switchboard_bot").waitFor();
      await page.getByTestId("chat-netmon_bot").waitFor();
      expect(await page.getByTestId("connection").getAttribute("data-state")).toBe("live");
    });

    it("suggests the bot's commands when typing /", async () => {
      await page.getByTestId("chat-switchboard_bot").click();
      await page.getByTestId("start-button").waitFor();
      const options = page.getByTestId("command-option");
      await input().fill("/");
      await expect.poll(() => options.count()).toBe(4);
      await input().pressSequentially("he");
      await expect.poll(() => options.allTextContents()).toEqual(["/helpWhat this bot can do"]);
      await input().fill("");
      await expect.poll(() => page.getByTestId("command-suggestions").isHidden()).toBe(true);
    });

    it("sends /start and /help and renders the formatted replies", async () => {
      await send("/start");
      const welcome = botMessage("Hello, Daniel!");
      await welcome.waitFor();
      expect(await welcome.locator("strong").first().textContent()).toBe("Switchboard");

      await send("/help");
      const help = botMessage("What this bot can do");
      await help.waitFor();
      expect(await help.locator("strong").first().textContent()).toBe("Commands");
      // Commands in the text are clickable, as in Telegram.
      expect(await help.locator("button.command-link").count()).toBeGreaterThanOrEqual(4);
    });

    it("presses an inline button and shows the edited message in place", async () => {
      await send("/language");
      const choose = botMessage("Choose your language");
      await choose.waitFor();
      const messageId = await choose.getAttribute("data-message-id");
      await choose.getByTestId("inline-button").filter({ hasText: "Română" }).click();

      const edited = page.locator(`[data-testid="message"][data-message-id="${messageId}"]`);
      await edited.filter({ hasText: "Limba setată: română." }).waitFor();
      await edited.getByTestId("edited-mark").waitFor();
      expect(await edited.getByTestId("inline-button").filter({ hasText: "✓ Română" }).count()).toBe(1);
      expect(await botMessage("Choose your language").count()).toBe(0); // replaced, not appended
      await page.getByTestId("toast").filter({ hasText: "Limba setată" }).first().waitFor();

      await page.screenshot({ path: SCREENSHOT, fullPage: false });
      expect(errors).toEqual([]);
    });

    it("shows photos and documents arriving in the open chat, live", async () => {
      const control = new ControlClient(demo.playground.localUrl);
      const daniel = DEMO_USERS.find((u) => u.username === "daniel_support")!;
      const report = Buffer.from("date,download_gb\n2026-11-20,50.04\n");
      await control.sendDocument(daniel.id, "switchboard_bot", {
        bytes: report,
        fileName: "wan-report.csv",
        mimeType: "text/csv",
      });
      await control.sendPhoto(daniel.id, "switchboard_bot", { caption: "a pixel" });

      const document = page.getByTestId("message-document").filter({ hasText: "wan-report.csv" });
      await document.waitFor();
      const href = await document.getAttribute("href");
      const download = await fetch(new URL(href!, demo.playground.localUrl));
      expect(Buffer.from(await download.arrayBuffer())).toEqual(report);

      const photo = page.locator('[data-testid="message-photo"][alt="Photo: a pixel"]');
      await photo.waitFor();
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    });

    it("resets the demo from the page", async () => {
      await page.getByTestId("reset-button").click();
      await page.getByTestId("reset-confirm").click(); // the page asks first
      await page.getByTestId("toast").filter({ hasText: "back to its start" }).waitFor();
      await page.getByTestId("start-button").waitFor();
      expect(await page.locator('[data-testid="message"]').count()).toBe(0);
    });
  },
);
