/**
 * The crm bot in the playground, in headless Chromium, as a person uses it with two tabs: the
 * playground's web chat (as Aigerim, the demo CRM administrator, who reads Russian) and the Tabys
 * web admin page, whose address the chat's side panel gives. On the admin page: sign in as the
 * NPO demo admin (a role that may create events) and generate a Telegram OTP; in the chat:
 * `/login` with it (the OTP's message deleted, the sign-in and the menu shown), Events (the photo
 * carousel), ➕ a new event through the wizard (typing each field, skipping the Kazakh ones,
 * choosing the category's button, sending a photo), confirming, and then the new event leading
 * the carousel with its photo, ‹ › editing that message in place. Every wait is on a page's state.
 *
 * The web chat has no way to attach a file, so the wizard's photo step is the one thing done
 * outside the page: the emulator's control API sends Aigerim's photo (`ControlClient.sendPhoto`),
 * and the page shows it arriving like any message.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin } from "../../backends/tabys/demoAdmins.js";
import { photoPng } from "../../backends/tabys/seed/demoImages.js";
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
const BOT = "tabys_crm_bot";
/** The demo admin whose OTP signs the chat in: NPO may create events (and projects). */
const NPO = demoAdmin("npo");
const AIGERIM = DEMO_USERS.find((u) => u.username === "aigerim_admin")!;
/** The new event: a title to find it by, and the photo sent at the wizard's photo step. */
const TITLE = "Фестиваль уличной еды в браузере";
const PHOTO = photoPng(11);
const SCREENSHOT = "/tmp/switchboard-playground-crm.png";

/** The first inline row of a carousel: ‹ place/total ›. */
const COUNTER = /^\d+\/\d+$/;
const PREVIOUS = /^‹$/;
const NEXT = /^›$/;

