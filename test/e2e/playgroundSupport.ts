/**
 * Shared by the playground's end-to-end tests: a playground on a free port with a throw-away
 * data folder, and headless Chromium when the machine has it. A missing Chromium skips the
 * browser tests locally (with the reason) but fails them in CI (`CI=true`), where it is installed.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import type { Browser, Page } from "playwright-core";
import { processEnvSchema } from "../../src/config/envSchema.js";
import { type Playground, type PlaygroundOptions, startPlayground } from "../../src/playground/index.js";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export interface TestPlayground {
  playground: Playground;
  dataDir: string;
  stop(): Promise<void>;
}

/** Demo mode on 127.0.0.1, a free port, and a temporary DATA_DIR removed by `stop`. */
export async function startTestPlayground(
  options: Partial<Pick<PlaygroundOptions, "demoBots" | "logger">> = {},
): Promise<TestPlayground> {
  const dataDir = mkdtempSync(join(tmpdir(), "switchboard-playground-"));
  const env = processEnvSchema.parse({ DATA_DIR: dataDir, HOST: "127.0.0.1", LOG_LEVEL: "silent" });
  let playground: Playground;
  try {
    playground = await startPlayground({
      env,
      logger: options.logger ?? pino({ level: "silent" }),
      version: "0.0.0-test",
      port: 0,
      ...(options.demoBots ? { demoBots: options.demoBots } : {}),
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    playground,
    dataDir,
    stop: async () => {
      await playground.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Why the browser tests cannot run here, or undefined when Chromium is installed. */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  const reason = `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium; .ci/run does)`;
  if (process.env.CI === "true") throw new Error(`CI=true and ${reason}: the browser tests must run in CI`);
  return reason;
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** What a person does and sees in the playground's chat pane. */
export function chatPane(page: Page) {
  const input = () => page.getByTestId("composer-input");
  return {
    input,
    /** Types `text` into the message box and presses Enter. */
    async send(text: string) {
      await input().fill(text);
      await input().press("Enter");
    },
    /** The bot's messages containing `text`. */
    botMessage: (text: string) => page.locator('[data-testid="message"][data-from="bot"]', { hasText: text }),
  };
}

/**
 * Acts as the demo person `username`: in the first visit's "Who are you?" dialog, or the
 * sidebar's picker once someone was chosen. Waits for the page to have started and switched.
 */
export async function actAsPerson(page: Page, username: string): Promise<void> {
  const { DEMO_USERS } = await import("../../src/playground/index.js");
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no demo person @${username}`);
  // The page asks who you are at the end of its start-up: decide only once it has started.
  await page.waitForFunction(() => document.body.dataset.ready === "true");
  if (await page.getByTestId("identity-dialog").isVisible()) {
    await page.getByTestId(`identity-${username}`).click();
  } else {
    await page.getByTestId("user-select").selectOption(String(user.id));
  }
  await page.waitForFunction((id) => {
    const select = document.querySelector<HTMLSelectElement>('[data-testid="user-select"]');
    return select?.value === id;
  }, String(user.id));
}
