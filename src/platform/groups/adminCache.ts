import type { Api, Context, MiddlewareFn } from "grammy";
import type { ChatMemberUpdated } from "grammy/types";
import type { Logger } from "pino";
import type { Storage } from "../storage/storage.js";
import { type AdminRights, type ChatAdmin, isChatAdmin, rightsOf } from "./adminRights.js";

/** Telegram suggests caching admin lists; ten minutes is what group bots (Rose and others) use. */
export const DEFAULT_ADMIN_TTL_MS = 10 * 60_000;
/**
 * How long a process answers from its own copy of a list before reading the store again: checks
 * made for ordinary group messages (flood control, locks) then cost no store round trip.
 */
export const DEFAULT_ADMIN_MEMO_MS = 5_000;

export interface AdminCacheOptions {
  storage: Storage;
  /** The bot's Bot API (`ModuleSetup.api`): only getChatAdministrators is called. */
  api: Pick<Api, "getChatAdministrators">;
  /** The bot's configured id: each bot keeps its own lists (its own rights differ per bot). */
  bot: string;
  /** How long a fetched list is trusted; default 10 minutes. */
  ttlMs?: number;
  /** How long this process reuses a list it read from the store; default 5 seconds, 0 for never. */
  memoMs?: number;
  /** Clock in milliseconds (tests); default `Date.now`. */
  now?: () => number;
  logger?: Pick<Logger, "debug">;
}

export interface AdminLookup {
  /** Force a fresh getChatAdministrators call (`/admincache`). */
  force?: boolean;
  /** Refetch when the cached list is older than this (a cheaper `force`: at most one call per window). */
  maxAgeMs?: number;
}

export interface AdminCache {
  /**
   * The chat's owner and administrators, anonymous ones included. Private chats (positive ids)
   * have none and cost no call. Rejects with grammY's GrammyError when Telegram refuses (the bot
   * is not in the chat).
   */
  admins(chatId: number, lookup?: AdminLookup): Promise<readonly ChatAdmin[]>;
  /** The user's entry in the admin list, or undefined. */
  admin(chatId: number, userId: number, lookup?: AdminLookup): Promise<ChatAdmin | undefined>;
  isAdmin(chatId: number, userId: number, lookup?: AdminLookup): Promise<boolean>;
  /** The user's rights (the owner has all), or undefined when they are not an admin. */
  rights(chatId: number, userId: number, lookup?: AdminLookup): Promise<AdminRights | undefined>;
  /** Drops the cached list; the next lookup fetches. */
  invalidate(chatId: number): Promise<void>;
  /**
   * Keeps cached lists current from `chat_member` (promotions, demotions, departures) and
   * `my_chat_member` (the bot's own rights; the bot removed drops the list) updates, without a
   * call. Always passes the update on. The module must ask for `chat_member` in its manifest's
   * `updates`: Telegram does not send it by default.
   */
  middleware(): MiddlewareFn<Context>;
}

interface CachedList {
  fetchedAt: number;
  admins: ChatAdmin[];
}

/**
 * Group admin lists, cached in the storage so every instance of the bot shares them. Lists come
 * from getChatAdministrators, are trusted for `ttlMs`, and are patched in place by the member
 * updates Telegram sends, so a promotion counts at once without another call. Concurrent
 * lookups of one chat in this process share one call.
 *
 * In front of the store, each process keeps the lists it read for `memoMs`, so a busy group's
 * checks cost no round trip. What this process fetches or patches it sees at once; a patch made
 * by another instance (the member update went there) reaches it within `memoMs`.
 */
