/**
 * The side panel's backend faults, in headless Chromium (issue 12, item 17): a person sets
 * latency, errors, 429s and malformed JSON on the Plume backend, sees that faults are on, watches
 * netmon's answer turn into an error, takes a pod down and brings it back, and resets.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_NODES } from "../../backends/plume/index.js";
import {
  chatPane,
  chromiumMissing,
  launchChromium,
  startTestPlayground,
  type TestPlayground,
} from "./playgroundSupport.js";

const missing = chromiumMissing();

describe.skipIf(missing !== undefined)(
  `backend faults from the side panel ${missing ? `(skipped: ${missing})` : ""}`,
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
      await page.goto(demo.playground.url);
      await page.getByTestId("identity-daniel_support").click();
      await page.getByTestId("chat-netmon_bot").click();
    });

    afterAll(async () => {
      await browser?.close();
      await demo?.stop();
    });

    const send = (text: string) => chatPane(page).send(text);
    const input = () => chatPane(page).input();
    const botMessage = (text: string) => chatPane(page).botMessage(text).last();
    const plume = () => demo.playground.backends.plume!;
    const podState = (nodeId: string) => {
      const { world } = plume();
      return world.podState(world.podById(nodeId)!.pod).state;
    };
    const byId = (id: string) => page.getByTestId(id);

    it("shows the Plume backend's faults, none on at first, its controls one click away", async () => {
      await byId("faults-plume").waitFor();
      expect(await byId("faults-summary-plume").textContent()).toBe(
        "No faults: the backend answers as usual.",
      );
      expect(await byId("faults-state-plume").isHidden()).toBe(true);
      expect(await byId("faults-indicator").isHidden()).toBe(true);
      expect(await byId("fault-latency-plume").isHidden()).toBe(true);
      await byId("faults-toggle-plume").click();
      await byId("fault-latency-plume").waitFor();
      expect(await byId("fault-latency-plume").inputValue()).toBe("0");
    });

    it("sets latency, errors, 429s and malformed JSON; the panel and the sidebar say faults are on", async () => {
      await byId("fault-latency-plume").fill("300");
      await byId("fault-errors-plume").fill("40");
      await byId("fault-429-plume").fill("3");
      await byId("fault-malformed-plume").check();
      await byId("fault-apply-plume").click();

      await byId("faults-state-plume").waitFor();
      expect(await byId("faults-summary-plume").textContent()).toBe(
        "On: 300 ms latency · 40 % errors (HTTP 503) · 429 for the next 3 calls · malformed JSON.",
      );
      expect(plume().faults.settings).toMatchObject({
        latencyMs: 300,
        errorRate: 0.4,
        rateLimitNext: 3,
        malformedJson: true,
      });
      const indicator = byId("faults-indicator");
      await indicator.waitFor();
      expect(await indicator.textContent()).toBe("Faults on: Plume WiFi");

      // The sidebar's indicator leads to the backend whose faults are on.
      await byId("faults-toggle-plume").click();
      await byId("fault-latency-plume").waitFor({ state: "hidden" });
      await indicator.click();
      await byId("fault-latency-plume").waitFor();
    });

    it("resets them from the panel", async () => {
      await byId("fault-reset-plume").click();
      await expect.poll(() => byId("faults-state-plume").isHidden()).toBe(true);
      await expect.poll(() => byId("faults-indicator").isHidden()).toBe(true);
      expect(await byId("fault-latency-plume").inputValue()).toBe("0");
      expect(plume().faults.settings).toMatchObject({ latencyMs: 0, errorRate: 0, malformedJson: false });
    });

    it("with every call failing, netmon's answer is an error a person can see", async () => {
      // Connect netmon to Plume with the panel's demo logins, and pick Ana Popescu's Home.
      await send("/setup");
      await botMessage("Authorization header").waitFor();
      await byId("insert-plume-authorization").click();
      await input().press("Enter");
      await botMessage("Partner ID").waitFor();
      await byId("insert-plume-partner").click();
      await input().press("Enter");
      await botMessage("Connected to Plume").waitFor();
      await send("/locations");
      await botMessage("Choose a location").waitFor();
      await send("an");
      await botMessage("customers match")
        .getByTestId("inline-button")
        .filter({ hasText: "Ana Popescu" })
        .click();
      await botMessage("Ana Popescu").getByTestId("inline-button").filter({ hasText: "Home" }).click();
      await botMessage("Watching Home").waitFor();

      await byId("fault-errors-plume").fill("100");
      await byId("fault-apply-plume").click();
      await byId("faults-state-plume").waitFor();
      await send("/status");
      await botMessage("unavailable right now").waitFor({ timeout: 15_000 });
      await byId("fault-reset-plume").click();
      await expect.poll(() => byId("faults-indicator").isHidden()).toBe(true);
    });

    it("takes a pod down and brings it back", async () => {
      const pod = DEMO_NODES.homeKidsGuest;
      await byId("fault-pod-plume").selectOption(pod);
      const toggle = byId("fault-pod-toggle-plume");
      expect(await toggle.textContent()).toBe("Take it down");
      await toggle.click();
      await expect.poll(() => toggle.textContent()).toBe("Bring it back");
      expect(await byId("faults-summary-plume").textContent()).toBe("On: pod Home · Kid's & Guest down.");
      await byId("faults-indicator").waitFor();
      expect(podState(pod)).toBe("disconnected");

      // The bot sees it: /status counts the pod as offline.
      await send("/status");
      await botMessage("1 pod is disconnected (of 3)").waitFor();

      await toggle.click();
      await expect.poll(() => toggle.textContent()).toBe("Take it down");
      expect(podState(pod)).toBe("connected");
      await expect.poll(() => byId("faults-indicator").isHidden()).toBe(true);
      expect(errors).toEqual([]);
    });
  },
);
