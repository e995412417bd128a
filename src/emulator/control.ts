/**
 * The control API as an in-process object: the playground and tests drive the emulated Telegram
 * through it (create users and groups, act as users, read transcripts, follow events). The HTTP
 * routes in controlRoutes.ts expose the same operations; controlClient.ts calls them.
 */
import type { AdminRights, ApiChatMember, ApiUser, BotCommand } from "./apiTypes.js";
import type { CallbackAnswer } from "./callbackQueries.js";
import { visibleCommands } from "./commandScopes.js";
import {
  type ChatTarget,
  ControlError,
  requireBot,
  requireGroupChat,
  resolveTarget,
} from "./controlTarget.js";
import type { EmulatorCore } from "./core.js";
import type { ChatInfo, EventListener, TranscriptMessage } from "./events.js";
import type { StoredFile } from "./fileStore.js";
import * as groups from "./groupAdmin.js";
import {
  type JoinRequestInfo,
  type JoinRequestOptions,
  joinRequestsOf,
  requestToJoin,
} from "./joinRequests.js";
import { chatMemberObject, isPresent } from "./membership.js";
import type { BotProfile, NewUser } from "./state.js";
import { chatInfo, transcriptOf } from "./transcript.js";
import * as actions from "./userActions.js";

export type { ChatTarget } from "./controlTarget.js";
export type { AdminOptions, AdminSpec, GroupBotSpec, GroupSpec } from "./groupAdmin.js";
export type { JoinRequestInfo, JoinRequestOptions } from "./joinRequests.js";
export type { ButtonChoice, UserFile, UserSendOptions } from "./userActions.js";

/** A channel to create: a group spec without group-only settings; its bots join as admins. */
export type ChannelSpec = Omit<groups.GroupSpec, "type" | "permissions">;

export class EmulatorControl {
  constructor(private readonly core: EmulatorCore) {}

  /** Names a bot; its token works on the Bot API right away. */
  registerBot(token: string, profile: BotProfile = {}): ApiUser {
    try {
      return { ...this.core.state.registerBot(token, profile).user };
    } catch (error) {
      throw new ControlError(400, (error as Error).message);
    }
  }

  listBots(): ApiUser[] {
    return [...this.core.state.bots.values()].map((b) => ({ ...b.user }));
  }

  /** Switches Telegram's sending limits (429 with retry_after) on or off for one bot. */
  setFloodControl(bot: string | number, on: boolean): void {
    requireBot(this.core, bot).floodControl = on;
  }

  /** The command list `userId` sees for `bot` in `chat` (a group id, or the bot itself for the private chat). */
  botCommands(bot: string | number, userId: number, chat?: ChatTarget, languageCode?: string): BotCommand[] {
    const record = requireBot(this.core, bot);
    const resolved = resolveTarget(this.core, chat ?? record.id, userId, true);
    const lang = languageCode ?? this.core.state.users.get(userId)?.language_code ?? "";
    return visibleCommands(this.core.state, record, resolved, userId, lang);
  }

  /** Adds a person; id, names and username are generated when omitted. */
  createUser(input: NewUser = {}): ApiUser {
    try {
      return { ...this.core.state.createUser(input) };
    } catch (error) {
      throw new ControlError(409, (error as Error).message);
    }
  }

  listUsers(): ApiUser[] {
    return [...this.core.state.users.values()].filter((u) => !u.is_bot).map((u) => ({ ...u }));
  }

  createGroup(spec: groups.GroupSpec): ChatInfo {
    return groups.createGroup(this.core, spec);
  }

  /** A channel; `members` are its subscribers. Group routes (members, admins, bots) take its id too. */
  createChannel(spec: ChannelSpec): ChatInfo {
    return groups.createGroup(this.core, { ...spec, type: "channel" });
  }

  addBotToGroup(
    chatId: number,
    bot: string | number,
    options?: { admin?: boolean; rights?: Partial<AdminRights> },
  ): void {
    groups.addBotToGroup(this.core, chatId, bot, options);
  }

  joinGroup(userId: number, chatId: number): void {
    groups.joinGroup(this.core, userId, chatId);
  }

  leaveGroup(userId: number, chatId: number): void {
    groups.leaveGroup(this.core, userId, chatId);
  }