export function adminCache(options: AdminCacheOptions): AdminCache {
  const { storage, api, bot, logger } = options;
  const ttlMs = options.ttlMs ?? DEFAULT_ADMIN_TTL_MS;
  const now = options.now ?? Date.now;
  const memoMs = options.memoMs ?? DEFAULT_ADMIN_MEMO_MS;
  const key = (chatId: number) => `admins:${bot}:${chatId}`;
  const inFlight = new Map<number, Promise<ChatAdmin[]>>();
  const memo = new Map<number, { list: CachedList; readAt: number }>();

  const remember = (chatId: number, list: CachedList) => {
    if (memoMs <= 0) return;
    // Many groups: drop what is too old to be used before holding more.
    if (memo.size >= 10_000) {
      for (const [id, held] of memo) if (now() - held.readAt >= memoMs) memo.delete(id);
    }
    memo.set(chatId, { list, readAt: now() });
  };

  /** The stored list, from this process's copy while it is younger than `memoMs`. */
  const read = async (chatId: number): Promise<CachedList | undefined> => {
    const held = memo.get(chatId);
    if (held && now() - held.readAt < memoMs) return held.list;
    const cached = await storage.get<CachedList>(key(chatId));
    if (cached) remember(chatId, cached);
    else memo.delete(chatId);
    return cached;
  };

  const fresh = (cached: CachedList | undefined, maxAgeMs: number): cached is CachedList =>
    cached !== undefined && now() - cached.fetchedAt < maxAgeMs;

  function fetch(chatId: number): Promise<ChatAdmin[]> {
    const running = inFlight.get(chatId);
    if (running) return running;
    const call = (async () => {
      const admins = (await api.getChatAdministrators(chatId)).filter(isChatAdmin);
      const list: CachedList = { fetchedAt: now(), admins };
      await storage.set(key(chatId), list, ttlMs);
      remember(chatId, list);
      logger?.debug({ bot, chatId, admins: admins.length }, "admin list fetched");
      return admins;
    })().finally(() => inFlight.delete(chatId));
    inFlight.set(chatId, call);
    return call;
  }

  async function admins(chatId: number, lookup: AdminLookup = {}): Promise<readonly ChatAdmin[]> {
    if (chatId > 0) return [];
    if (!lookup.force) {
      const cached = await read(chatId);
      if (fresh(cached, Math.min(ttlMs, lookup.maxAgeMs ?? ttlMs))) return cached.admins;
    }
    return fetch(chatId);
  }

  async function admin(chatId: number, userId: number, lookup?: AdminLookup) {
    return (await admins(chatId, lookup)).find((a) => a.user.id === userId);
  }

  /** Applies one membership change to a cached list, keeping the list's original expiry. */
  async function patch(update: ChatMemberUpdated): Promise<void> {
    const chatId = update.chat.id;
    const member = update.new_chat_member;
    // The store's list, not this process's copy: another instance may have patched it since.
    const cached = await storage.get<CachedList>(key(chatId));
    if (!fresh(cached, ttlMs)) {
      memo.delete(chatId); // nothing trusted to patch: the next lookup fetches
      return;
    }
    const others = cached.admins.filter((a) => a.user.id !== member.user.id);
    const next = isChatAdmin(member) ? [...others, member] : others;
    const remaining = cached.fetchedAt + ttlMs - now();
    const list: CachedList = { fetchedAt: cached.fetchedAt, admins: next };
    await storage.set(key(chatId), list, remaining);
    remember(chatId, list);
    logger?.debug({ bot, chatId, userId: member.user.id, status: member.status }, "admin list patched");
  }

  return {
    admins,
    admin,
    isAdmin: async (chatId, userId, lookup) => (await admin(chatId, userId, lookup)) !== undefined,
    async rights(chatId, userId, lookup) {
      const found = await admin(chatId, userId, lookup);
      return found ? rightsOf(found) : undefined;
    },
    async invalidate(chatId) {
      memo.delete(chatId);
      await storage.delete(key(chatId));
    },
    middleware() {
      return async (ctx, next) => {
        const update = ctx.chatMember ?? ctx.myChatMember;
        if (update && update.chat.type !== "private") {
          const status = update.new_chat_member.status;
          // The bot left or was removed: it can neither use nor refresh the list.
          if (ctx.myChatMember && (status === "left" || status === "kicked")) {
            memo.delete(update.chat.id);
            await storage.delete(key(update.chat.id));
          } else {
            await patch(update);
          }
        }
        await next();
      };
    },
  };
}
