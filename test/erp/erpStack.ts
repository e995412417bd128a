/**
 * The whole erp stack for end-to-end tests: the Telegram emulator, the reference ROA2WEB backend and
 * the real app (`loadConfig` + `startApp`, as `npm start` runs it) with an erp bot, on a data folder
 * of its own. The backend and the bot read one clock, which a test moves to watch codes and tokens
 * expire (the emulator, the store's TTLs and the rate limits keep real time).
 *
 *     const stack = await ErpStack.start();
 *     const ana = await stack.linkedAs("ana@firma.ro");        // a person, linked through the chat
 *     const dash = await ana.ask("/dashboard", /📊/);
 *
 * The backend calls the app's `/internal/save-code` for every code it makes, as the web page does.
 * Every log line the app writes is kept in `stack.logs`, so a test can assert that no code or token
 * ever reached it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ManualClock, shiftedClock } from "../../backends/kit/clock.js";
import {
  type Roa2webBackend,
  type Roa2webBackendOptions,
  startRoa2webBackend,
} from "../../backends/roa2web/index.js";
import {
  ControlClient,
  type StartedEmulator,
  startEmulator,
  type TranscriptMessage,
} from "../../src/emulator/index.js";
import { createErpModule, type ErpOptions } from "../../src/modules/erp/index.js";
import { moduleRegistry } from "../../src/modules/registry.js";
import type { App } from "../../src/runtime/app.js";
import { freePort } from "../../src/server/localAddress.js";
import { startCapturedApp } from "../support/capturedApp.js";
import { ChatDriver } from "../support/liveStack.js";

export const ERP_BOT = {
  token: "800500600:E2E-erp-bot-token-abcdefghijklmn",
  username: "roa2web_e2e_bot",
  firstName: "ROA2WEB",
};

export interface ErpStackOptions {
  /** Options of the backend (a short `jwtTtlSec`); its clock, data folder and app URL are the stack's. */
  roa2web?: Omit<Roa2webBackendOptions, "clock" | "dataDir" | "appUrl">;
  /** Options of the erp module (a lower guess budget); its clock is the stack's. */
  erp?: Omit<ErpOptions, "now">;
  /** Extra environment of the app: erp settings, rate limits, `LOG_LEVEL`. */
  env?: Record<string, string>;
}

/** The answer to a code that linked the account. */
export const LINKED = /is now linked to ROA2WEB/;

export class ErpStack {
  readonly control: ControlClient;
  /** Every line the app logged (JSON), across restarts. */
  readonly logs: string[] = [];
  readonly dataDir = mkdtempSync(join(tmpdir(), "sb-erp-e2e-"));
  app!: App;

  private constructor(
    readonly emulator: StartedEmulator,
    readonly roa2web: Roa2webBackend,
    /** The time of the backend and the bot alike. */
    readonly clock: ManualClock,
    private readonly env: Record<string, string>,
    private readonly erpOptions: Omit<ErpOptions, "now">,
  ) {
    this.control = new ControlClient(emulator.url);
  }

  static async start(options: ErpStackOptions = {}): Promise<ErpStack> {
    const emulator = await startEmulator({ port: 0 });
    emulator.emulator.registerBot(ERP_BOT.token, {
      username: ERP_BOT.username,
      firstName: ERP_BOT.firstName,
    });
    const clock = shiftedClock();
    // The app's port first: the backend hands codes to `<app>/internal/save-code`.
    const port = await freePort("127.0.0.1");
    const roa2web = await startRoa2webBackend({
      dataDir: mkdtempSync(join(tmpdir(), "sb-erp-roa2web-")),
      appUrl: `http://127.0.0.1:${port}`,
      botUsername: ERP_BOT.username,
      clock,
      ...options.roa2web,
    });
    const env = {
      ERP_API_URL: roa2web.url,
      ERP_INTERNAL_API_KEY: roa2web.internalApiKey,
      ERP_TIMEOUT_MS: "2000",
      GENERAL_RATE_LIMIT: "1000",
      LOGIN_RATE_LIMIT: "20",
      LOG_LEVEL: "debug",
      PORT: String(port),
      ...options.env,
    };
    const stack = new ErpStack(emulator, roa2web, clock, env, options.erp ?? {});
    await stack.startApp();
    return stack;
  }

  /** Starts the app (again) on the stack's data folder: same store, same secret key, same port. */
  private async startApp(): Promise<void> {
    const registry = { ...moduleRegistry, erp: createErpModule({ ...this.erpOptions, now: this.clock.now }) };
    this.app = await startCapturedApp(
      {
        TELEGRAM_BOT_TOKEN: ERP_BOT.token,
        BOT_MODULES: "erp",
        BOT_ID: "erp",
        TELEGRAM_API_ROOT: this.emulator.apiRoot,
        DATA_DIR: this.dataDir,
        HOST: "127.0.0.1",
        ...this.env,
      },
      registry,
      this.logs,
    );
  }

  /** A process restart: the app stops and a new one starts on the same store (Telegram and ROA2WEB keep running). */
  async restart(): Promise<void> {
    await this.app.stop();
    await this.startApp();
  }

  /** A person in their private chat with the erp bot. */
  async user(firstName: string, languageCode = "en"): Promise<ChatDriver> {
    const user = await this.control.createUser({ first_name: firstName, language_code: languageCode });
    return new ChatDriver(this.control, user.id, ERP_BOT.username);
  }

  /** A code for that ERP user, as if they pressed "Generate code"; the bot has stored it. */
  async codeFor(email: string): Promise<string> {
    const issued = await this.roa2web.generateCode(email);
    if (!issued.delivered)
      throw new Error(`the bot did not take the code: ${issued.status} ${issued.problem}`);
    return issued.code;
  }

  /** Opens the deep link with `code` (`/start CODE`, as "Open in Telegram" or the QR code does). */
  async openDeepLink(chat: ChatDriver, code: string): Promise<void> {
    // A person who never wrote to the bot has no chat yet: nothing to mark.
    await chat.mark().catch(() => undefined);
    await this.control.start(chat.userId, ERP_BOT.username, code);
  }

  /** A person linked to that ERP account through the deep link (a new one unless `chat` is given). */
  async linkedAs(email: string, chat?: ChatDriver, language = "en"): Promise<ChatDriver> {
    const driver = chat ?? (await this.user(email.split("@")[0] ?? "user", language));
    await this.openDeepLink(driver, await this.codeFor(email));
    await driver.reply(LINKED);
    return driver;
  }

  /** Runs one of the erp instance's jobs now, as the scheduler would. */
  async runJob(name: string, data: unknown = {}): Promise<void> {
    const erp = this.app.bots[0]?.modules.find((m) => m.name === "erp")?.instance;
    const job = erp?.jobs?.find((j) => j.name === name);
    if (!job) throw new Error(`no erp job named ${name}`);
    await job.run(data);
  }

  /** The file a document message carries, as bytes. */
  async download(message: TranscriptMessage): Promise<Buffer> {
    if (!message.download_url) throw new Error(`message ${message.message_id} carries no file`);
    return this.control.download(message.download_url);
  }

  /** All log lines so far, as one text (for "never contains" checks). */
  logText(): string {
    return this.logs.join("");
  }

  async close(): Promise<void> {
    await this.app?.stop();
    await this.roa2web.close();
    await this.emulator.close();
  }
}
