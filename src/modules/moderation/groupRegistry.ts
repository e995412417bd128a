/**
 * The groups this bot is in, kept in storage as an index (a set of chat ids) plus each group's
 * title and username, so a private chat can list "your groups" without scanning keys. Fed by the
 * bot's own membership changes (`my_chat_member`: added → kept, removed → dropped, a group that
 * became a supergroup → moved) and by any other group update the module sees. An update of a group
 * this instance already wrote with the same title costs a Map lookup, nothing more, so ordinary
 * messages stay on the fast path.
 */
import type { Context, MiddlewareFn } from "grammy";
import type { Chat } from "grammy/types";
import type { Storage } from "../../platform/storage/storage.js";

export interface GroupInfo {
  id: number;
  title: string;
  type: "group" | "supergroup";
  username?: string;
}

export interface GroupRegistry {
  /** Keeps the index current from the updates passing by; always passes them on. */
  middleware(): MiddlewareFn<Context>;
  /** Every group id in the index. */
  ids(): Promise<number[]>;
  /** What the index knows of a group, or undefined when the bot is not (known to be) there. */
  info(chatId: number): Promise<GroupInfo | undefined>;
  remember(chat: GroupInfo): Promise<void>;
  /** Drops a group the bot is no longer in. */
  forget(chatId: number): Promise<void>;
}

/** Groups remembered as written in this process; cleared past this (a bot in very many groups). */
const MEMO_LIMIT = 50_000;

const isGroup = (chat: Chat | undefined): chat is Chat.GroupChat | Chat.SupergroupChat =>
  chat?.type === "group" || chat?.type === "supergroup";

const infoOf = (chat: Chat.GroupChat | Chat.SupergroupChat): GroupInfo => ({
  id: chat.id,
  title: chat.title,
  type: chat.type,
  ...("username" in chat && chat.username ? { username: chat.username } : {}),
});

/** What decides whether a group must be written again. */
const signature = (info: GroupInfo) => `${info.type}|${info.title}|${info.username ?? ""}`;

export function groupRegistry(options: {
  storage: Storage;
  /** The module instance's storage key maker (`mod.key`). */
  key: (...parts: Array<string | number>) => string;
}): GroupRegistry {
  const { storage, key } = options;
  const indexKey = key("groups");
  const infoKey = (chatId: number) => key("group", chatId);
  const written = new Map<number, string>();

  const remember = async (info: GroupInfo) => {
    const sign = signature(info);
    if (written.get(info.id) === sign) return;
    await storage.set(infoKey(info.id), info);
    await storage.addToSet(indexKey, String(info.id));
    if (written.size >= MEMO_LIMIT) written.clear();
    written.set(info.id, sign);
  };

  const forget = async (chatId: number) => {
    written.delete(chatId);
    await storage.removeFromSet(indexKey, String(chatId));
    await storage.delete(infoKey(chatId));
  };

  return {
    middleware() {
      return async (ctx, next) => {
        const chat = ctx.chat;
        if (isGroup(chat)) {
          const status = ctx.myChatMember?.new_chat_member.status;
          const migratedTo = ctx.msg?.migrate_to_chat_id;
          if (status === "left" || status === "kicked") await forget(chat.id);
          else if (migratedTo !== undefined) await forget(chat.id);
          else await remember(infoOf(chat));
        }
        await next();
      };
    },
    async ids() {
      return (await storage.members(indexKey)).map(Number).filter((id) => Number.isSafeInteger(id));
    },
    // Written and deleted with the index entry, so it is there exactly while the group is listed.
    info: (chatId) => storage.get<GroupInfo>(infoKey(chatId)),
    remember,
    forget,
  };
}
