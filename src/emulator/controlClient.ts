/**
 * A typed client for the emulator's HTTP control API, for end-to-end tests and scripts that run
 * bots in another process. Waiting is event-driven: `waitForMessage` listens on the
 * `/control/events` stream and never polls.
 *
 * @example
 * const client = new ControlClient(emulatorUrl);
 * const alice = await client.createUser({ first_name: "Alice" });
 * await client.sendText(alice.id, "about_bot", "/start");
 * const reply = await client.waitForMessage("about_bot", (m) => m.from?.is_bot === true, 5000, alice.id);
 */
import type { AdminRights, ApiChatMember, ApiUser, BotCommand } from "./apiTypes.js";
import type { CallbackAnswer } from "./callbackQueries.js";
import type { ChannelSpec } from "./control.js";
import type { ChatTarget } from "./controlTarget.js";
import type { ChatInfo, EmulatorEvent, TranscriptMessage } from "./events.js";
import type { AdminOptions, GroupSpec } from "./groupAdmin.js";
import type { JoinRequestInfo, JoinRequestOptions } from "./joinRequests.js";
import type { NewUser } from "./state.js";
import type { ButtonChoice, UserSendOptions } from "./userActions.js";

/** A control call the emulator refused; `status` is the HTTP status. */
export class ControlApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ControlApiError";
  }
}

export class ControlClient {
  private readonly baseUrl: string;

  /** @param baseUrl where the emulator listens, e.g. `http://127.0.0.1:8080` */
  constructor(baseUrl: string) {
    this.baseUrl = baseUrl.replace(/\/$/, "");
  }

  registerBot(
    token: string,
    profile: { username?: string; firstName?: string; canReadAllGroupMessages?: boolean } = {},
  ): Promise<ApiUser> {
    return this.call("POST", "/control/bots", { token, ...profile });
  }

  listBots(): Promise<ApiUser[]> {
    return this.call("GET", "/control/bots");
  }

  setFloodControl(bot: string | number, on: boolean): Promise<void> {
    return this.call("PUT", `/control/bots/${enc(bot)}/flood-control`, { on });
  }

  /** The commands `userId` sees for `bot` in `chat` (default: their private chat with the bot). */
  botCommands(
    bot: string | number,
    userId: number,
    chat?: ChatTarget,
    languageCode?: string,
  ): Promise<BotCommand[]> {
    const query = new URLSearchParams({ user: String(userId) });
    if (chat !== undefined) query.set("chat", String(chat));
    if (languageCode) query.set("lang", languageCode);
    return this.call("GET", `/control/bots/${enc(bot)}/commands?${query}`);
  }

  createUser(input: NewUser = {}): Promise<ApiUser> {
    return this.call("POST", "/control/users", input);
  }

  listUsers(): Promise<ApiUser[]> {
    return this.call("GET", "/control/users");
  }

  chatsOf(userId: number): Promise<ChatInfo[]> {
    return this.call("GET", `/control/users/${userId}/chats`);
  }

  createGroup(spec: GroupSpec): Promise<ChatInfo> {
    return this.call("POST", "/control/groups", spec);
  }

  /** A channel; its bots join as administrators unless `admin: false`. */
  createChannel(spec: ChannelSpec): Promise<ChatInfo> {
    return this.call("POST", "/control/channels", spec);
  }

  addBotToGroup(
    chatId: number,
    bot: string | number,
    options: { admin?: boolean; rights?: Partial<AdminRights> } = {},
  ): Promise<void> {
    return this.call("POST", `/control/groups/${chatId}/bots`, { bot, ...options });
  }

  joinGroup(userId: number, chatId: number): Promise<void> {
    return this.call("POST", `/control/groups/${chatId}/members`, { userId });
  }

  leaveGroup(userId: number, chatId: number): Promise<void> {
    return this.call("DELETE", `/control/groups/${chatId}/members/${userId}`);
  }

  /**
   * The owner promotes a member (`rights`, or the usual set when undefined) or demotes one (`null`);
   * `anonymous` admins write as the group.
   */
  setAdmin(
    chatId: number,
    userId: number,
    rights: Partial<AdminRights> | null | undefined,
    options: AdminOptions = {},
  ): Promise<void> {
    return this.call("PUT", `/control/groups/${chatId}/admins/${userId}`, { rights, ...options });
  }

  /** The user asks to join; admin bots with can_invite_users get a chat_join_request update. */
  requestToJoin(userId: number, chatId: number, options: JoinRequestOptions = {}): Promise<void> {
    return this.call("POST", `/control/groups/${chatId}/join-requests`, { userId, ...options });
  }

  joinRequests(chatId: number): Promise<JoinRequestInfo[]> {
    return this.call("GET", `/control/groups/${chatId}/join-requests`);
  }

  member(chatId: number, userId: number): Promise<ApiChatMember> {
    return this.call("GET", `/control/groups/${chatId}/members/${userId}`);
  }

  /** The user types `text` into `chat` (a group id, or a bot's username for the private chat). */
  sendText(
    userId: number,
    chat: ChatTarget,
    text: string,
    options: UserSendOptions = {},
  ): Promise<TranscriptMessage> {
    return this.call("POST", "/control/messages", { from: userId, chat, text, ...options });
  }