describe.skipIf(missing !== undefined)(
  `crm in the playground ${missing ? `(skipped: ${missing})` : ""}`,
  () => {
    let demo: TestPlayground;
    let browser: Browser;
    /** The playground's web chat. */
    let chat: Page;
    /** The Tabys web admin page, in another tab. */
    let admin: Page;
    let command: string;
    /** How many events the carousel counted before the new one. */
    let before: number;
    /** The carousel message opened before the new event was created. */
    let carouselId: string;
    const errors: string[] = [];

    beforeAll(async () => {
      [demo, browser] = await Promise.all([startTestPlayground(), launchChromium()]);
      const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
      chat = await context.newPage();
      chat.setDefaultTimeout(8000); // fail on the waited-for element, well within the test's timeout
      chat.on("pageerror", (error) => errors.push(`chat: ${error.message}`));
      chat.on("console", (message) => {
        if (message.type() === "error") errors.push(`chat: ${message.text()}`);
      });
      await chat.goto(demo.playground.url);
      await chat.getByTestId(`identity-${AIGERIM.username}`).click();
      await chat.getByTestId(`chat-${BOT}`).click();
      await chat.getByTestId("start-button").waitFor(); // the empty chat with the bot is open
    });

    afterAll(async () => {
      await browser?.close();
      await demo?.stop();
    });

    const send = (text: string) => chatPane(chat).send(text);
    /** The latest message of the bot matching `text`. */
    const botMessage = (text: string | RegExp) => botMessages().filter({ hasText: text }).last();
    const button = (message: Locator, label: string | RegExp) =>
      message.getByTestId("inline-button").filter({ hasText: label });
    /** The message with that id, once it matches `text` (an edit in place). */
    const messageWithId = (id: string, text: string | RegExp) =>
      chat.locator(`[data-testid="message"][data-message-id="${id}"]`).filter({ hasText: text });
    /** The counter button ("3/33") of a carousel message. */
    const counterOf = (message: Locator) => button(message, COUNTER);
    const botMessages = () => chat.locator('[data-testid="message"][data-from="bot"]');
    /** The bot's messages that have an inline button labelled `label`. */
    const withButton = (label: string | RegExp) =>
      botMessages().filter({ has: chat.getByTestId("inline-button").filter({ hasText: label }) });
    /** The photo of a message, once loaded and decoded by the page. */
    const loadedPhoto = async (message: Locator) => {
      const photo = message.getByTestId("message-photo");
      await photo.waitFor();
      await expect
        .poll(() => photo.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
        .toBeGreaterThan(0);
      return photo;
    };
    /** The bytes behind a photo the page shows (the emulator's file download). */
    const bytesOf = async (photo: Locator) => {
      const src = await photo.getAttribute("src");
      const response = await fetch(new URL(src!, demo.playground.localUrl));
      return Buffer.from(await response.arrayBuffer());
    };

    it("generates a Telegram OTP on the Tabys web admin page the side panel points to", async () => {
      const address = demo.playground.backends.tabys!.adminPageUrl;
      const adminLink = chat.getByTestId("value-tabys-admin-page");
      expect([await adminLink.textContent(), await adminLink.getAttribute("href")]).toEqual([
        address,
        address,
      ]);

      admin = await chat.context().newPage();
      admin.setDefaultTimeout(8000);
      admin.on("pageerror", (error) => errors.push(`admin page: ${error.message}`));
      await admin.goto(address);
      await admin.getByTestId("admin-picker").selectOption(NPO.email);
      await admin.getByTestId("sign-in").click();
      await expect.poll(() => admin.getByTestId("signed-in-as").textContent()).toBe(NPO.name);
      expect(await admin.getByTestId("signed-in-role").textContent()).toBe("npo");

      await admin.getByTestId("generate-otp").click();
      await expect
        .poll(() => admin.getByTestId("otp-command").textContent())
        .toMatch(/^\/login [A-Z0-9]{8}$/);
      command = String(await admin.getByTestId("otp-command").textContent());
      await admin.locator('[data-testid="otp-row"][data-status="active"]').waitFor();
    });

    it("signs in with /login in the web chat: the OTP's message deleted, the sign-in and the menu shown", async () => {
      await chat.bringToFront();
      await send(command);
      // "✅ Вы вошли как <name>." and the menu's title, in one message with the menu's buttons.
      const signedIn = botMessage("Вы вошли как");
      await signedIn.waitFor();
      // The name has "<", "&" and "_": shown as text, in bold.
      expect(await signedIn.locator("strong").first().textContent()).toBe(NPO.name);
      expect(await signedIn.textContent()).toContain("Выберите раздел");
      // NPO reads projects and events (and the dashboard): no other section.
      expect(await signedIn.getByTestId("inline-button").allTextContents()).toEqual([
        expect.stringContaining("События"),
        expect.stringContaining("Проекты"),
        "📊 Сводка",
      ]);

      // The bot deleted the message holding the OTP: the page shows it gone.
      await chat.locator('[data-testid="message"][data-deleted="true"]').first().waitFor();
      const otp = command.slice("/login ".length);
      expect(await chat.getByTestId("transcript").textContent()).not.toContain(otp);
      // Used: the admin page lists the OTP as spent once it is reloaded.
      await admin.reload();
      await admin.locator('[data-testid="otp-row"][data-status="used"]').waitFor();
    });

    it("opens Events: the carousel arrives as a photo message", async () => {
      await button(botMessage("Вы вошли как"), "События").click();
      const carousel = withButton(COUNTER).last();
      await carousel.waitFor();
      carouselId = String(await carousel.getAttribute("data-message-id"));
      await loadedPhoto(carousel);
      const counter = String(await counterOf(carousel).textContent());
      expect(counter).toMatch(/^1\/\d+$/);
      before = Number(counter.split("/")[1]);
      expect(before).toBeGreaterThan(1);
      expect(await button(carousel, PREVIOUS).count()).toBe(1);
      expect(await button(carousel, NEXT).count()).toBe(1);
    });

    it("creates an event through the wizard: each field typed, the category chosen, a photo sent, confirmed", {
      timeout: 60_000,
    }, async () => {
      const carousel = chat.locator(`[data-testid="message"][data-message-id="${carouselId}"]`);
      await button(carousel, "➕ Добавить").click();
      // Each step asks in a new message; a button press (Skip, a category) edits the question in place.
      const titleRu = botMessage(/Название \(рус\.\): отправьте текст/);
      await titleRu.waitFor();
      expect(await button(titleRu, "⏭ Пропустить").count()).toBe(1); // the Kazakh title could do instead
      await send(TITLE);

      const titleKz = botMessage(/Название \(каз\.\): отправьте текст/);
      await titleKz.waitFor();
      const titleKzId = String(await titleKz.getAttribute("data-message-id"));
      await button(titleKz, "⏭ Пропустить").click();
      await messageWithId(titleKzId, /Описание \(рус\.\): отправьте текст/).waitFor();
      await send("Уличная еда, музыка и мастер-классы в центре города: приходите всей семьёй.");

      const descriptionKz = botMessage(/Описание \(каз\.\): отправьте текст/);
      await descriptionKz.waitFor();
      const descriptionKzId = String(await descriptionKz.getAttribute("data-message-id"));
      await button(descriptionKz, "⏭ Пропустить").click();
      await messageWithId(descriptionKzId, /Место: отправьте текст/).waitFor();
      await send("Караганда, Центральный парк");

      const category = botMessage(/Категория: выберите значение/);
      await category.waitFor();
      expect(await category.getByTestId("inline-button").allTextContents()).toEqual([
        "Образование",
        "Культура",
        "Спорт",
        "Волонтёрство",
        "Бизнес",
        "↩ Назад",
      ]);
      const categoryId = String(await category.getAttribute("data-message-id"));
      await button(category, "Культура").click();
      await messageWithId(categoryId, /Начало: отправьте дату и время/).waitFor();
      await send("20.06.2027 12:00");

      await botMessage(/Окончание: отправьте дату и время/).waitFor();
      await send("20.06.2027 18:00");

      await botMessage(/Фото: отправьте фото/).waitFor();
      // The web chat cannot attach a file: Aigerim's photo goes through the emulator's control API,
      // and the page shows it in the chat as hers.
      await new ControlClient(demo.playground.localUrl).sendPhoto(AIGERIM.id, BOT, { bytes: PHOTO });
      await loadedPhoto(chat.locator('[data-testid="message"][data-from="me"]').last());

      const preview = botMessage("Проверьте новую запись");
      await preview.waitFor();
      const text = String(await preview.textContent());
      for (const line of [
        TITLE,
        "20.06.2027 12:00",
        "20.06.2027 18:00",
        "Караганда, Центральный парк",
        "Культура",
        "📷 Фото прикреплено.",
      ]) {
        expect(text).toContain(line);
      }
      await button(preview, "✅ Подтвердить").click();

      // The created event, as a photo message: the photo sent from the chat, the title in the caption.
      const created = botMessage("✅ Создано.");
      await created.waitFor();
      expect(await created.getByTestId("message-text").textContent()).toContain(TITLE);
      expect((await bytesOf(await loadedPhoto(created))).equals(PHOTO)).toBe(true);
    });

    it("shows the new event first in the carousel, with its photo; › and ‹ edit that message in place", async () => {
      await send("/menu");
      const menu = botMessage("Выберите раздел");
      await menu.waitFor();
      await button(menu, "События").click();

      // A new carousel message (the one opened before still says 1/<before>), led by the new event.
      const carousel = withButton(`1/${before + 1}`).last();
      await carousel.waitFor();
      const id = String(await carousel.getAttribute("data-message-id"));
      expect(id).not.toBe(carouselId);
      const messages = await botMessages().count();
      const photo = await loadedPhoto(carousel);
      expect(await photo.getAttribute("alt")).toBe(`Photo: ${TITLE}`);
      expect(await carousel.getByTestId("message-text").textContent()).toContain(
        "Караганда, Центральный парк",
      );
      expect((await bytesOf(photo)).equals(PHOTO)).toBe(true);

      await button(carousel, NEXT).click();
      const second = messageWithId(id, `2/${before + 1}`);
      await second.getByTestId("edited-mark").waitFor();
      expect(await second.getByTestId("message-text").textContent()).not.toContain(TITLE);
      await loadedPhoto(second);

      await button(second, PREVIOUS).click();
      const back = messageWithId(id, `1/${before + 1}`);
      await back.filter({ hasText: TITLE }).waitFor();
      expect((await bytesOf(await loadedPhoto(back))).equals(PHOTO)).toBe(true);
      // Edited in place, never appended; the carousel opened before the new event still says so.
      expect(await botMessages().count()).toBe(messages);
      expect(
        await counterOf(
          chat.locator(`[data-testid="message"][data-message-id="${carouselId}"]`),
        ).textContent(),
      ).toBe(`1/${before}`);

      await chat.screenshot({ path: SCREENSHOT });
      expect(errors).toEqual([]);
    });
  },
);
