/**
 * The moderation bot in the playground, in headless Chromium (issue 10's browser test). Two
 * people, each in their own browser: Timur, an admin of the demo group, answers Victor's message
 * with /settings and presses Mute and 10 minutes; Victor's page, open on the group, closes his
 * message box at once with the reason in his language (formal Romanian) and opens it again,
 * without a reload, when the playground's clock passes the mute's end. Then a ban (the group stays
 * in his list, closed, until he is unbanned and joins again) and a lockdown, live the same way.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ControlClient } from "../../src/emulator/index.js";
import { DEMO_GROUP, DEMO_USERS } from "../../src/playground/index.js";
import { untilText } from "../../src/playground/web/restrictionNotice.js";
import {
  actAsPerson,
  chatPane,
  chromiumMissing,
  launchChromium,
  startTestPlayground,
  type TestPlayground,
} from "./playgroundSupport.js";

const missing = chromiumMissing();
const person = (username: string) => DEMO_USERS.find((u) => u.username === username)!;
const VICTOR = person("victor_member");
const GROUP_CHAT = `chat-group-${DEMO_GROUP.username}`;

describe.skipIf(missing !== undefined)(
  `moderation in the playground ${missing ? `(skipped: ${missing})` : ""}`,
  () => {
    let demo: TestPlayground;
    let control: ControlClient;
    let browser: Browser;
    /** Timur's page, and Victor's (their own browser contexts: their own chosen identity). */
    let admin: Page;
    let member: Page;
    const errors: string[] = [];

    async function openPage(username: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000); // fail on the waited-for element, well within the test's timeout
      page.on("pageerror", (error) => errors.push(`${username}: ${error.message}`));
      await page.goto(demo.playground.url);
      await actAsPerson(page, username);
      await page.getByTestId(GROUP_CHAT).click();
      await page.getByTestId("chat-title").filter({ hasText: DEMO_GROUP.title }).waitFor();
      return page;
    }

    beforeAll(async () => {
      [demo, browser] = await Promise.all([startTestPlayground(), launchChromium()]);
      control = new ControlClient(demo.playground.localUrl);
      admin = await openPage("timur_moderator");
      member = await openPage(VICTOR.username);
    });

    afterAll(async () => {
      await browser?.close();
      await demo?.stop();
    });

    const box = (page: Page) => chatPane(page).input();
    const notice = (page: Page) => page.getByTestId("composer-restriction-text");
    /** Timur's panel: the bot's last message with buttons. */
    const panel = () =>
      admin
        .locator('[data-testid="message"][data-from="bot"]', { has: admin.getByTestId("inline-button") })
        .last();
    const button = (message: Locator, text: string) =>
      message.getByTestId("inline-button").filter({ hasText: text });
    /** Presses a timed toggle (🔇, 🚫) on the panel, then the duration at `index` of its row. */
    async function pressTimed(emoji: string, index: number) {
      await button(panel(), emoji).first().click();
      await button(panel(), "‹").waitFor(); // the duration row, with Back
      await button(panel(), emoji).nth(index).click();
    }
    const windowKept = (page: Page) => page.evaluate(() => (window as { kept?: boolean }).kept === true);

    it("the identity picker offers the group's people by role", async () => {
      const page = await browser.newPage();
      await page.goto(demo.playground.url);
      await page.waitForFunction(() => document.body.dataset.ready === "true");
      for (const [username, role] of [
        ["sofia_owner", "Group owner"],
        ["timur_moderator", "Group admin: may mute and ban"],
        ["elena_anonymous", "Anonymous group admin"],
        ["victor_member", "Group member"],
        ["boris_flooder", "Group member who floods the chat"],
      ] as const) {
        expect(await page.getByTestId(`identity-${username}`).textContent()).toContain(role);
      }
      await page.close();
    });

    it("an admin mutes a member from the /settings panel; the member's box closes at once", async () => {
      expect(await box(member).isDisabled()).toBe(false);
      await member.evaluate(() => {
        (window as { kept?: boolean }).kept = true;
      });

      // Victor's greeting, from when the world was made: Timur replies to it with /settings.
      const greeting = admin.locator('[data-testid="message"]', { hasText: "Bună ziua tuturor" });
      await greeting.hover();
      await greeting.getByTestId("reply-action").click();
      await expect.poll(() => admin.getByTestId("reply-bar").textContent()).toContain("Victor Ionescu");
      await chatPane(admin).send("/settings");
      await expect.poll(() => admin.getByTestId("reply-bar").isHidden()).toBe(true);
      const sent = admin.locator('[data-testid="message"][data-from="me"]', { hasText: "/settings" });
      expect(await sent.locator(".msg__reply").textContent()).toContain("Victor Ionescu");

      // The panel (in Timur's Kazakh): 🔇 Mute, then the first duration, 10 minutes.
      await pressTimed("🔇", 0);
      await button(panel(), "🔊").waitFor(); // it offers Unmute now
      const { status, until_date } = await control.member(DEMO_GROUP.id, VICTOR.id);
      expect(status).toBe("restricted");
      const now = Math.floor(demo.playground.clock.now() / 1000);
      expect((until_date as number) - now).toBeGreaterThan(9 * 60);

      // Victor did nothing: his page closed the box, saying until when in formal Romanian.
      await expect.poll(() => box(member).isDisabled()).toBe(true);
      expect(await member.getByTestId("send-button").isDisabled()).toBe(true);
      const zone = await member.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      expect(await notice(member).getAttribute("lang")).toBe("ro");
      expect(await notice(member).textContent()).toBe(
        `Nu puteți scrie în acest grup până la ${untilText(until_date as number, now, "ro", zone)}.`,
      );
      // Timur's header counts him.
      await expect.poll(() => admin.getByTestId("chat-status").textContent()).toContain("1 muted");
    });

    it("the mute ends by the clock: the box opens again without a reload, and he writes", async () => {
      demo.playground.clock.advance(10 * 60_000 + 1000);
      await expect.poll(() => box(member).isDisabled(), { timeout: 8000 }).toBe(false);
      expect(await member.getByTestId("composer-restriction").isHidden()).toBe(true);
      expect(await windowKept(member)).toBe(true);

      await chatPane(member).send("Mulțumesc, am înțeles.");
      await member.locator('[data-testid="message"][data-from="me"]', { hasText: "Mulțumesc" }).waitFor();
      await expect.poll(() => admin.getByTestId("chat-status").textContent()).not.toContain("muted");
    });

    it("a ban keeps the group in his list, closed; unbanned, he joins again", async () => {
      await pressTimed("🚫", 3); // for good
      await expect.poll(() => box(member).isDisabled()).toBe(true);
      expect(await notice(member).textContent()).toBe("Accesul dumneavoastră în acest grup este blocat.");
      expect(await member.getByTestId(GROUP_CHAT).count()).toBe(1);

      await button(panel(), "✅").first().click(); // Unban: he is out of the group now
      await expect.poll(() => notice(member).textContent()).toBe("Nu faceți parte din acest grup.");
      await member.getByTestId("join-button").click();
      await expect.poll(() => box(member).isDisabled()).toBe(false);
      expect((await control.member(DEMO_GROUP.id, VICTOR.id)).status).toBe("member");
      expect(await windowKept(member)).toBe(true);
    });

    it("a lockdown closes the group to members until it is unlocked", async () => {
      await button(panel(), "🔒").click();
      await expect.poll(() => box(member).isDisabled()).toBe(true);
      expect(await notice(member).textContent()).toBe("Acum doar administratorii pot scrie în acest grup.");
      expect(await box(admin).isDisabled()).toBe(false); // admins still write

      await button(panel(), "🔓").click();
      await expect.poll(() => box(member).isDisabled()).toBe(false);
      expect(errors).toEqual([]);
    });
  },
);
