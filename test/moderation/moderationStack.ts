/**
 * The whole moderation stack for end-to-end tests: the Telegram emulator, the real API V2 and the
 * app (`loadConfig` + `startApp`, as `npm start` runs it) with a moderation bot. The emulator,
 * API V2 and the bot read one clock, which a test moves to watch a timed mute end.
 *
 *     const stack = await ModerationStack.start();
 *     const group = await stack.group();                 // owner, admin, two members, the bot an admin
 *     await stack.say(group.owner, "/mute 10m", { replyTo: spam.message_id }, /muted/);
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ApiV2Backend, startApiV2Backend } from "../../backends/apiv2/index.js";
import { type ManualClock, shiftedClock } from "../../backends/kit/clock.js";
import { loadConfig } from "../../src/config/loadConfig.js";
import {
  ControlClient,
  type StartedEmulator,
  startEmulator,
  type TranscriptMessage,
} from "../../src/emulator/index.js";
import { createModerationModule, type ModerationOptions } from "../../src/modules/moderation/index.js";
import type { Outbox } from "../../src/modules/moderation/outbox.js";
import { moduleRegistry } from "../../src/modules/registry.js";
import { createLogger } from "../../src/platform/logger.js";
import { type App, startApp } from "../../src/runtime/app.js";
import { freePort } from "../../src/server/localAddress.js";

export const MOD_BOT = {
  token: "800700900:E2E-moderation-bot-token-abcdefg",
  username: "bot_v2_e2e_bot",
  firstName: "Bot V2",
};

/** The rights the bot gets unless a test says otherwise. */
export const BOT_RIGHTS = { can_restrict_members: true, can_delete_messages: true };

/** Where the app keeps its state: SQLite in the data folder unless a Redis URL is given. */
export interface StackStorage {
  storageUrl?: string;
  /** Default `moderation`. */
  botId?: string;
}

/** An entry of API V2's action log. */
export type ActionLogEntry = { action: string; admin_id: number | null; user_id: number | null } & Record<
  string,
  unknown
>;

export interface TestGroup {
  id: number;
  owner: number;
  /** An admin who may restrict members. */
  admin: number;
  /** Plain members. */
  ann: number;
  bob: number;
}

export class ModerationStack {
  readonly control: ControlClient;
  readonly dataDir = mkdtempSync(join(tmpdir(), "sb-mod-e2e-"));
  app!: App;
  /** The moderation instance's outbox (what its `outbox` job delivers). */
  outbox!: Outbox;

  private constructor(
    readonly emulator: StartedEmulator,
    readonly apiV2: ApiV2Backend,
    /** The time of Telegram, API V2 and the bot alike. */
    readonly clock: ManualClock,
    readonly where: StackStorage = {},
  ) {
    this.control = new ControlClient(emulator.url);
  }

  /**
   * `moderation`: the module's options beside the shared clock (e.g. a shorter breaker pause).
   * `where`: the store (a redis:// URL, or SQLite in the data folder) and the bot's id (its keys'
   * prefix: a run of its own on a shared Redis).
   */
  static async start(
    moderation: Omit<ModerationOptions, "now" | "onOutbox"> = {},
    where: StackStorage = {},
  ): Promise<ModerationStack> {
    const clock = shiftedClock();
    const emulator = await startEmulator({ port: 0, clock });
    emulator.emulator.registerBot(MOD_BOT.token, {
      username: MOD_BOT.username,
      firstName: MOD_BOT.firstName,
    });
    const apiV2 = await startApiV2Backend({ dataDir: mkdtempSync(join(tmpdir(), "sb-mod-apiv2-")), clock });
    const stack = new ModerationStack(emulator, apiV2, clock, where);
    await stack.launch(moderation);
    return stack;
  }

  /** A supergroup with an owner, an admin who may restrict, Ann and Bob; the bot joins with `botRights`. */
  async group(botRights: Record<string, boolean> = BOT_RIGHTS): Promise<TestGroup> {
    const user = async (first_name: string) =>
      (await this.control.createUser({ first_name, language_code: "en" })).id;
    const [owner, admin, ann, bob] = [
      await user("Olga"),
      await user("Adam"),
      await user("Ann"),
      await user("Bob"),
    ];
    const { id } = await this.control.createGroup({
      title: "Rust <Learners>",
      ownerId: owner,
      members: [ann, bob],
      admins: [{ userId: admin, rights: { can_restrict_members: true, can_delete_messages: true } }],
      bots: [{ bot: MOD_BOT.username, admin: true, rights: botRights }],
    });
    return { id, owner, admin, ann, bob };
  }

  /** `userId` writes `text` in the group. */
  send(chatId: number, userId: number, text: string, replyTo?: number): Promise<TranscriptMessage> {
    return this.control.sendText(userId, chatId, text, replyTo === undefined ? {} : { replyTo });
  }

