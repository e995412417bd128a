/**
 * The whole crm stack for end-to-end tests: the Telegram emulator, the reference Tabys backend and
 * the real app (`loadConfig` + `startApp`, as `npm start` runs it) with a crm bot, on a data
 * folder of its own. Shared by the core's and the content screens' e2e tests:
 *
 *     const stack = await CrmStack.start();
 *     const admin = await stack.loginAs("administrator");   // a person, signed in through the chat
 *     const menu = await admin.ask("/menu", /Choose a section/);
 *     await admin.press(menu, "📊 Dashboard");
 *
 * Every log line the app writes is kept in `stack.logs`, so a test can assert that no secret
 * (OTP, JWT) ever reached it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoAdmin } from "../../backends/tabys/demoAdmins.js";
import {
  startTabysBackend,
  type TabysBackend,
  type TabysBackendOptions,
} from "../../backends/tabys/index.js";
import { ControlClient, type StartedEmulator, startEmulator } from "../../src/emulator/index.js";
import type { Role } from "../../src/modules/crm/domain/rbac.js";
import { moduleRegistry } from "../../src/modules/registry.js";
import type { App } from "../../src/runtime/app.js";
import { freePort } from "../../src/server/localAddress.js";
import { startCapturedApp } from "../support/capturedApp.js";
import { ChatDriver } from "../support/liveStack.js";

export const CRM_BOT = {
  token: "800300400:E2E-crm-bot-token-abcdefghijklmn",
  username: "tabys_e2e_bot",
  firstName: "Tabys CRM",
};

export interface CrmStackOptions {
  /** Options of the Tabys backend (a short `jwtTtlSec`, a clock); a data folder is made for it. */
  tabys?: TabysBackendOptions;
  /** Extra environment of the app: crm settings (`TABYS_API_TIMEOUT`), rate limits, `LOG_LEVEL`. */
  env?: Record<string, string>;
}

/** The signed-in answer to `/login` for a role, or the refusal a client gets. */
const SIGNED_IN = /Signed in as|has no access/;

export class CrmStack {
  readonly control: ControlClient;
  /** Every line the app logged (JSON), across restarts. */
  readonly logs: string[] = [];
  readonly dataDir = mkdtempSync(join(tmpdir(), "sb-crm-e2e-"));
  app!: App;

  private constructor(
    readonly emulator: StartedEmulator,
    readonly tabys: TabysBackend,
    private readonly env: Record<string, string>,
  ) {
    this.control = new ControlClient(emulator.url);
  }

  static async start(options: CrmStackOptions = {}): Promise<CrmStack> {
    const emulator = await startEmulator({ port: 0 });
    emulator.emulator.registerBot(CRM_BOT.token, {
      username: CRM_BOT.username,
      firstName: CRM_BOT.firstName,
    });
    const dataDir = mkdtempSync(join(tmpdir(), "sb-crm-tabys-"));
    const tabys = await startTabysBackend({ dataDir, ...options.tabys });
    const env = {
      TABYS_API_URL: tabys.url,
      TABYS_BOT_SECRET: tabys.botSecret,
      TABYS_API_TIMEOUT: "1",
      GENERAL_RATE_LIMIT: "1000",
      LOGIN_RATE_LIMIT: "5",
      LOG_LEVEL: "debug",
      ...options.env,
    };
    const stack = new CrmStack(emulator, tabys, env);
    await stack.startApp();
    return stack;
  }

  /** Starts the app (again) on the stack's data folder: same store, same secret key. */
  private async startApp(): Promise<void> {
    this.app = await startCapturedApp(
      {
        TELEGRAM_BOT_TOKEN: CRM_BOT.token,
        BOT_MODULES: "crm",
        BOT_ID: "crm",
        TELEGRAM_API_ROOT: this.emulator.apiRoot,
        DATA_DIR: this.dataDir,
        HOST: "127.0.0.1",
        PORT: String(await freePort("127.0.0.1")),
        ...this.env,
      },
      moduleRegistry,
      this.logs,
    );
  }

  /** A process restart: the app stops and a new one starts on the same store (Telegram and Tabys keep running). */
  async restart(): Promise<void> {
    await this.app.stop();
    await this.startApp();
  }

  /** A person in their private chat with the crm bot. */
  async user(firstName: string, languageCode = "en"): Promise<ChatDriver> {
    const user = await this.control.createUser({ first_name: firstName, language_code: languageCode });
    return new ChatDriver(this.control, user.id, CRM_BOT.username);
  }

  /** A one-time password of the role's demo admin, as if they pressed "Generate Telegram OTP". */
  otpFor(role: Role, options?: { expiresInMinutes?: number }): Promise<string> {
    return this.tabys.issueOtp(demoAdmin(role).email, options);
  }

  /**
   * Signs a person in as the role's demo admin through the chat (`/login <OTP>`), in `chat` or a
   * new user's chat; a client is refused, as the bot refuses them.
   */
  async loginAs(role: Role, chat?: ChatDriver): Promise<ChatDriver> {
    const driver = chat ?? (await this.user(demoAdmin(role).name.split(/[\s_]/)[0] ?? role));
    await driver.ask(`/login ${await this.otpFor(role)}`, SIGNED_IN);
    return driver;
  }

  /** All log lines so far, as one text (for "never contains" checks). */
  logText(): string {
    return this.logs.join("");
  }

  async close(): Promise<void> {
    await this.app?.stop();
    await this.tabys.close();
    await this.emulator.close();
  }
}