  /**
   * The owner promotes a member (`rights`, or the usual set when undefined) or demotes one (`null`).
   * With `anonymous`, the admin's messages appear to come from the group (GroupAnonymousBot).
   */
  setAdmin(
    chatId: number,
    userId: number,
    rights: Partial<AdminRights> | null | undefined,
    options?: groups.AdminOptions,
  ): void {
    groups.setAdmin(this.core, chatId, userId, rights, options);
  }

  /** The user asks to join (through an invite link that needs approval); admin bots get chat_join_request. */
  requestToJoin(userId: number, chatId: number, options?: JoinRequestOptions): void {
    requestToJoin(this.core, userId, chatId, options);
  }

  /** The join requests waiting in a group or channel. */
  joinRequests(chatId: number): JoinRequestInfo[] {
    return joinRequestsOf(this.core, chatId);
  }

  /** A member's standing as getChatMember would report it. */
  member(chatId: number, userId: number): ApiChatMember {
    const chat = requireGroupChat(this.core, chatId);
    const user = this.core.state.users.get(userId);
    if (!user) throw new ControlError(404, `no user with id ${userId}`);
    return chatMemberObject(this.core.state.member(chat, userId), user);
  }

  /** The chats a user has: private chats with bots, and groups and channels they are in. */
  chatsOf(userId: number): ChatInfo[] {
    return [...this.core.state.chats.values()]
      .filter((chat) =>
        chat.type === "private" ? chat.userId === userId : isPresent(this.core.state.member(chat, userId)),
      )
      .map((chat) => chatInfo(this.core, chat));
  }

  /** One chat's identity; for private chats pass the user. */
  chat(target: ChatTarget, userId?: number): ChatInfo {
    return chatInfo(this.core, resolveTarget(this.core, target, userId));
  }

  sendText(
    userId: number,
    target: ChatTarget,
    text: string,
    options?: actions.UserSendOptions,
  ): TranscriptMessage {
    return actions.sendText(this.core, userId, target, text, options);
  }

  sendPhoto(
    userId: number,
    target: ChatTarget,
    file?: actions.UserFile,
    options?: actions.UserSendOptions,
  ): TranscriptMessage {
    return actions.sendPhoto(this.core, userId, target, file, options);
  }

  sendDocument(
    userId: number,
    target: ChatTarget,
    file: actions.UserFile & { bytes: Buffer },
    options?: actions.UserSendOptions,
  ): TranscriptMessage {
    return actions.sendDocument(this.core, userId, target, file, options);
  }

  /** Opens the bot's deep link: "/start" or "/start PAYLOAD". */
  start(userId: number, bot: string, payload?: string): TranscriptMessage {
    return actions.startBot(this.core, userId, bot, payload);
  }

  /** Presses an inline button; resolves with the bot's answerCallbackQuery (or `answered: false` on timeout). */
  pressButton(
    userId: number,
    target: ChatTarget,
    messageId: number,
    choice: actions.ButtonChoice,
    timeoutMs?: number,
  ): Promise<CallbackAnswer> {
    return actions.pressButton(this.core, userId, target, messageId, choice, timeoutMs);
  }

  blockBot(userId: number, bot: string): void {
    actions.blockBot(this.core, userId, bot);
  }

  /** A chat's messages in order, deleted ones marked; for a private chat pass the user. */
  transcript(target: ChatTarget, userId?: number): TranscriptMessage[] {
    return transcriptOf(this.core, resolveTarget(this.core, target, userId));
  }

  /** The reply keyboard a bot left on the user's screen in a chat, if any. */
  replyKeyboard(target: ChatTarget, userId?: number): unknown {
    return resolveTarget(this.core, target, userId).replyKeyboard;
  }

  /** A stored file, for download routes. */
  file(fileId: string): StoredFile | undefined {
    return this.core.state.files.get(fileId);
  }

  /** Subscribes to message, edit, deletion, chat action and membership events; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void {
    return this.core.events.subscribe(listener);
  }

  /** Empties the emulator (users, chats, files, queues, webhooks); bots stay registered. */
  reset(): void {
    this.core.callbacks.reset();
    this.core.updates.reset();
    this.core.flood.reset();
    this.core.state.reset();
  }
}