  /** The bot's first message after `after` matching `match` (new or edited). */
  answer(chatId: number, after: number, match: RegExp, timeoutMs = 8000): Promise<TranscriptMessage> {
    return this.control.waitForMessage(
      chatId,
      (m) => m.from?.is_bot === true && m.message_id > after && match.test(m.text ?? ""),
      timeoutMs,
    );
  }

  /** Sends `text` and waits for the bot's answer matching `match`. */
  async ask(chatId: number, userId: number, text: string, match: RegExp, replyTo?: number) {
    const sent = await this.send(chatId, userId, text, replyTo);
    return this.answer(chatId, sent.message_id, match);
  }

  /** Every bot message in the group after `after`. */
  async botMessagesAfter(chatId: number, after: number): Promise<TranscriptMessage[]> {
    return (await this.control.transcript(chatId)).filter((m) => m.from?.is_bot && m.message_id > after);
  }

  async close(): Promise<void> {
    await this.app?.stop();
    await this.apiV2.close();
    await this.emulator.close();
  }

  /** The group's default member permissions, as the Bot API's getChat answers them. */
  async chatPermissions(chatId: number): Promise<Record<string, boolean>> {
    const response = await fetch(`${this.emulator.apiRoot}/bot${MOD_BOT.token}/getChat?chat_id=${chatId}`);
    const body = (await response.json()) as {
      ok: boolean;
      result?: { permissions?: Record<string, boolean> };
    };
    if (!body.ok || !body.result?.permissions) throw new Error(`getChat(${chatId}) failed`);
    return body.result.permissions;
  }

  /** `PATCH /api/v2/groups/{chatId}/settings` on API V2 with `patch`; answers the settings. */
  async patchSettings(chatId: number, patch: Record<string, unknown>): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.apiV2.url}/api/v2/groups/${chatId}/settings`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${this.apiV2.key}`, "content-type": "application/json" },
      body: JSON.stringify(patch),
    });
    const body = (await response.json()) as {
      success: boolean;
      data: Record<string, unknown>;
      error?: string;
    };
    if (!body.success) throw new Error(`PATCH settings of ${chatId} failed: ${body.error}`);
    return body.data;
  }

  /** `data` of API V2's answer to `GET <path>`. */
  async apiV2Get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.apiV2.url}${path}`, {
      headers: { authorization: `Bearer ${this.apiV2.key}` },
    });
    return ((await response.json()) as { data: T }).data;
  }

  /** API V2's action log of the group (newest first, up to 100 entries). */
  async actionLog(chatId: number): Promise<ActionLogEntry[]> {
    return (
      await this.apiV2Get<{ items: ActionLogEntry[] }>(
        `/api/v2/logs/actions?group_id=${chatId}&page_size=100`,
      )
    ).items;
  }

  /** A member's status in API V2. */
  apiStatus(chatId: number, userId: number): Promise<Record<string, unknown>> {
    return this.apiV2Get(`/api/v2/groups/${chatId}/users/${userId}/status`);
  }

  /** The group's settings in API V2. */
  apiSettings(chatId: number): Promise<Record<string, Record<string, unknown>>> {
    return this.apiV2Get(`/api/v2/groups/${chatId}/settings`);
  }

  /**
   * A process restart: the app stops and a new one starts on the same data folder, with a new
   * moderation instance (nothing kept in memory); Telegram and API V2 keep running.
   */
  async restart(moderation: Omit<ModerationOptions, "now" | "onOutbox"> = {}): Promise<void> {
    await this.app.stop();
    await this.launch(moderation);
  }

  /** Starts the app (`loadConfig` + `startApp`, as `npm start` does) with a new moderation instance. */
  private async launch(moderation: Omit<ModerationOptions, "now" | "onOutbox">): Promise<void> {
    const module = createModerationModule({
      ...moderation,
      now: this.clock.now,
      onOutbox: (outbox) => {
        this.outbox = outbox;
      },
    });
    const config = loadConfig(
      {
        TELEGRAM_BOT_TOKEN: MOD_BOT.token,
        BOT_MODULES: "moderation",
        BOT_ID: this.where.botId ?? "moderation",
        TELEGRAM_API_ROOT: this.emulator.apiRoot,
        DATA_DIR: this.dataDir,
        ...(this.where.storageUrl ? { STORAGE_URL: this.where.storageUrl } : {}),
        HOST: "127.0.0.1",
        PORT: String(await freePort("127.0.0.1")),
        API_V2_URL: this.apiV2.url,
        API_V2_KEY: this.apiV2.key,
        API_V2_TIMEOUT_MS: "2000",
        GENERAL_RATE_LIMIT: "1000",
        LOG_LEVEL: "silent",
      },
      { ...moduleRegistry, moderation: module },
    );
    this.app = await startApp({
      config,
      logger: createLogger({ level: "silent" }),
      version: "e2e",
      now: this.clock.now,
    });
  }
}
