/**
 * The netmon bot in the playground, in headless Chromium, against the reference Plume backend:
 * /setup with the demo credentials from the side panel, /locations (a customer, then a
 * location), /status, the WAN button, and the chart arriving as a photo that loads.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicAuthHeader, DEMO_CLIENTS, DEMO_PARTNERS } from "../../backends/plume/index.js";
import {
  chatPane,
  chromiumMissing,
  launchChromium,
  startTestPlayground,
  type TestPlayground,
} from "./playgroundSupport.js";

const missing = chromiumMissing();

describe.skipIf(missing !== undefined)(
  `netmon in the playground ${missing ? `(skipped: ${missing})` : ""}`,
  () => {
    let demo: TestPlayground;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      [demo, browser] = await Promise.all([startTestPlayground(), launchChromium()]);
      page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
      page.setDefaultTimeout(8000); // fail on the waited-for element, well within the test's timeout
      await page.goto(demo.playground.url);
      await page.getByTestId("identity-daniel_support").click();
      await page.getByTestId("chat-netmon_bot").click();
    });

    afterAll(async () => {
      await browser?.close();
      await demo?.stop();
    });

    const input = () => chatPane(page).input();
    const send = (text: string) => chatPane(page).send(text);
    const botMessage = (text: string) => chatPane(page).botMessage(text).last();

    it("connects Plume with the demo credentials shown in the side panel", async () => {
      const header = basicAuthHeader(DEMO_CLIENTS.northwind.clientId, DEMO_CLIENTS.northwind.clientSecret);
      expect(await page.getByTestId("value-plume-authorization").textContent()).toBe(header);
      expect(await page.getByTestId("value-plume-partner").textContent()).toBe(DEMO_PARTNERS.northwind.id);

      await send("/setup");
      await botMessage("Authorization header").waitFor();
      await page.getByTestId("insert-plume-authorization").click(); // what "paste" does
      expect(await input().inputValue()).toBe(header);
      await input().press("Enter");
      await botMessage("Partner ID").waitFor();
      // The bot deleted the pasted secret: the page shows it gone.
      await page.locator('[data-testid="message"][data-deleted="true"]').first().waitFor();
      expect(await page.getByTestId("transcript").textContent()).not.toContain(header);

      await page.getByTestId("insert-plume-partner").click();
      await input().press("Enter");
      await botMessage("Connected to Plume").waitFor();
    });

    it("chooses a customer and a location with /locations", async () => {
      await send("/locations");
      await botMessage("Choose a location").waitFor();
      await send("an"); // Ana Popescu and Dmitri Ivanov: a list of customers to choose from
      const customers = botMessage("customers match");
      await customers.getByTestId("inline-button").filter({ hasText: "Ana Popescu" }).click();
      const locations = botMessage("Ana Popescu");
      await locations.getByTestId("inline-button").filter({ hasText: "Home" }).click();
      await botMessage("Watching Home").waitFor();
    });

    it("shows /status, then the WAN chart as a photo that loads", async () => {
      await send("/status");
      const status = botMessage("Connected devices");
      await status.waitFor();
      expect(await status.locator("strong", { hasText: "Online" }).count()).toBe(1);

      await status.getByTestId("inline-button").filter({ hasText: "WAN" }).click();
      const chart = page.getByTestId("message-photo").last();
      await chart.waitFor();
      // Loaded and decoded: the chart's bytes came through /control/files as a real image.
      await expect
        .poll(() => chart.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
        .toBeGreaterThan(0);
      expect(await botMessage("WAN consumption").count()).toBe(1);
      await page.screenshot({ path: "/tmp/switchboard-playground-netmon.png" });
    });
  },
);
