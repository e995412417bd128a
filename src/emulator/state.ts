/**
 * Everything the emulated Telegram knows: bots, users, chats, their members and messages, files.
 * In memory only; {@link EmulatorState.reset} empties it between tests or demo runs.
 *
 * A private chat exists once per (bot, user) pair and has the user's id as its chat id, as each
 * bot sees it on Telegram; groups and channels are shared by every member. Chats are keyed by a
 * string (`p:<botId>:<userId>`, `g:<chatId>` for groups and channels) so all kinds live in one map.
 */
import { type ApiChat, type ApiMessage, type ApiUser, publicUser } from "./apiTypes.js";
import { type Clock, unixSeconds } from "./clock.js";
import { unauthorized } from "./errors.js";
import { FileStore } from "./fileStore.js";
import { defaultChatPermissions, liftIfDue, type MemberRecord } from "./membership.js";
import type { BotProfile, BotRecord, ChatRecord, NewUser, StoredMessage } from "./records.js";

/** Tokens look like `123456789:AAF...`; the digits are the bot's user id. */
const TOKEN_PATTERN = /^(\d{1,20}):([A-Za-z0-9_-]{20,64})$/;

export type {
  BotProfile,
  BotRecord,
  ChatRecord,
  JoinRequest,
  NewUser,
  StoredMessage,
} from "./records.js";

export class EmulatorState {
  readonly users = new Map<number, ApiUser>();
  readonly bots = new Map<number, BotRecord>();
  readonly chats = new Map<string, ChatRecord>();
  readonly files = new FileStore();
  private nextUserId = 100_000_001;
  private nextGroupSeq = 1;
  private nextAlbumSeq = 1;

  constructor(
    readonly clock: Clock,
    private readonly floodControlDefault: boolean,
  ) {}

  /** Seconds since the epoch on the emulator's clock. */
  nowSeconds(): number {
    return unixSeconds(this.clock);
  }

  /**
   * The bot owning `token`, registered on first use under a generated name.
   * @throws BotApiError 401 for a malformed token, or one whose id belongs to another token.
   */
  authenticate(token: string): BotRecord {
    const match = TOKEN_PATTERN.exec(token);
    if (!match) throw unauthorized();
    const bot = this.bots.get(Number(match[1]));
    if (bot) {
      if (bot.token !== token) throw unauthorized();
      return bot;
    }
    return this.registerBot(token);
  }

  /**
   * Names a bot (or renames it). Safe to call before or after the bot's first request.
   * @throws Error if the token is malformed or the username is taken.
   */
  registerBot(token: string, profile: BotProfile = {}): BotRecord {
    const match = TOKEN_PATTERN.exec(token);
    if (!match) throw new Error(`not a bot token: ${token.slice(0, 12)}…`);
    const id = Number(match[1]);
    const username = profile.username?.replace(/^@/, "") ?? `emulated${id}_bot`;
    const owner = this.findUserByUsername(username);
    if (owner && owner.id !== id) throw new Error(`username @${username} is taken`);
    const existing = this.bots.get(id);
    const user: ApiUser = {
      id,
      is_bot: true,
      first_name: profile.firstName ?? existing?.user.first_name ?? `Bot ${id}`,
      username,
      can_join_groups: true,
      can_read_all_group_messages: profile.canReadAllGroupMessages ?? false,
      supports_inline_queries: false,
    };
    if (existing) {
      existing.token = token;
      existing.user = user;
      this.users.set(id, user);
      return existing;
    }
    const bot: BotRecord = {
      id,
      token,
      user,
      floodControl: this.floodControlDefault,
      commands: new Map(),
      profile: new Map(),
    };
    this.bots.set(id, bot);
    this.users.set(id, user);
    return bot;
  }

  /** A bot by `username` or `@username`. */
  botByUsername(username: string): BotRecord | undefined {
    const name = username.replace(/^@/, "").toLowerCase();
    for (const bot of this.bots.values()) if (bot.user.username?.toLowerCase() === name) return bot;
    return undefined;
  }

  findUserByUsername(username: string): ApiUser | undefined {
    const name = username.replace(/^@/, "").toLowerCase();
    for (const user of this.users.values()) if (user.username?.toLowerCase() === name) return user;
    return undefined;
  }

  /**
   * Adds a human user; omitted fields are generated.
   * @throws Error if the id or username is taken.
   */
  createUser(input: NewUser = {}): ApiUser {
    const id = input.id ?? this.nextUserId++;
    if (this.users.has(id)) throw new Error(`user ${id} already exists`);
    if (input.username && this.findUserByUsername(input.username)) {
      throw new Error(`username @${input.username} is taken`);
    }
    const user: ApiUser = { id, is_bot: false, first_name: input.first_name ?? `User ${id}` };
    if (input.last_name) user.last_name = input.last_name;
    if (input.username) user.username = input.username.replace(/^@/, "");
    if (input.language_code) user.language_code = input.language_code;
    this.users.set(id, user);
    this.nextUserId = Math.max(this.nextUserId, id + 1);
    return user;
  }

