import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChatMember, Update } from "grammy/types";
import pino from "pino";
import { Response as UndiciResponse } from "undici";
import type { BotConfig } from "../../src/config/loadConfig.js";
import { type BuiltBot, buildBot } from "../../src/kernel/buildBot.js";
import type { AnyModule } from "../../src/kernel/defineModule.js";
import about from "../../src/modules/about/index.js";
import { closeServices, createServices } from "../../src/platform/createServices.js";
import type { Services } from "../../src/platform/services.js";
import { TEST_BOT_INFO } from "./botInfo.js";

/** One outgoing Bot API call the bot made. */
export interface ApiCall {
  method: string;
  // biome-ignore lint/suspicious/noExplicitAny: payloads differ per method
  payload: Record<string, any>;
}

export interface TelegramUser {
  id: number;
  first_name: string;
  username?: string;
  language_code?: string;
  is_bot?: false;
}

export interface HarnessOptions {
  /** Modules besides `about` (always first), each with its settings. */
  modules?: Array<{ module: AnyModule; config?: unknown }>;
  botId?: string;
  token?: string;
  /** Reuse services (to simulate a restart on the same store); new in-memory ones by default. */
  services?: Services;
  /** Per method: a function answering the call like Telegram would (overrides the defaults). */
  // biome-ignore lint/suspicious/noExplicitAny: results differ per method
  answers?: Record<string, (payload: Record<string, any>) => unknown>;
  logger?: pino.Logger;
  version?: string;
  /**
   * Per group id: its owner and administrators, as Telegram lists them. When given,
   * getChatAdministrators answers from it (400 "chat not found" for another group) and
   * getChatMember answers a listed user's entry. Read at each call, so a test can change it.
   * `answers` still take precedence.
   */
  chatAdministrators?: Map<number, ChatMember[]>;
  /** Updates per user per minute (default high enough not to interfere). */
  generalRateLimit?: number;
}

export { TEST_BOT_INFO };

/** Return one from an `answers` function to make Telegram refuse the call (e.g. a 429). */
export class TelegramRefusal {
  readonly body: {
    ok: false;
    error_code: number;
    description: string;
    parameters?: { retry_after?: number };
  };
  constructor(errorCode: number, description: string, retryAfter?: number) {
    this.body = {
      ok: false,
      error_code: errorCode,
      description,
      ...(retryAfter === undefined ? {} : { parameters: { retry_after: retryAfter } }),
    };
  }
}

// biome-ignore lint/suspicious/noExplicitAny: payloads differ per method
async function readPayload(init?: RequestInit): Promise<Record<string, any>> {
  const body = init?.body;
  if (body === undefined || body === null) return {};
  if (typeof body === "string") return JSON.parse(body);
  // Multipart (file uploads): collect the stream and let the platform parse it.
  const chunks: Buffer[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array | string>)
    chunks.push(Buffer.from(chunk));
  const headers = Object.fromEntries(new Headers(init?.headers as HeadersInit).entries());
  // Node 20's built-in Response cannot parse grammY's multipart bodies (it wants the filename
  // quoted); undici 7's can.
  const form = await new UndiciResponse(Buffer.concat(chunks), { headers }).formData();
  // biome-ignore lint/suspicious/noExplicitAny: payloads differ per method
  const payload: Record<string, any> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") payload[name] = { file: value.name, size: value.size };
    else {
      try {
        payload[name] = JSON.parse(value);
      } catch {
        payload[name] = value;
      }
    }
  }
  return payload;
}

/** Answers from `HarnessOptions.chatAdministrators`, or undefined to fall through to the defaults. */
function adminAnswer(admins: Map<number, ChatMember[]> | undefined, method: string) {
  if (!admins || (method !== "getChatAdministrators" && method !== "getChatMember")) return undefined;
  // biome-ignore lint/suspicious/noExplicitAny: payloads differ per method
  return (payload: Record<string, any>): unknown => {
    const listed = admins.get(Number(payload.chat_id));
    if (method === "getChatAdministrators") {
      return listed ?? new TelegramRefusal(400, "Bad Request: chat not found");
    }
    const user = { id: Number(payload.user_id), is_bot: false, first_name: "Member" };
    return listed?.find((m) => m.user.id === user.id) ?? { status: "member", user };
  };
}

/**
 * Builds a real bot (the kernel's whole pipeline) whose outgoing Bot API calls are captured by a
 * transformer and answered like Telegram would, and feeds it updates as users would cause them.
 * Every module's tests use it; end-to-end tests use the emulator instead.
 */
export class BotHarness {
  readonly calls: ApiCall[] = [];
  // Update ids keep growing across harnesses of one test file, as Telegram's do across restarts.
  private static nextUpdateId = 1;
  private get updateId() {
    return BotHarness.nextUpdateId;
  }
  private set updateId(value: number) {
    BotHarness.nextUpdateId = value;
  }
  private messageId = 1;
  private constructor(
    readonly built: BuiltBot,
    readonly services: Services,
    private readonly ownsServices: boolean,
  ) {}