  sendPhoto(
    userId: number,
    chat: ChatTarget,
    photo: { bytes?: Uint8Array; caption?: string } = {},
    options: UserSendOptions = {},
  ): Promise<TranscriptMessage> {
    const base64 = photo.bytes ? Buffer.from(photo.bytes).toString("base64") : undefined;
    return this.call("POST", "/control/photos", {
      from: userId,
      chat,
      base64,
      caption: photo.caption,
      ...options,
    });
  }

  sendDocument(
    userId: number,
    chat: ChatTarget,
    file: { bytes: Uint8Array; fileName: string; mimeType?: string; caption?: string },
    options: UserSendOptions = {},
  ): Promise<TranscriptMessage> {
    const { bytes, ...rest } = file;
    const base64 = Buffer.from(bytes).toString("base64");
    return this.call("POST", "/control/documents", { from: userId, chat, base64, ...rest, ...options });
  }

  /** Opens the bot's deep link: "/start" or "/start PAYLOAD". */
  start(userId: number, bot: string, payload?: string): Promise<TranscriptMessage> {
    return this.call("POST", "/control/start", { from: userId, bot, payload });
  }

  /** Presses an inline button; resolves with the bot's answer, or `answered: false` after the timeout. */
  pressButton(
    userId: number,
    chat: ChatTarget,
    messageId: number,
    choice: ButtonChoice,
    timeoutMs?: number,
  ): Promise<CallbackAnswer> {
    return this.call("POST", "/control/buttons", { from: userId, chat, messageId, ...choice, timeoutMs });
  }

  blockBot(userId: number, bot: string): Promise<void> {
    return this.call("POST", "/control/block", { from: userId, bot });
  }

  /** A chat's identity (its `key` is what events carry); private chats need the user. */
  chat(chat: ChatTarget, userId?: number): Promise<ChatInfo> {
    return this.call("GET", `/control/chats/${enc(chat)}${userQuery(userId)}`);
  }

  transcript(chat: ChatTarget, userId?: number): Promise<TranscriptMessage[]> {
    return this.call("GET", `/control/chats/${enc(chat)}/transcript${userQuery(userId)}`);
  }

  replyKeyboard(chat: ChatTarget, userId?: number): Promise<unknown> {
    return this.call("GET", `/control/chats/${enc(chat)}/keyboard${userQuery(userId)}`);
  }

  /** Downloads a file by a transcript's `download_url` (absolute or relative). */
  async download(downloadUrl: string): Promise<Buffer> {
    const response = await fetch(new URL(downloadUrl, this.baseUrl));
    if (!response.ok) throw new ControlApiError(response.status, `download failed: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  reset(): Promise<void> {
    return this.call("POST", "/control/reset");
  }

  /**
   * Streams events to `listener` until the returned function is called. Resolves once the stream
   * is open, so nothing that happens afterwards is missed.
   * @param chatKey only events of this chat (a ChatInfo `key`)
   */
  async subscribe(listener: (event: EmulatorEvent) => void, chatKey?: string): Promise<() => void> {
    const abort = new AbortController();
    const query = chatKey ? `?chat=${encodeURIComponent(chatKey)}` : "";
    const response = await fetch(`${this.baseUrl}/control/events${query}`, { signal: abort.signal });
    if (!response.ok || !response.body)
      throw new ControlApiError(response.status, "cannot open the event stream");
    void readEvents(response.body, listener).catch(() => {
      // The stream ends when unsubscribed or when the emulator stops; both are normal.
    });
    return () => abort.abort();
  }

  /**
   * Resolves with the first message in `chat` (already there, newly sent or edited) that matches
   * `predicate`; rejects after `timeoutMs`.
   */
  async waitForMessage(
    chat: ChatTarget,
    predicate: (message: TranscriptMessage) => boolean,
    timeoutMs = 5000,
    userId?: number,
  ): Promise<TranscriptMessage> {
    const info = await this.chat(chat, userId);
    let settle: (result: TranscriptMessage | Error) => void = () => {};
    const outcome = new Promise<TranscriptMessage | Error>((resolve) => {
      settle = resolve;
    });
    const unsubscribe = await this.subscribe((event) => {
      if ((event.type === "message.sent" || event.type === "message.edited") && predicate(event.message)) {
        settle(event.message);
      }
    }, info.key);
    const timer = setTimeout(
      () => settle(new ControlApiError(408, `no matching message in ${info.key} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    try {
      const existing = (await this.transcript(info.key)).find((m) => !m.deleted && predicate(m));
      if (existing) settle(existing);
      const result = await outcome;
      if (result instanceof Error) throw result;
      return result;
    } finally {
      clearTimeout(timer);
      unsubscribe();
    }
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.json()) as { ok: boolean; result?: T; error?: string };
    if (!payload.ok) throw new ControlApiError(response.status, payload.error ?? `HTTP ${response.status}`);
    return payload.result as T;
  }
}

const enc = (value: string | number): string => encodeURIComponent(String(value));
const userQuery = (userId?: number): string => (userId === undefined ? "" : `?user=${userId}`);

/** Parses a server-sent event stream of `data: <json>` frames. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  listener: (event: EmulatorEvent) => void,
): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = frame
        .split("\n")
        .filter((line) => line.startsWith("data: "))
        .map((line) => line.slice(6))
        .join("\n");
      if (data) listener(JSON.parse(data) as EmulatorEvent);
      end = buffer.indexOf("\n\n");
    }
  }
}
