import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import type { BotConfig } from "../../src/config/loadConfig.js";
import {
  ControlClient,
  type StartedEmulator,
  startEmulator,
  type TranscriptMessage,
} from "../../src/emulator/index.js";
import { type BuiltBot, buildBot } from "../../src/kernel/buildBot.js";
import type { AnyModule } from "../../src/kernel/defineModule.js";
import about from "../../src/modules/about/index.js";
import { closeServices, createServices } from "../../src/platform/createServices.js";
import type { Services } from "../../src/platform/services.js";
import { type Polling, startPolling } from "../../src/runtime/polling.js";

export interface LiveBotOptions {
  token: string;
  username: string;
  firstName: string;
  modules: Array<{ module: AnyModule; config: unknown }>;
  logger?: pino.Logger;
}

/**
 * A bot as it runs in production (kernel, SQLite store, long polling with the runner) against the
 * emulator. `restart()` stops the bot and its services and starts new ones on the same data
 * folder, as a process restart would, while the emulator (Telegram) keeps running.
 */
export class LiveStack {
  readonly control: ControlClient;
  services!: Services;
  built!: BuiltBot;
  private runner?: Polling;
  readonly dataDir = mkdtempSync(join(tmpdir(), "sb-live-"));

  private constructor(
    readonly emulator: StartedEmulator,
    private readonly options: LiveBotOptions,
  ) {
    this.control = new ControlClient(emulator.url);
  }

  static async start(options: LiveBotOptions): Promise<LiveStack> {
    const emulator = await startEmulator({ port: 0 });
    emulator.emulator.registerBot(options.token, {
      username: options.username,
      firstName: options.firstName,
    });
    const stack = new LiveStack(emulator, options);
    await stack.startBot();
    return stack;
  }

  private async startBot(): Promise<void> {
    const logger = this.options.logger ?? pino({ level: "silent" });
    this.services = await createServices({
      logger,
      storageUrl: `sqlite:${join(this.dataDir, "switchboard.db")}`,
      dataDir: this.dataDir,
      generalRateLimit: 1000,
      loginRateLimit: 20,
    });
    const config: BotConfig = {
      id: "live",
      token: this.options.token,
      modules: [{ module: about, config: {} }, ...this.options.modules],
    };
    this.built = await buildBot(config, {
      services: this.services,
      logger,
      apiRoot: this.emulator.apiRoot,
      version: "e2e",
      mode: "polling",
    });
    await this.built.bot.init();
    await this.built.publishCommands();
    this.runner = await startPolling(this.built, logger);
  }

  async stopBot(): Promise<void> {
    await this.runner?.stop();
    await this.built.drain();
    await closeServices(this.services);
  }

  async restart(): Promise<void> {
    await this.stopBot();
    await this.startBot();
  }

  /** A person using the bot in their private chat. */
  async user(firstName: string, languageCode = "en"): Promise<ChatDriver> {
    const user = await this.control.createUser({ first_name: firstName, language_code: languageCode });
    return new ChatDriver(this.control, user.id, this.options.username);
  }

  async close(): Promise<void> {
    await this.stopBot();
    await this.emulator.close();
  }
}

/** Drives one private chat the way a person would, and reads what they would see. */
export class ChatDriver {
  /** Id of the last message the user sent; bot messages after it are "replies". */
  private lastSent = 0;

  constructor(
    readonly control: ControlClient,
    readonly userId: number,
    readonly bot: string,
  ) {}

  async send(text: string): Promise<TranscriptMessage> {
    const message = await this.control.sendText(this.userId, this.bot, text);
    this.lastSent = message.message_id;
    return message;
  }

  /** Waits for a bot message after the user's last one (new or edited) whose text or caption matches. */
  async reply(match: RegExp, timeoutMs = 8000): Promise<TranscriptMessage> {
    const after = this.lastSent;
    try {
      return await this.control.waitForMessage(
        this.bot,
        (m) => m.from?.is_bot === true && m.message_id > after && match.test(m.text ?? m.caption ?? ""),
        timeoutMs,
        this.userId,
      );
    } catch (error) {
      throw await this.explain(error, `a reply matching ${match}`);
    }
  }

  /** The error, with what the chat actually shows, so a failing test says what happened. */
  private async explain(error: unknown, wanted: string): Promise<Error> {
    const recent = (await this.transcript()).slice(-4).map((m) => {
      const who = m.from?.is_bot ? "bot" : "user";
      return `  #${m.message_id} ${who}${m.deleted ? " (deleted)" : ""}: ${(m.text ?? m.caption ?? "").slice(0, 160)}`;
    });
    return new Error(
      `${(error as Error).message}: waited for ${wanted}; the chat ends with:\n${recent.join("\n")}`,
    );
  }

  /** Sends `text` and waits for the reply matching `match`. */
  async ask(text: string, match: RegExp, timeoutMs?: number): Promise<TranscriptMessage> {
    await this.send(text);
    return this.reply(match, timeoutMs);
  }

  /** Presses the button labelled `label` (exact, or a pattern) under `message`. */
  async press(message: TranscriptMessage, label: string | RegExp) {
    const button = message.reply_markup?.inline_keyboard
      .flat()
      .find((b) => (typeof label === "string" ? b.text === label : label.test(b.text)));
    if (!button) {
      const labels = message.reply_markup?.inline_keyboard.flat().map((b) => b.text);
      throw new Error(
        `no button ${label} under message ${message.message_id}; buttons: ${labels?.join(" | ")}`,
      );
    }
    await this.mark();
    return this.control.pressButton(this.userId, this.bot, message.message_id, { text: button.text }, 8000);
  }

  /**
   * From now on, `reply` waits for messages newer than everything the chat shows now (use it
   * before something other than the user makes the bot write, such as a scheduled job).
   */
  async mark(): Promise<void> {
    const seen = await this.transcript();
    this.lastSent = Math.max(this.lastSent, ...seen.map((m) => m.message_id));
  }

  /** The chat as the user sees it now. */
  transcript(): Promise<TranscriptMessage[]> {
    return this.control.transcript(this.bot, this.userId);
  }

  /** Waits until message `id` is edited so that its text or caption matches. */
  async edited(id: number, match: RegExp, timeoutMs = 8000): Promise<TranscriptMessage> {
    try {
      return await this.control.waitForMessage(
        this.bot,
        (m) => m.message_id === id && m.edit_date !== undefined && match.test(m.text ?? m.caption ?? ""),
        timeoutMs,
        this.userId,
      );
    } catch (error) {
      throw await this.explain(error, `message #${id} edited to match ${match}`);
    }
  }
}
