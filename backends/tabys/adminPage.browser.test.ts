/**
 * The web admin page in headless Chromium, driven by its test ids as a person would use it: sign
 * in, generate a Telegram OTP and log the bot in with it, revoke an OTP and a session, make a
 * link token. Like the playground's browser tests (test/e2e/playgroundSupport.ts), a missing
 * Chromium skips it locally and fails it in CI.
 */
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin } from "./demoAdmins.js";
import { startTabysBackend, type TabysBackend } from "./tabysBackend.js";
import { botCall } from "./testKit.js";

const CHROMIUM_PATH = "/usr/bin/chromium";
const missing = existsSync(CHROMIUM_PATH) ? undefined : `Chromium is not installed at ${CHROMIUM_PATH}`;
if (missing && process.env.CI === "true")
  throw new Error(`CI=true and ${missing}: the browser tests must run in CI`);

describe.skipIf(missing !== undefined)(
  `the admin page in a browser ${missing ? `(skipped: ${missing})` : ""}`,
  () => {
    let backend: TabysBackend;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      const { chromium } = await import("playwright-core");
      [backend, browser] = await Promise.all([
        startTabysBackend(),
        chromium.launch({
          executablePath: CHROMIUM_PATH,
          args: ["--headless", "--no-sandbox", "--disable-gpu"],
        }),
      ]);
      const context = await browser.newContext();
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: backend.url });
      page = await context.newPage();
      page.setDefaultTimeout(8000);
      await page.goto(backend.adminPageUrl);
    });

    afterAll(async () => {
      await browser?.close();
      await backend?.close();
    });

    const signInAs = async (role: Parameters<typeof demoAdmin>[0]) => {
      await page.getByTestId("admin-picker").selectOption(demoAdmin(role).email);
      await page.getByTestId("sign-in").click();
      await expect.poll(() => page.getByTestId("signed-in-as").textContent()).toBe(demoAdmin(role).name);
    };

    it("signs in, generates an OTP that logs the bot in, and copies it", async () => {
      await signInAs("administrator");
      await page.getByTestId("generate-otp").click();
      const command = page.getByTestId("otp-command");
      await expect.poll(() => command.textContent()).toMatch(/^\/login [A-Z0-9]{8}$/);
      expect(await page.getByTestId("otp-expiry").textContent()).toMatch(/valid 10 min/);
      await page.getByTestId("copy-otp").click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await command.textContent());
      expect(await page.locator('[data-testid="otp-row"][data-status="active"]').count()).toBe(1);

      const otp = String(await command.textContent()).slice("/login ".length);
      const login = await botCall(backend, "/api/v1/telegram-auth/verify-otp", {
        otp_token: otp,
        telegram_user_id: "31337",
        telegram_username: "browser_user",
      });
      expect(login.statusCode).toBe(200);
    });

    it("lists the Telegram session and revokes it", async () => {
      await page.reload(); // the sign-in survives a reload (sessionStorage)
      const row = page.locator('[data-testid="session-row"][data-telegram-user-id="31337"]');
      await row.waitFor();
      expect(await row.textContent()).toContain("@browser_user");
      await row.getByTestId("revoke-session").click();
      await row.waitFor({ state: "detached" });
      const restored = await botCall(backend, "/api/v1/telegram-auth/restore-session", {
        telegram_user_id: "31337",
      });
      expect(restored.statusCode).toBe(404);
    });

    it("revokes an unused OTP", async () => {
      await page.getByTestId("generate-otp").click();
      const active = page.locator('[data-testid="otp-row"][data-status="active"]');
      await active.first().waitFor();
      await active.first().getByTestId("revoke-otp").click();
      await page.locator('[data-testid="otp-row"][data-status="revoked"]').first().waitFor();
      expect(await active.count()).toBe(0);
    });

    it("a client makes a link token; the bot's confirmation shows as linked", async () => {
      await page.getByTestId("sign-out").click();
      await signInAs("client");
      expect(await page.getByTestId("sessions-section").isHidden()).toBe(true);
      await page.getByTestId("link-telegram").click();
      const payload = page.getByTestId("link-start-payload");
      await expect.poll(() => payload.textContent()).toMatch(/^link_[A-Za-z0-9_-]{32}$/);
      expect(await page.getByTestId("link-command").textContent()).toBe(
        `/start ${await payload.textContent()}`,
      );
      const token = String(await page.getByTestId("link-token").textContent());
      const confirmed = await botCall(backend, "/api/v2/telegram/confirm-link", {
        token,
        telegram_chat_id: 31337,
      });
      expect(confirmed.json()).toEqual({ ok: true, user_id: 1 });
      await page.reload();
      await expect
        .poll(() => page.getByTestId("link-status").textContent())
        .toMatch(/^Linked to Telegram chat 31337/);
    });

    it("shows the backend's refusal, and returns to the picker when the sign-in ends", async () => {
      await backend.reset(); // wipes every sign-in
      await page.getByTestId("generate-otp").click();
      await expect.poll(() => page.getByTestId("error").textContent()).toMatch(/sign in again/);
      expect(await page.getByTestId("signin-section").isVisible()).toBe(true);
    });
  },
);
