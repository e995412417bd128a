/**
 * The web chat's guard rails, in headless Chromium (issue 12, items 8 and 16): a text over
 * Telegram's 4,096 characters is not sent and the person is told so in their own language, the
 * draft kept; a message arriving below a reader who scrolled up shows a "new message ↓" marker
 * instead of moving them; "Reset demo" asks first, in the page's own dialog.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "../../src/playground/index.js";
import {
  chatPane,
  chromiumMissing,
  launchChromium,
  startTestPlayground,
  type TestPlayground,
} from "./playgroundSupport.js";

const missing = chromiumMissing();
const user = (username: string) => DEMO_USERS.find((u) => u.username === username)!;

describe.skipIf(missing !== undefined)(
  `the playground's guard rails in Chromium ${missing ? `(skipped: ${missing})` : ""}`,
  () => {
    let demo: TestPlayground;
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    /** Native dialogs (`window.confirm` and the like): the page must use none. */
    const nativeDialogs: string[] = [];
    const resets: string[] = [];

    beforeAll(async () => {
      [demo, browser] = await Promise.all([startTestPlayground(), launchChromium()]);
      page = await browser.newPage({ viewport: { width: 1360, height: 760 } });
      page.setDefaultTimeout(8000); // fail on the waited-for element, well within the test's timeout
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("dialog", (dialog) => {
        nativeDialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on("request", (request) => {
        if (new URL(request.url()).pathname === "/playground/reset") resets.push(request.method());
      });
      await page.goto(demo.playground.url);
    });

    afterAll(async () => {
      await browser?.close();
      await demo?.stop();
    });

    const input = () => chatPane(page).input();
    const send = (text: string) => chatPane(page).send(text);
    const transcript = () => page.getByTestId("transcript");
    const notice = () => page.getByTestId("composer-notice");
    const counter = () => page.getByTestId("composer-counter");
    const messages = () => page.locator('[data-testid="message"]');

    /** Picks the person in the sidebar and opens the about bot's chat. */
    async function actAs(username: string) {
      // The page asks who you are at the end of its start-up: decide only once it has started.
      await page.waitForFunction(() => document.body.dataset.ready === "true");
      if (await page.getByTestId("identity-dialog").isVisible()) {
        await page.getByTestId(`identity-${username}`).click();
      } else {
        await page.getByTestId("user-select").selectOption(String(user(username).id));
      }
      await expect.poll(() => page.getByTestId("user-select").inputValue()).toBe(String(user(username).id));
      await page.getByTestId("chat-switchboard_bot").click();
      await expect.poll(() => page.getByTestId("chat-title").textContent()).toBe("Switchboard");
    }

    /** The about bot writes to Daniel through the Bot API, as its handlers would. */
    async function botSays(text: string) {
      const about = demo.playground.bots.find((b) => b.module === "about")!;
      const response = await fetch(`${demo.playground.localUrl}/bot${about.spec.profile.token}/sendMessage`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ chat_id: user("daniel_support").id, text }),
      });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }

    /** Whether the element is inside the transcript's visible area. */
    const inView = (text: string) =>
      page.evaluate((wanted) => {
        const box = document.getElementById("transcript")!.getBoundingClientRect();
        const node = [...document.querySelectorAll('[data-testid="message"]')].find((m) =>
          m.textContent?.includes(wanted),
        );
        if (!node) return false;
        const rect = node.getBoundingClientRect();
        return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
      }, text);

    it("length: a Russian speaker's text over 4096 characters stays in the box, with a notice in Russian", async () => {
      await actAs("aigerim_admin");
      const long = "Привет ".repeat(700); // 4,899 characters once trimmed, as the emulator counts
      await input().fill("Привет ".repeat(550)); // 3,849: the counter is there before the limit
      await expect.poll(() => counter().textContent()).toMatch(/^3\s849 \/ 4\s096$/);
      expect(await counter().getAttribute("data-over")).toBe("false");
      await input().fill(long);
      await expect.poll(() => counter().getAttribute("data-over")).toBe("true");

      await input().press("Enter");
      await notice().waitFor();
      expect(await notice().getAttribute("lang")).toBe("ru");
      const text = await notice().textContent();
      expect(text).toContain("символов");
      expect(text).toMatch(/не больше 4\s096 символов, а в вашем — 4\s899/);
      expect(await input().inputValue()).toBe(long); // nothing lost
      expect(await messages().count()).toBe(0); // nothing sent
      expect(await page.getByTestId("toast").count()).toBe(0); // no raw "message is too long"

      // Shortened below the limit: the notice goes, and the text is sent as usual.
      await input().fill("Привет!");
      await expect.poll(() => notice().isHidden()).toBe(true);
      expect(await counter().isHidden()).toBe(true);
      await input().press("Enter");
      await page.locator('[data-testid="message"][data-from="me"]', { hasText: "Привет!" }).waitFor();
      expect(await input().inputValue()).toBe("");
    });

    it("length: a Romanian speaker's notice is in formal Romanian, after pressing Send", async () => {
      await actAs("victor_member");
      const long = "a".repeat(5000);
      await input().fill(long);
      await page.getByTestId("send-button").click();
      await notice().waitFor();
      expect(await notice().getAttribute("lang")).toBe("ro");
      expect(await notice().textContent()).toMatch(
        /cel mult 4\.096 de caractere într-un mesaj, iar al dumneavoastră are 5\.000/,
      );
      expect(await input().inputValue()).toBe(long);
      expect(await messages().count()).toBe(0);
      await input().fill("");
      await expect.poll(() => notice().isHidden()).toBe(true);
    });

    it("length: if the emulator refuses a text as too long anyway, the notice replaces its raw error", async () => {
      // The page counts as the emulator does; should they ever disagree, the answer is the same.
      await page.route("**/control/messages", (route) =>
        route.fulfill({
          status: 400,
          contentType: "application/json",
          body: JSON.stringify({ ok: false, error: "message is too long" }),
        }),
      );
      try {
        const text = "b".repeat(4000);
        await input().fill(text);
        await input().press("Enter");
        await notice().waitFor();
        expect(await notice().getAttribute("lang")).toBe("ro");
        expect(await notice().textContent()).toContain("iar al dumneavoastră are 4.000");
        expect(await input().inputValue()).toBe(text);
        expect(await page.getByTestId("toast").filter({ hasText: "too long" }).count()).toBe(0);
      } finally {
        await page.unroute("**/control/messages");
      }
      // Chromium logs the faked 400 itself; nothing else may have gone wrong.
      const logged = errors.splice(0).filter((e) => !e.includes("status of 400"));
      errors.push(...logged);
      await input().fill("");
      await expect.poll(() => notice().isHidden()).toBe(true);
    });

    it("new messages: a reader who scrolled up keeps their place and gets a 'new message ↓' marker", async () => {
      await actAs("daniel_support");
      await send("/start");
      await chatPane(page).botMessage("Hello, Daniel!").waitFor();
      for (let i = 1; i <= 24; i += 1) await botSays(`Filler ${i}: ${"a line of text ".repeat(4)}`);
      await chatPane(page).botMessage("Filler 24:").waitFor();
      // At the bottom, new messages come into view by themselves.
      await expect.poll(() => inView("Filler 24:")).toBe(true);
      expect(await page.getByTestId("new-message-marker").isHidden()).toBe(true);

      // Scrolled up (say, to press a button on an older message), a reply lands below.
      await transcript().evaluate((node) => {
        node.scrollTop = 0;
      });
      await expect.poll(() => inView("Hello, Daniel!")).toBe(true);
      await botSays("The answer to your button");
      await chatPane(page).botMessage("The answer to your button").waitFor({ state: "attached" });
      const marker = page.getByTestId("new-message-marker");
      await marker.waitFor();
      expect(await marker.textContent()).toBe("New message ↓");
      expect(await inView("The answer to your button")).toBe(false);
      expect(await inView("Hello, Daniel!")).toBe(true); // the reader's place is kept

      await botSays("And a second one");
      await expect.poll(() => marker.textContent()).toBe("2 new messages ↓");

      // The marker takes the reader to the first message they have not seen, then goes.
      await marker.click();
      await expect.poll(() => inView("The answer to your button")).toBe(true);
      await expect.poll(() => marker.isHidden()).toBe(true);
    });

    it("new messages: scrolling down by hand clears the marker", async () => {
      await transcript().evaluate((node) => {
        node.scrollTop = 0;
      });
      await botSays("One more below");
      const marker = page.getByTestId("new-message-marker");
      await marker.waitFor();
      await transcript().evaluate((node) => {
        node.scrollTop = node.scrollHeight;
      });
      await expect.poll(() => marker.isHidden()).toBe(true);
      expect(await inView("One more below")).toBe(true);
    });

    it("reset: asks first in the page's own dialog; Cancel and Escape change nothing", async () => {
      const before = await messages().count();
      expect(before).toBeGreaterThan(0);
      const dialog = page.getByTestId("reset-dialog");

      await page.getByTestId("reset-button").click();
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain("Reset the demo?");
      await page.getByTestId("reset-cancel").click();
      await dialog.waitFor({ state: "hidden" });

      await page.getByTestId("reset-button").click();
      await dialog.waitFor();
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });

      expect(resets).toEqual([]);
      expect(await messages().count()).toBe(before);

      await page.getByTestId("reset-button").click();
      await page.getByTestId("reset-confirm").click();
      await page.getByTestId("toast").filter({ hasText: "back to its start" }).waitFor();
      await page.getByTestId("start-button").waitFor();
      expect(await messages().count()).toBe(0);
      expect(resets).toEqual(["POST"]);
      expect(nativeDialogs).toEqual([]);
      expect(errors).toEqual([]);
    });

    it("deep link: /?bot=…&start=… opens that bot's chat and sends /start with the payload, once", async () => {
      await page.goto(`${demo.playground.url}/?bot=switchboard_bot&start=from_a_page`);
      await expect.poll(() => page.getByTestId("chat-title").textContent()).toBe("Switchboard");
      await messages().filter({ hasText: "/start from_a_page" }).waitFor();
      // The greeting answers it, and the address no longer carries the link.
      await messages()
        .filter({ hasText: /Hello|Здравствуйте|Bună ziua|Сәлеметсіз бе/ })
        .last()
        .waitFor();
      expect(new URL(page.url()).search).toBe("");
      await page.reload();
      await page.getByTestId("chat-switchboard_bot").click();
      await expect.poll(() => messages().filter({ hasText: "/start from_a_page" }).count()).toBe(1);
    });
  },
);