  static async create(options: HarnessOptions = {}): Promise<BotHarness> {
    const logger = options.logger ?? pino({ level: "silent" });
    const ownsServices = !options.services;
    const services =
      options.services ??
      (await createServices({
        logger,
        storageUrl: "sqlite::memory:",
        dataDir: mkdtempSync(join(tmpdir(), "switchboard-test-")),
        secretKey: Buffer.alloc(32, 7).toString("base64"),
        generalRateLimit: options.generalRateLimit ?? 1000,
        loginRateLimit: 5,
      }));
    const config: BotConfig = {
      id: options.botId ?? "test",
      token: options.token ?? "100200300:TEST-token-secret-part-abcdefghij",
      modules: [
        { module: about, config: {} },
        ...(options.modules ?? []).map((m) => ({ module: m.module, config: m.config ?? {} })),
      ],
    };
    let harness: BotHarness | undefined;
    // Answers at the HTTP layer, below the kernel's transformers (metrics, auto-retry), so those
    // run exactly as they do against Telegram.
    const fakeFetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const method = String(url).split("/").pop() ?? "";
      const payload = await readPayload(init);
      harness!.calls.push({ method, payload });
      const custom = options.answers?.[method] ?? adminAnswer(options.chatAdministrators, method);
      const result = custom ? custom(payload) : harness!.defaultAnswer(method, payload);
      const body = result instanceof TelegramRefusal ? result.body : { ok: true, result };
      return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
    };
    const built = await buildBot(config, {
      services,
      logger,
      apiRoot: "http://127.0.0.1:1",
      version: options.version ?? "0.0.0-test",
      botInfo: TEST_BOT_INFO,
      mode: "polling",
      fetch: fakeFetch as typeof fetch,
    });
    harness = new BotHarness(built, services, ownsServices);
    return harness;
  }

  // biome-ignore lint/suspicious/noExplicitAny: payloads differ per method
  private defaultAnswer(method: string, payload: Record<string, any>): unknown {
    const chat = { id: payload.chat_id, type: payload.chat_id > 0 ? "private" : "supergroup" };
    const from = {
      id: TEST_BOT_INFO.id,
      is_bot: true,
      first_name: TEST_BOT_INFO.first_name,
      username: TEST_BOT_INFO.username,
    };
    const date = Math.floor(Date.now() / 1000);
    switch (method) {
      case "sendMessage":
        return {
          message_id: this.messageId++,
          date,
          chat,
          from,
          text: payload.text,
          reply_markup: payload.reply_markup,
        };
      case "sendPhoto":
      case "sendDocument":
        return { message_id: this.messageId++, date, chat, from, caption: payload.caption };
      case "editMessageText":
        return { message_id: payload.message_id, date, chat, from, text: payload.text, edit_date: date };
      case "getChatMember":
        return { status: "member", user: { id: payload.user_id, is_bot: false, first_name: "Member" } };
      default:
        return true;
    }
  }

  /** Feeds one raw update and waits until the bot has handled it. */
  async feed(update: Omit<Update, "update_id"> & { update_id?: number }): Promise<void> {
    const full = { update_id: update.update_id ?? this.updateId++, ...update } as Update;
    await this.built.bot.handleUpdate(full);
  }

  /** A user writing in their private chat with the bot (commands get their bot_command entity). */
  /**
   * A user's text message, in their private chat or in `chat`. `messageId` picks the message's id
   * (to check which message the bot deleted); by default ids count up.
   */
  async send(
    user: TelegramUser,
    text: string,
    chat?: { id: number; type: "group" | "supergroup"; title: string },
    messageId = this.messageId++,
  ) {
    const isCommand = text.startsWith("/");
    const commandLength = isCommand ? (text.split(/\s/)[0] ?? "").length : 0;
    const before = this.calls.length;
    await this.feed({
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: chat ?? { id: user.id, type: "private", first_name: user.first_name },
        from: { is_bot: false, ...user },
        text,
        ...(isCommand ? { entities: [{ type: "bot_command", offset: 0, length: commandLength }] } : {}),
        // biome-ignore lint/suspicious/noExplicitAny: a message literal
      } as any,
    });
    return this.calls.slice(before);
  }

  /** A user pressing an inline button with `data` under message `messageId`. */
  async press(user: TelegramUser, data: string, messageId = 1, chatId = user.id) {
    const before = this.calls.length;
    await this.feed({
      callback_query: {
        id: String(this.updateId * 1000),
        from: { is_bot: false, ...user },
        chat_instance: "ci",
        data,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: chatId > 0 ? "private" : "supergroup", first_name: user.first_name },
          text: "…",
        },
        // biome-ignore lint/suspicious/noExplicitAny: a callback query literal
      } as any,
    });
    return this.calls.slice(before);
  }

  /** A member's status in a group changes (join, leave, promotion, ban): a chat_member update. */
  async memberChange(
    chat: { id: number; type: "group" | "supergroup"; title: string },
    user: TelegramUser,
    from: "left" | "member" | "administrator" | "kicked",
    to: "left" | "member" | "administrator" | "kicked",
    by: TelegramUser = user,
  ) {
    const member = (status: string) => ({ status, user: { is_bot: false, ...user } });
    const before = this.calls.length;
    await this.feed({
      chat_member: {
        chat,
        from: { is_bot: false, ...by },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: member(from),
        new_chat_member: member(to),
        // biome-ignore lint/suspicious/noExplicitAny: a chat_member literal
      } as any,
    });
    return this.calls.slice(before);
  }

  /** Texts the bot sent or edited, in order. */
  texts(calls: readonly ApiCall[] = this.calls): string[] {
    return calls
      .filter((c) => c.method === "sendMessage" || c.method === "editMessageText")
      .map((c) => String(c.payload.text));
  }

  /** Stops nothing running (handleUpdate needs no loop); closes services this harness created. */
  async close(): Promise<void> {
    await this.built.drain();
    if (this.ownsServices) await closeServices(this.services);
  }
}

export const alice: TelegramUser = { id: 501, first_name: "Alice", username: "alice", language_code: "en" };
export const boris: TelegramUser = { id: 502, first_name: "Борис", username: "boris", language_code: "ru" };
export const ioana: TelegramUser = { id: 503, first_name: "Ioana", language_code: "ro-RO" };
export const hans: TelegramUser = { id: 504, first_name: "Hans", language_code: "de" };
export const aigul: TelegramUser = { id: 505, first_name: "Айгүл", language_code: "kk" };