  /** The private chat between `bot` and `userId`, created on demand when `create` is set. */
  privateChat(botId: number, userId: number, create = false): ChatRecord | undefined {
    const key = `p:${botId}:${userId}`;
    const existing = this.chats.get(key);
    if (existing || !create) return existing;
    const chat: ChatRecord = {
      key,
      id: userId,
      type: "private",
      permissions: defaultChatPermissions(),
      members: new Map(),
      botId,
      userId,
      messages: new Map(),
      nextMessageId: 1,
      inviteLinks: new Map(),
      joinRequests: new Map(),
    };
    this.chats.set(key, chat);
    return chat;
  }

  /**
   * Creates an empty group, supergroup or channel; members are added by the caller. Channels live
   * beside groups (key `g:<id>`): both are shared chats with members.
   */
  createGroupRecord(input: {
    id?: number;
    type: "group" | "supergroup" | "channel";
    title: string;
    username?: string;
  }): ChatRecord {
    const seq = this.nextGroupSeq++;
    const base = { group: -4_000_000_000, supergroup: -1_002_000_000_000, channel: -1_003_000_000_000 };
    const id = input.id ?? base[input.type] - seq;
    const key = `g:${id}`;
    if (this.chats.has(key)) throw new Error(`chat ${id} already exists`);
    const chat: ChatRecord = {
      key,
      id,
      type: input.type,
      title: input.title,
      username: input.username?.replace(/^@/, ""),
      permissions: defaultChatPermissions(),
      members: new Map(),
      messages: new Map(),
      nextMessageId: 1,
      inviteLinks: new Map(),
      joinRequests: new Map(),
    };
    this.chats.set(key, chat);
    return chat;
  }

  /** A group, supergroup or channel by id. */
  group(id: number): ChatRecord | undefined {
    return this.chats.get(`g:${id}`);
  }

  groupByUsername(username: string): ChatRecord | undefined {
    const name = username.replace(/^@/, "").toLowerCase();
    for (const chat of this.chats.values()) if (chat.username?.toLowerCase() === name) return chat;
    return undefined;
  }

  /**
   * A user's standing in a group, with due restrictions lifted first; users never seen in the
   * chat read as "left".
   */
  member(chat: ChatRecord, userId: number): MemberRecord {
    const member = chat.members.get(userId);
    if (!member) return { userId, status: "left", untilDate: 0 };
    liftIfDue(member, this.nowSeconds());
    return member;
  }

  /** Members currently present, due expiries applied. */
  presentMembers(chat: ChatRecord): MemberRecord[] {
    return [...chat.members.keys()]
      .map((id) => this.member(chat, id))
      .filter(
        (m) =>
          m.status === "creator" ||
          m.status === "administrator" ||
          m.status === "member" ||
          (m.status === "restricted" && m.isMember !== false),
      );
  }

  /** The short Chat object a message carries, as the bot sees the chat. */
  chatView(chat: ChatRecord): ApiChat {
    if (chat.type === "private") {
      const user = this.users.get(chat.userId as number);
      const view: ApiChat = { id: chat.id, type: "private", first_name: user?.first_name ?? "" };
      if (user?.last_name) view.last_name = user.last_name;
      if (user?.username) view.username = user.username;
      return view;
    }
    const view: ApiChat = { id: chat.id, type: chat.type, title: chat.title ?? "" };
    if (chat.username) view.username = chat.username;
    return view;
  }

  /**
   * Appends a message to a chat, numbering it; the caller routes updates and events. Posts in a
   * channel come from the channel itself (`sender_chat`, no `from`); `fields` may set another
   * apparent sender (an anonymous admin's group), while `from` stays the real author.
   */
  addMessage(
    chat: ChatRecord,
    from: ApiUser,
    fields: Partial<ApiMessage>,
    sentMarkup?: unknown,
  ): StoredMessage {
    const view = this.chatView(chat);
    const sender = chat.type === "channel" ? { sender_chat: view } : { from: publicUser(from) };
    const message: ApiMessage = {
      message_id: chat.nextMessageId++,
      ...sender,
      date: this.nowSeconds(),
      chat: view,
      ...fields,
    };
    const stored: StoredMessage = {
      message,
      senderId: from.id,
      sentAtMs: this.clock.now(),
      deleted: false,
      sentMarkup,
    };
    chat.messages.set(message.message_id, stored);
    return stored;
  }

  /** A new album's media_group_id: a decimal 64-bit number, as Telegram's look. */
  nextMediaGroupId(): string {
    return String(13_000_000_000_000_000n + BigInt(this.nextAlbumSeq++));
  }

  /** Forgets users, chats, messages and files; registered bots keep their names and tokens. */
  reset(): void {
    for (const id of [...this.users.keys()]) if (!this.bots.has(id)) this.users.delete(id);
    for (const bot of this.bots.values()) {
      bot.commands.clear();
      bot.profile.clear();
    }
    this.chats.clear();
    this.files.clear();
    this.nextUserId = 100_000_001;
    this.nextGroupSeq = 1;
    this.nextAlbumSeq = 1;
  }
}
